/**
 * The code cache must never change what runs: a stale or damaged cache costs a compilation, not a wrong
 * program. Each case runs the built loader (dist/main/code-cache.cjs) in a fresh node process, as
 * bin/denggao.cjs does.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/support/workspace';

const LOADER = path.resolve(import.meta.dirname, '../../dist/main/code-cache.cjs');
const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function bundleIn(dir: string, text: string): string {
  const file = path.join(dir, 'bundle.cjs');
  fs.writeFileSync(
    file,
    `module.exports = ${JSON.stringify(text)}; console.log(module.exports, typeof require, __filename === ${JSON.stringify(file)});`,
  );
  return file;
}

function run(bundle: string): string {
  const result = spawnSync(
    process.execPath,
    ['-e', `require(${JSON.stringify(LOADER)}).requireWithCodeCache(${JSON.stringify(bundle)}, module)`],
    { encoding: 'utf8' },
  );
  expect(result.stderr).toBe('');
  return result.stdout.trim();
}

const cacheFiles = (dir: string) => fs.readdirSync(dir).filter((name) => name.endsWith('.cache'));

describe('requireWithCodeCache', () => {
  it('writes a cache on the first run and runs the same program from it', () => {
    const dir = makeTempDir('denggao-code-cache-');
    dirs.push(dir);
    const bundle = bundleIn(dir, 'first');
    expect(run(bundle)).toBe('first function true');
    expect(cacheFiles(dir)).toHaveLength(1);
    expect(run(bundle)).toBe('first function true');
  });

  it('runs a bundle that is not ASCII as the UTF-8 text it is, with and without its cache', () => {
    const dir = makeTempDir('denggao-code-cache-');
    dirs.push(dir);
    const bundle = bundleIn(dir, '登高 ✓');
    expect(run(bundle)).toBe('登高 ✓ function true');
    expect(run(bundle)).toBe('登高 ✓ function true');
  });

  it('does not run an old compilation for a rebuilt bundle of the same length', () => {
    const dir = makeTempDir('denggao-code-cache-');
    dirs.push(dir);
    const bundle = bundleIn(dir, 'AAAA');
    expect(run(bundle)).toBe('AAAA function true');
    bundleIn(dir, 'BBBB'); // V8's own check compares the source's length only
    fs.utimesSync(bundle, new Date(), new Date(Date.now() + 5_000));
    expect(run(bundle)).toBe('BBBB function true');
  });

  it('runs the bundle when the cache file is damaged', () => {
    const dir = makeTempDir('denggao-code-cache-');
    dirs.push(dir);
    const bundle = bundleIn(dir, 'intact');
    run(bundle);
    const [cache] = cacheFiles(dir);
    const bytes = fs.readFileSync(path.join(dir, cache!));
    bytes.fill(0x5a, 16); // the header still matches the bundle; the compilation is garbage
    fs.writeFileSync(path.join(dir, cache!), bytes);
    expect(run(bundle)).toBe('intact function true');
  });

  it('runs the bundle when the cache cannot be written, and leaves no partial file', () => {
    const dir = makeTempDir('denggao-code-cache-');
    dirs.push(dir);
    const bundle = bundleIn(dir, 'unwritable');
    // A directory where the cache file would go fails the write even for root (who ignores a read-only folder).
    fs.mkdirSync(`${bundle}.v8-${process.versions.v8.replace(/[^0-9A-Za-z.-]/g, '_')}.cache`);
    expect(run(bundle)).toBe('unwritable function true');
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
