/**
 * The layer check (`npm run layers`, part of `npm test`): which runtime may import what.
 * shared/ is pure (zod only), the renderer never reaches Node or the main process, the backend never
 * reaches electron, and no door is imported by another. Tests (*.test.ts) may import anything.
 */
const notTests = '\\.test\\.tsx?$';
module.exports = {
  forbidden: [
    {
      name: 'shared-is-pure',
      comment: 'shared/ runs everywhere: no Node built-ins, no packages but zod, nothing outside shared/',
      severity: 'error',
      from: { path: '^shared/', pathNot: notTests },
      to: {
        pathNot: ['^shared/', '^node_modules/zod/', 'node_modules/zod/'],
      },
    },
    {
      name: 'renderer-not-node',
      comment: 'the renderer runs in a sandboxed page: no Node built-ins, no main process code, no native modules',
      severity: 'error',
      from: { path: '^renderer/', pathNot: notTests },
      to: {
        path: ['^main/', '^test/', 'node_modules/electron/', 'node_modules/better-sqlite3/'],
      },
    },
    {
      name: 'renderer-no-node-builtins',
      severity: 'error',
      from: { path: '^renderer/', pathNot: notTests },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'backend-not-electron',
      comment: 'the backend runs under plain Node (CLI, tests, bridge): never electron, never a door',
      severity: 'error',
      from: { path: '^main/backend/', pathNot: notTests },
      to: { path: ['node_modules/electron/', '^main/electron/', '^main/cli/', '^main/bridge/', '^renderer/'] },
    },
    {
      name: 'cli-and-bridge-not-electron',
      severity: 'error',
      from: { path: ['^main/cli/', '^main/bridge/'], pathNot: notTests },
      to: { path: ['node_modules/electron/', '^main/electron/', '^renderer/'] },
    },
    {
      name: 'electron-not-other-doors',
      severity: 'error',
      from: { path: '^main/electron/', pathNot: notTests },
      to: { path: ['^main/cli/', '^main/bridge/', '^renderer/'] },
    },
    {
      name: 'production-code-not-tests',
      severity: 'error',
      from: { path: ['^shared/', '^main/', '^renderer/'], pathNot: notTests },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.test.json' },
    exclude: { path: ['^dist/', '^release/'] },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.cjs', '.mjs', '.json', '.d.ts'],
    },
  },
};
