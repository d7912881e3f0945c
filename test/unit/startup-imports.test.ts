/**
 * What a start loads. A backend worker, every CLI command and the desktop app start by evaluating the modules their entry
 * imports statically; a domain's method table and schemas are loaded with `import()` at its first call
 * (shared/contract/domains.ts, main/backend/domains.ts). One static import of a domain's schemas from a
 * module the start evaluates puts them back into every start (about a third of it), and no other test would
 * notice: so the static import graph of each entry is read here, as esbuild bundles it.
 */
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The contract modules a start may evaluate: the method-table plumbing, the settings and backup-name schemas
 * the backend reads as it opens, the plain-value vocabularies, and the few small schema modules the CLI's
 * printers use. Anything else under shared/contract is a domain's table or schemas.
 */
const LIGHT_CONTRACT_MODULES = [
  /^shared\/contract\/(core|domains|method-domains|limits|path-fields)\.ts$/,
  /^shared\/contract\/[a-z-]+\/vocabulary\.ts$/,
  /^shared\/contract\/workspace\/schemas\.ts$/,
  /^shared\/contract\/backup\/schemas\.ts$/,
  /^shared\/contract\/filing\/(paths|limits)\.ts$/,
];

/** For each module a start evaluates, the chain of static imports that reaches it from the entry. */
async function staticImportChains(entry: string): Promise<Map<string, string[]>> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = result.metafile.inputs;
  const chains = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const imported of inputs[file]?.imports ?? []) {
      // import() is what keeps a module out of a start; `import type` never reaches the bundle.
      if (imported.kind === 'dynamic-import' || imported.external || chains.has(imported.path)) continue;
      chains.set(imported.path, [...chains.get(file)!, imported.path]);
      queue.push(imported.path);
    }
  }
  return chains;
}

async function heavyContractModules(entry: string): Promise<string[]> {
  const chains = await staticImportChains(entry);
  return [...chains.keys()]
    .filter((file) => file.startsWith('shared/contract/') && !LIGHT_CONTRACT_MODULES.some((light) => light.test(file)))
    .map((file) => chains.get(file)!.join(' → '));
}

describe('a start loads no domain’s method table or schemas', () => {
  it.each([
    ['the backend worker', 'main/backend/host/worker.ts'],
    ['the CLI', 'main/cli/main.ts'],
    ['the desktop app’s main process', 'main/electron/main.ts'],
    ['the page’s preload', 'main/electron/preload.ts'],
  ])('%s', async (_name, entry) => {
    expect(await heavyContractModules(entry)).toEqual([]);
  });

  it('the check sees a static import of a domain’s schemas (the backend as a whole imports every domain)', async () => {
    const heavy = await heavyContractModules('main/backend/mlps/index.ts');
    expect(heavy.some((chain) => chain.endsWith('shared/contract/mlps/schemas.ts'))).toBe(true);
  });
});
