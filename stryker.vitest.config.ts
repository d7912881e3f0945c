/** The vitest run StrykerJS drives: only the tests that judge the mutated code (scripts/mutation-scope.mjs). */
import { defineConfig } from 'vitest/config';
import { tests } from './scripts/mutation-scope.mjs';

export default defineConfig({
  test: {
    include: tests,
    // A test at full size (*.large.test.ts) takes minutes per run under instrumentation and judges no rule the others miss.
    exclude: ['**/node_modules/**', '**/*.large.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
