#!/usr/bin/env node
// The `denggao` command. `npm install` builds dist/ (the prepare script); say so plainly if it is missing.
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'main', 'cli.cjs');
if (!fs.existsSync(cli)) {
  process.stderr.write('denggao: the program is not built yet — run `npm run build:main` (npm install does it for you).\n');
  process.exit(2);
}
// Through V8's code cache: parsing and compiling the bundle is most of a short command's time.
require(path.join(__dirname, '..', 'dist', 'main', 'code-cache.cjs')).requireWithCodeCache(cli, module);
