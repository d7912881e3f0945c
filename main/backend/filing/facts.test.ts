/** The current flag of the facts table follows what makes a filing current: received last, accepted, returned. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { populationFilings, storeFiling } from '../../../test/fixtures/population';
import { makeTempDir } from '../../../test/support/workspace';
import { openDatabase } from '../db/migrate';
import { migrations } from '../db/migrations';
import { setFilingStatus } from './chain-repository';
import { consolidationView } from './views';

describe('the consolidated filing of an enterprise and period', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is the one received last, an accepted one before an undecided one, and never a returned one', () => {
    dir = makeTempDir();
    const { db } = openDatabase(path.join(dir, 'w.sqlite'), migrations);
    const [first, second] = [...populationFilings({ groups: 1, unitsPerGroup: 1, period: '2025', seed: 3 }, '2025-07-01T08:00:00.000Z')];
    // The same enterprise files twice: the second filing carries another enterprise's estate, so the figures tell them apart.
    const older = storeFiling(db, first!, '2025', '2025-07-01T08:00:00.000Z');
    const newer = storeFiling(
      db,
      { ...second!, filer: first!.filer, data: { ...second!.data, profile: first!.data.profile } },
      '2025',
      '2025-07-02T08:00:00.000Z',
    );
    const shown = () => consolidationView(db, { period: '2025' });
    expect(shown().ranking.rows.map((row) => row.filingId)).toEqual([newer]);
    expect(shown().totals.licences.installations).toBe(second!.summary.licences!.installations);

    setFilingStatus(db, older, 'accepted');
    expect(shown().ranking.rows.map((row) => row.filingId)).toEqual([older]);
    expect(shown().totals.licences.installations).toBe(first!.summary.licences!.installations);

    setFilingStatus(db, older, 'returned');
    expect(shown().ranking.rows.map((row) => row.filingId)).toEqual([newer]);
    setFilingStatus(db, newer, 'returned');
    expect(shown().totals.enterprises).toBe(0);
    db.close();
  });
});
