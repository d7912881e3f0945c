import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { makeTempDir, tempBackend } from '../../../test/support/workspace';
import { startBackendWorker } from './client';

const root = path.resolve(__dirname, '../../..');
const workerFile = path.join(root, 'dist/main/backend-worker.cjs');

describe('backend worker host', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the daily backup when the app starts, and answers calls meanwhile', async () => {
    if (!fs.existsSync(workerFile)) execFileSync('node', ['scripts/build-main.mjs'], { cwd: root });
    dir = makeTempDir();
    const backend = startBackendWorker({ dataDir: dir, workerFile });
    await backend.ready;
    const info = await backend.callByName('workspace.info', {});
    expect(info.ok).toBe(true);
    const folder = path.join(dir, 'backups');
    const deadline = Date.now() + 10_000;
    let daily: string[] = [];
    while (Date.now() < deadline && daily.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      daily = fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => /^daily-.*\.sqlite$/.test(name)) : [];
    }
    expect(daily).toHaveLength(1);
    await backend.close();
  });

  it('refuses a call in a language it does not know, and keeps answering the calls after it', async () => {
    if (!fs.existsSync(workerFile)) execFileSync('node', ['scripts/build-main.mjs'], { cwd: root });
    dir = makeTempDir();
    const backend = startBackendWorker({ dataDir: dir, workerFile });
    await backend.ready;
    // A refusal must be worded: with a language outside the tables that used to throw and end the worker.
    const refused = await backend.callByName('profile.save', {}, { locale: 'xx' as never });
    expect(!refused.ok && refused.error.code).toBe('error.call.badOptions');
    const next = await backend.callByName('workspace.info', {});
    expect(next.ok).toBe(true);
    await backend.close();
  });

  it('refuses an input nested 50,000 deep by name (it cannot be cloned to the worker), and goes on answering', async () => {
    if (!fs.existsSync(workerFile)) execFileSync('node', ['scripts/build-main.mjs'], { cwd: root });
    dir = makeTempDir();
    const backend = startBackendWorker({ dataDir: dir, workerFile });
    await backend.ready;
    const deep = JSON.parse(`{"formatVersion":1,"profile":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`) as unknown;
    const result = await backend.callByName('workspace.importData', deep, { locale: 'en-US' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'error.input.tooDeep', message: 'The input nests too deeply to hand to the backend: nothing changed' },
    });
    expect((await backend.callByName('workspace.info', {})).ok).toBe(true);
    await backend.close();
  });

  it('closed just after it is ready, finishes the daily backup it began instead of cutting it off', async () => {
    if (!fs.existsSync(workerFile)) execFileSync('node', ['scripts/build-main.mjs'], { cwd: root });
    dir = makeTempDir();
    tempBackend({ dataDir: dir }).close();
    // 40 MB of ballast: the copy takes many steps, so the close arrives while it runs.
    const db = new Database(path.join(dir, 'denggao.sqlite'));
    db.exec('CREATE TABLE ballast (bytes BLOB)');
    db.prepare('INSERT INTO ballast VALUES (zeroblob(?))').run(40 * 1024 * 1024);
    db.close();
    const backend = startBackendWorker({ dataDir: dir, workerFile });
    await backend.ready;
    await backend.close();
    const backups = fs.readdirSync(path.join(dir, 'backups'));
    expect(backups.filter((name) => /^daily-.*\.sqlite$/.test(name))).toHaveLength(1);
    expect(backups.filter((name) => name.endsWith('.partial'))).toEqual([]);
  });
});
