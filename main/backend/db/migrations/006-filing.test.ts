import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/support/workspace';
import { openDatabase } from '../migrate';
import { migration001Core } from './001-core';
import { migration006Filing } from './006-filing';

const filingRow = (id: string, packageId: string) => [
  id,
  packageId,
  '91110000100000000R',
  '示例',
  '2025',
  '2025-06-30T00:00:00Z',
  '2025-07-01T00:00:00Z',
  'me',
  'f'.repeat(64),
  'CN=示例',
  '{}',
  '{}',
  '{}',
  '{}',
  1,
  'filings/x',
  3,
  100,
];

describe('migration 006 filing (receiver side)', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('adds the trust list and received filings to an existing workspace, keeping its data', () => {
    dir = makeTempDir();
    const file = path.join(dir, 'w.sqlite');
    const first = openDatabase(file, [migration001Core]);
    first.db.prepare("INSERT INTO settings VALUES ('locale', 'zh-CN')").run();
    first.db.close();

    const { db, backupFile } = openDatabase(file, [migration001Core, migration006Filing]);
    expect(backupFile).not.toBeNull();
    expect(db.pragma('user_version', { simple: true })).toBe(6);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['filing_trust', 'received_filings', 'settings']));
    expect(db.prepare("SELECT value FROM settings WHERE key = 'locale'").pluck().get()).toBe('zh-CN');
    db.close();
  });

  it('refuses a second filing with the same package id, and a second trust entry with the same fingerprint', () => {
    dir = makeTempDir();
    const { db } = openDatabase(path.join(dir, 'w.sqlite'), [migration001Core, migration006Filing]);
    const insert = db.prepare(`INSERT INTO received_filings VALUES (${Array(18).fill('?').join(', ')})`);
    insert.run(...filingRow('a', 'pkg-1'));
    expect(() => insert.run(...filingRow('b', 'pkg-1'))).toThrow(/UNIQUE constraint failed: received_filings.package_id/);
    const trust = db.prepare('INSERT INTO filing_trust VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    trust.run('t1', 'a'.repeat(64), 'pem', 's', 'i', 'nb', 'na', 0, '', 'now', 'me');
    expect(() => trust.run('t2', 'a'.repeat(64), 'pem', 's', 'i', 'nb', 'na', 1, '', 'now', 'me')).toThrow(/UNIQUE/);
    expect(() => trust.run('t3', 'short', 'pem', 's', 'i', 'nb', 'na', 1, '', 'now', 'me')).toThrow(/CHECK/);
    db.close();
  });
});
