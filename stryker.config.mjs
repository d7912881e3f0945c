// @ts-check
/**
 * Mutation testing (`npm run mutate`; not part of `npm test`): StrykerJS changes the code under
 * scripts/mutation-scope.mjs one small way at a time and reruns the tests that cover it; a change no test
 * notices (a survivor) is a rule no test holds. The score is recorded in docs/architecture.md.
 */
import { mutate } from './scripts/mutation-scope.mjs';

/** `MUTATE_REPORT=assessment` names this run's reports, so a run over one directory does not overwrite another's. */
const reportName = process.env.MUTATE_REPORT ?? 'index';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'stryker.vitest.config.ts' },
  mutate,
  coverageAnalysis: 'perTest',
  // A static mutant (a module-level constant) would rerun every test for each: hours on two cores.
  ignoreStatic: true,
  // Two cores are shared: one test process at a time.
  concurrency: 1,
  timeoutMS: 30_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${reportName}.html` },
  // The JSON keeps each run's per-mutant result, so runs over parts of the scope (one directory at a time) add up.
  jsonReporter: { fileName: `reports/mutation/${reportName}.json` },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
