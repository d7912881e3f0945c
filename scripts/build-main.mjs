// Bundles the Node-side entry points into dist/main/*.cjs with esbuild: fast (well under a second), and
// CommonJS is what Electron's sandboxed preload and worker threads load without loaders.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const { version } = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  define: { __DENGGAO_VERSION__: JSON.stringify(version) },
  outdir: 'dist/main',
  outExtension: { '.js': '.cjs' },
};

await Promise.all([
  // Dependencies stay in node_modules (native better-sqlite3 above all); electron is provided at run time.
  build({
    ...common,
    packages: 'external',
    // import.meta.url in these CommonJS bundles: the bundle's own file URL (esbuild would leave it empty, and
    // warn). Not for the preload below: a sandboxed preload may require nothing but electron.
    define: { ...common.define, 'import.meta.url': '__bundleFileUrl' },
    banner: { js: 'var __bundleFileUrl = require("node:url").pathToFileURL(__filename).href;' },
    entryPoints: {
      cli: 'main/cli/main.ts',
      'backend-worker': 'main/backend/host/worker.ts',
      'electron-main': 'main/electron/main.ts',
      bridge: 'main/bridge/main.ts',
    },
  }),
  // A sandboxed preload can require nothing but electron: bundle everything else into it.
  build({ ...common, external: ['electron'], entryPoints: { preload: 'main/electron/preload.ts' }, target: 'chrome130' }),
]);

// The PDF render worker is plain CommonJS started by path (see main/backend/reports/render/pdf-worker.cjs):
// it sits beside the bundles that start it (backend-worker.cjs, cli.cjs), and requires pdfmake from node_modules.
fs.copyFileSync('main/backend/reports/render/pdf-worker.cjs', path.join(common.outdir, 'pdf-worker.cjs'));
