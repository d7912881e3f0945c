import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the running code, for files shipped beside it (fonts found by walking up, the worker file).
 * Under vitest/tsx this is this source folder; in a bundle it is the bundle's folder (scripts/build-main.mjs
 * defines import.meta.url there as the bundle's own URL).
 */
export function moduleDir(): string {
  return path.dirname(fileURLToPath(import.meta.url));
}
