import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/support/workspace';
import { openDatabase } from '../migrate';
import { insertOldFiling } from './received-filings.test-support';
import { migration001Core } from './001-core';
import { migration006Filing } from './006-filing';
import { migration015FilingChain } from './015-filing-chain';
import { migration017FilingRollup } from './017-filing-rollup';

describe('migration 017 filing roll-up', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('leaves older filings without a kept package or parent, and holds a parent to an existing filing', () => {
    dir = makeTempDir();
    const file = path.join(dir, 'w.sqlite');
    const before = openDatabase(file, [migration001Core, migration006Filing, migration015FilingChain]).db;
    insertOldFiling(before, ['accepted', null, null]);
    before.close();

    const { db } = openDatabase(file, [migration001Core, migration006Filing, migration015FilingChain, migration017FilingRollup]);
    expect(db.prepare('SELECT package_file, package_sha256, parent_filing_id FROM received_filings').get()).toEqual({
      package_file: null,
      package_sha256: null,
      parent_filing_id: null,
    });
    expect(() => db.prepare("UPDATE received_filings SET parent_filing_id = 'nowhere'").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("UPDATE received_filings SET package_sha256 = 'short'").run()).toThrow(/CHECK/);
    db.prepare("UPDATE received_filings SET package_file = 'filings/p1.dgpkg', package_sha256 = ? WHERE id = 'f1'").run('b'.repeat(64));
    db.close();
  });
});
