import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the running code, for files shipped beside it (fonts found by walking up, the worker file).
 * Under vitest/tsx this is this source folder; in a CommonJS bundle __filename is the bundle, and esbuild
 * leaves import.meta empty there, so __filename is asked first.
 */
export function moduleDir(): string {
  if (typeof __filename === 'string' && __filename.length > 0) return path.dirname(__filename);
  return path.dirname(fileURLToPath(import.meta.url));
}
