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
  // Whitespace and syntax only, names kept: the worker and every CLI command read and compile the whole bundle at
  // start, and a fifth less of it is about 20 ms less of each start. A stack trace's line and column map back
  // through the linked source map.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  define: { __DENGGAO_VERSION__: JSON.stringify(version) },
  outdir: 'dist/main',
  outExtension: { '.js': '.cjs' },
};

/** Packages required from node_modules at run time rather than bundled (see the comment on the build below). */
const RUNTIME_PACKAGES = [
  'better-sqlite3',
  'electron',
  'exceljs',
  'echarts',
  'fontkit',
  'pdfmake',
  '@peculiar/x509',
  'reflect-metadata',
  'sm-crypto-v2',
];

/**
 * `import fs from 'node:fs'` compiles to `__toESM(require("node:fs"))`: a fresh object with a getter for each of
 * the module's exports, at every importing file — 70-odd copies of fs, path and crypto, about 20 ms of each start.
 * A built-in module's namespace never changes, so the bundles make it once per module (see the loop below).
 */
const BUILTIN_NAMESPACE_HELPER =
  'var __builtinNamespaces = new Map();\n' +
  'var __builtinNamespace = (id) => __builtinNamespaces.get(id) ?? __builtinNamespaces.set(id, __toESM(require(id))).get(id);';
const BUILTIN_TO_ESM = /__toESM\(require\(("node:[a-z_/]+")\)(?:, 1)?\)/g;

const [nodeBuild] = await Promise.all([
  // Pure-JS dependencies are bundled: resolving and reading zod's 95 files (and the ES-module loader for
  // pkijs and asn1js) cost more start-up than evaluating them. What stays in node_modules: the native addon,
  // electron (provided at run time) and the heavy libraries main/backend/heavy-modules.ts loads on first use.
  build({
    ...common,
    metafile: true,
    external: RUNTIME_PACKAGES,
    // import.meta.url in these CommonJS bundles: the bundle's own file URL (esbuild would leave it empty, and
    // warn). Not for the preload below: a sandboxed preload may require nothing but electron.
    define: { ...common.define, 'import.meta.url': '__bundleFileUrl' },
    banner: { js: `var __bundleFileUrl = require("node:url").pathToFileURL(__filename).href;\n${BUILTIN_NAMESPACE_HELPER}` },
    entryPoints: {
      cli: 'main/cli/main.ts',
      // A worker thread starts from backend-worker.cjs, which runs backend-worker-main.cjs through V8's
      // code cache (main/common/code-cache.ts); bin/denggao.cjs does the same for cli.cjs.
      'backend-worker': 'main/backend/host/worker-entry.ts',
      'backend-worker-main': 'main/backend/host/worker.ts',
      'code-cache': 'main/common/code-cache.ts',
      'electron-main': 'main/electron/main.ts',
      bridge: 'main/bridge/main.ts',
    },
  }),
  // A sandboxed preload can require nothing but electron: bundle everything else into it.
  build({ ...common, external: ['electron'], entryPoints: { preload: 'main/electron/preload.ts' }, target: 'chrome130' }),
]);

// Two rewrites of the Node bundles. Built-in modules' namespaces made once (BUILTIN_NAMESPACE_HELPER above).
// And ASCII: esbuild writes strings and regular expressions in ASCII but keeps the comments it carries over as
// they are (Chinese terms among them). Escaped, every Node bundle is ASCII, which main/common/code-cache.ts reads
// as a one-byte string: half the memory, and tens of milliseconds less to decode and compile on every start.
for (const file of Object.keys(nodeBuild.metafile.outputs).filter((name) => name.endsWith('.cjs'))) {
  const text = fs.readFileSync(file, 'utf8');
  const rewritten = text
    .replace(BUILTIN_TO_ESM, '__builtinNamespace($1)')
    .replace(/[^\x00-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (rewritten !== text) fs.writeFileSync(file, rewritten);
}

// The PDF render worker is plain CommonJS started by path (see main/backend/reports/render/pdf-worker.cjs):
// it sits beside the bundles that start it (backend-worker.cjs, cli.cjs), and requires pdfmake from node_modules.
fs.copyFileSync('main/backend/reports/render/pdf-worker.cjs', path.join(common.outdir, 'pdf-worker.cjs'));
