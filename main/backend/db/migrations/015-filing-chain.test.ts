import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/support/workspace';
import { openDatabase } from '../migrate';
import { insertOldFiling } from './received-filings.test-support';
import { migration001Core } from './001-core';
import { migration006Filing } from './006-filing';
import { migration015FilingChain } from './015-filing-chain';

describe('migration 015 filing chain', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps received filings as undecided, and holds accession numbers unique per receiver', () => {
    dir = makeTempDir();
    const file = path.join(dir, 'w.sqlite');
    const before = openDatabase(file, [migration001Core, migration006Filing]).db;
    insertOldFiling(before);
    before.close();

    const { db } = openDatabase(file, [migration001Core, migration006Filing, migration015FilingChain]);
    expect(db.prepare('SELECT status, amends_package_id, manifest_sha256 FROM received_filings').get()).toEqual({
      status: 'received',
      amends_package_id: null,
      manifest_sha256: null,
    });
    const receipt = db.prepare(
      "INSERT INTO issued_receipts VALUES (?, ?, 2026, ?, 'p1', 'f1', 'u', 'n', '2025', 'accepted', '{}', 'r', 't', 'b')",
    );
    receipt.run('r1', 'X-2026-000001', 1);
    expect(() => receipt.run('r2', 'X-2026-000001', 2)).toThrow(/UNIQUE/);
    expect(() => db.prepare("UPDATE received_filings SET status = 'lost'").run()).toThrow(/CHECK/);
    db.close();
  });
});
