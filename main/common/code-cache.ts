/**
 * Runs a CommonJS bundle with V8's code cache, so a process does not parse and compile the same 3 MB of
 * JavaScript on every start.
 *
 * Node 22 has `module.enableCompileCache()`; Node 20, which runs the CLI on these machines, has not. This is
 * the same idea by hand: compile the bundle with `vm.Script`, hand V8 the bytes it produced last time, and
 * after a run that had none (or had them refused) write new ones, taken when the process ends so they hold
 * every function the run compiled, not only the top level.
 *
 * The cache sits beside the bundle, named for the V8 version (the desktop app's V8 is not the CLI's) and
 * keyed by the bundle's size and modification time, because V8's own check looks at the source's length
 * only: a rebuilt bundle of the same length must not run an old compilation. Where the folder is not
 * writable (an installed app) the bundle simply runs without a cache. Anything wrong with a cache file
 * costs one ordinary compilation, never a failure.
 */
import { isAscii } from 'node:buffer';
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { isMainThread } from 'node:worker_threads';

interface BundleIdentity {
  size: number;
  mtimeMs: number;
}

/** How long a worker thread runs before it writes its cache. */
export const WORKER_CACHE_DELAY_MS = 500;

const HEADER_BYTES = 16; // size and mtimeMs of the bundle the cache was made from, two float64s

function cacheFileFor(bundle: string): string {
  return `${bundle}.v8-${process.versions.v8.replace(/[^0-9A-Za-z.-]/g, '_')}.cache`;
}

function readCache(file: string, identity: BundleIdentity): Buffer | undefined {
  try {
    const bytes = fs.readFileSync(file);
    if (bytes.length <= HEADER_BYTES) return undefined;
    if (bytes.readDoubleLE(0) !== identity.size || bytes.readDoubleLE(8) !== identity.mtimeMs) return undefined;
    return bytes.subarray(HEADER_BYTES);
  } catch {
    return undefined;
  }
}

function writeCache(file: string, identity: BundleIdentity, data: Buffer): void {
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeDoubleLE(identity.size, 0);
  header.writeDoubleLE(identity.mtimeMs, 8);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, Buffer.concat([header, data]));
    fs.renameSync(temporary, file); // whole or not at all: another process may be reading it
  } catch {
    fs.rmSync(temporary, { force: true });
  }
}

/**
 * The bundle's text. scripts/build-main.mjs writes the bundles in ASCII: read as Latin-1 they become V8's
 * one-byte strings, which cost half the memory and a fraction of the decoding and compiling of UTF-8 text
 * (tens of milliseconds for 3 MB). Any other file is read as the UTF-8 it is.
 */
function sourceText(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** Loads `bundle` (an absolute path) as the module `parent` would have required, using and refreshing the cache. */
export function requireWithCodeCache(bundle: string, parent: NodeJS.Module): unknown {
  const source = sourceText(fs.readFileSync(bundle));
  const stat = fs.statSync(bundle);
  const identity = { size: stat.size, mtimeMs: stat.mtimeMs };
  const cacheFile = cacheFileFor(bundle);
  const cachedData = readCache(cacheFile, identity);
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
  if (cachedData === undefined || script.cachedDataRejected === true) {
    const write = () => writeCache(cacheFile, identity, script.createCachedData());
    // A process writes as it ends, with all it compiled. A worker thread may be terminated without an
    // 'exit', so it writes a moment after starting (its first calls compiled too), without keeping itself alive.
    if (isMainThread) process.once('exit', write);
    else setTimeout(write, WORKER_CACHE_DELAY_MS).unref();
  }

  const loaded = new Module(bundle, parent);
  loaded.filename = bundle;
  loaded.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(bundle));
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(loaded.exports, loaded.exports, Module.createRequire(bundle), loaded, bundle, path.dirname(bundle));
  loaded.loaded = true;
  return loaded.exports;
}
