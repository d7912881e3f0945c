#!/usr/bin/env node
// The `denggao` command. `npm install` builds dist/ (the prepare script); say so plainly if it is missing.
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'main', 'cli.cjs');
if (!fs.existsSync(cli)) {
  process.stderr.write('denggao: the program is not built yet — run `npm run build:main` (npm install does it for you).\n');
  process.exit(2);
}
require(cli);
