import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/support/workspace';
import { cli } from '../../test/support/cli';

const fixture = path.resolve(__dirname, '../../test/fixtures/profile.json');

describe('denggao backup / restore / audit', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('backs up to a file, restores it after a change, and lists the safety backup', async () => {
    dir = makeTempDir();
    const ws = ['--data-dir', 'ws'];
    expect((await cli(['profile', 'set', '--file', fixture, ...ws], dir)).code).toBe(0);
    const backup = await cli(['backup', '--out', 'copy.sqlite', ...ws], dir);
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain(path.join(dir, 'copy.sqlite'));

    const changed = JSON.parse(fs.readFileSync(fixture, 'utf8'));
    fs.writeFileSync(path.join(dir, 'changed.json'), JSON.stringify({ ...changed, name: '改名后的公司' }));
    expect((await cli(['profile', 'set', '--file', 'changed.json', ...ws], dir)).code).toBe(0);

    expect((await cli(['restore', '--file', 'copy.sqlite', ...ws], dir)).code).toBe(0);
    expect(JSON.parse((await cli(['profile', 'show', '--json', ...ws], dir)).stdout).name).toBe(changed.name);
    const list = await cli(['backup', 'list', '--json', ...ws], dir);
    expect(JSON.parse(list.stdout).map((b: { kind: string }) => b.kind)).toEqual(['pre-restore']);
  });

  it('names the file when --out cannot be written (exit 1)', async () => {
    dir = makeTempDir();
    const result = await cli(['backup', '--out', 'no/such/folder/copy.sqlite', '--data-dir', 'ws'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(path.join(dir, 'no/such/folder/copy.sqlite'));
  });

  it('refuses to restore a damaged file with exit 1, naming it', async () => {
    dir = makeTempDir();
    fs.writeFileSync(path.join(dir, 'junk.sqlite'), 'SQLite format 3\0 but not really'.repeat(200));
    const result = await cli(['restore', '--file', 'junk.sqlite', '--data-dir', 'ws'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(path.join(dir, 'junk.sqlite'));
  });

  it('verifies the audit chain (exit 0), then exits 1 naming the first entry edited behind its back', async () => {
    dir = makeTempDir();
    const ws = ['--data-dir', 'ws'];
    for (let i = 0; i < 3; i++) await cli(['profile', 'set', '--file', fixture, ...ws], dir);
    const ok = await cli(['audit', 'verify', ...ws], dir);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('共 3 条');

    const db = new Database(path.join(dir, 'ws', 'denggao.sqlite'));
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare("UPDATE audit_log SET after_json = '{}' WHERE seq = 2").run();
    db.close();
    const broken = await cli(['audit', 'verify', '--lang', 'en-US', ...ws], dir);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('breaks at entry 2 (content was changed)');
  });

  it('lists audit entries newest first, paged, and refuses a bad page size (exit 2)', async () => {
    dir = makeTempDir();
    const ws = ['--data-dir', 'ws'];
    for (let i = 0; i < 3; i++) await cli(['profile', 'set', '--file', fixture, ...ws], dir);
    const page = await cli(['audit', 'list', '--limit', '2', ...ws], dir);
    expect(page.code).toBe(0);
    expect(
      page.stdout
        .split('\n')
        .filter((l) => l.startsWith('#'))
        .map((l) => l.split(' ')[0]),
    ).toEqual(['#3', '#2']);
    expect(page.stdout).toContain('(2 / 3)');
    expect((await cli(['audit', 'list', '--limit', 'many', ...ws], dir)).code).toBe(2);
  });
});
