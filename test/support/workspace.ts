import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Profile } from '../../shared/contract/profile/schemas';
import { createBackend, type Backend, type BackendOptions } from '../../main/backend';

export function makeTempDir(prefix = 'denggao-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A backend over a real SQLite file in a fresh temp folder; dispose() closes it and removes the folder. */
export function tempBackend(options: Partial<BackendOptions> = {}): Backend & { dataDir: string; dispose(): void } {
  const dataDir = options.dataDir ?? makeTempDir();
  const backend = createBackend({ ...options, dataDir });
  return Object.assign(backend, {
    dataDir,
    dispose() {
      backend.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

export function sampleProfile(): Profile {
  return JSON.parse(
    fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/profile.json'), 'utf8'),
  ) as Profile;
}

/** Unwraps a backend result, failing the test with the error's message if it is not ok. */
export function expectOk<T>(result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}
