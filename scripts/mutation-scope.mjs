/**
 * What the mutation run (`npm run mutate`, StrykerJS) mutates and which tests judge it: the pure rules and
 * the SAM backend. `MUTATE_SCOPE=domain` or `=sam` runs one of them alone (each takes a long while on two
 * cores); unset, both. Read by stryker.config.mjs and by the vitest config it runs (stryker.vitest.config.ts).
 */
const scopes = {
  // The catalogues' tests judge the rules too: they run them over the shipped data (a declaration's life, say,
  // is tested with the declaration forms in shared/catalogs/declarations).
  domain: { mutate: ['shared/domain/**/*.ts'], tests: ['shared/domain/**/*.test.ts', 'shared/catalogs/**/*.test.ts'] },
  sam: { mutate: ['main/backend/sam/**/*.ts'], tests: ['main/backend/sam/**/*.test.ts'] },
};

const chosen = process.env.MUTATE_SCOPE ? [scopes[process.env.MUTATE_SCOPE]] : Object.values(scopes);
if (chosen.includes(undefined)) throw new Error(`MUTATE_SCOPE must be one of ${Object.keys(scopes).join(', ')}`);

/** Source files only: a test, a fixture or a test's helper is never mutated (a survivor there is no rule of the program). */
export const mutate = [...chosen.flatMap((scope) => scope.mutate), '!**/*.test.ts', '!**/*.fixture.ts', '!**/*.test-support.ts'];
export const tests = chosen.flatMap((scope) => scope.tests);
