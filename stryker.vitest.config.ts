/** The vitest run StrykerJS drives: only the tests that judge the mutated code (scripts/mutation-scope.mjs). */
import { defineConfig } from 'vitest/config';
import { tests } from './scripts/mutation-scope.mjs';

export default defineConfig({
  test: {
    include: tests,
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
