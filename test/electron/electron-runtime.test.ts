/**
 * Checks that need the real Electron binary. It cannot be downloaded on our build machines, so these run
 * where one is installed and otherwise say plainly that they skipped.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs helper shared with scripts/start.mjs
import { installedElectronBinary } from '../../scripts/electron-binary.mjs';

const binary = (installedElectronBinary as () => string | null)();
if (!binary) console.warn('[skipped] Electron runtime tests: no Electron binary is installed on this machine.');

describe.skipIf(!binary)('Electron runtime', () => {
  it('loads the bundled main process and preload without errors', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const result = spawnSync(binary!, ['--version'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(fs.existsSync(path.join(root, 'dist/main/electron-main.cjs'))).toBe(true);
    expect(fs.existsSync(path.join(root, 'dist/main/preload.cjs'))).toBe(true);
  });
});
