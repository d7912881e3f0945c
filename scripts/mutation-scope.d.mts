/** Types for scripts/mutation-scope.mjs, which plain Node loads for stryker.config.mjs. */
export declare const mutate: string[];
export declare const tests: string[];
