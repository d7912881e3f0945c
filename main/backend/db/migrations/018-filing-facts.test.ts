import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/support/workspace';
import { populationFilings } from '../../../../test/fixtures/population';
import { createBackend, DATABASE_FILE_NAME } from '../..';
import { openDatabase } from '../migrate';
import { migrations } from '.';

describe('migration 018 filing facts', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives the filings held before it a facts row, filled from their stored data when the workspace opens', async () => {
    dir = makeTempDir();
    const file = path.join(dir, DATABASE_FILE_NAME);
    const before = openDatabase(
      file,
      migrations.filter((migration) => migration.version < 18),
    ).db;
    const [filing] = [...populationFilings({ groups: 1, unitsPerGroup: 1, period: '2025' }, '2025-07-01T08:00:00.000Z')];
    before
      .prepare(
        `INSERT INTO received_filings (id, package_id, uscc, enterprise_name, period, created_at, imported_at, imported_by, signer_fingerprint, signer_subject,
           signer_json, manifest_json, data_json, summary_json, summary_version, folder, file_count, total_bytes)
         VALUES ('f1', 'p1', ?, ?, '2025', '2025-07-01T08:00:00.000Z', '2025-07-02T00:00:00.000Z', '张三', ?, 'CN=x', '{}', '{}', ?, ?, 3, 'filings/p1', 1, 10)`,
      )
      .run(filing!.filer.uscc, filing!.filer.name, '0'.repeat(64), JSON.stringify(filing!.data), JSON.stringify(filing!.summary));
    before.close();

    const { db } = openDatabase(file, migrations);
    expect(db.prepare('SELECT filing_id, uscc, summary_version, is_current FROM received_filing_facts').get()).toEqual({
      filing_id: 'f1',
      uscc: filing!.filer.uscc,
      summary_version: 0,
      is_current: 0,
    });
    db.close();

    const backend = createBackend({ dataDir: dir });
    const result = await backend.call('filing.views.consolidation', { period: '2025' });
    if (!result.ok) throw new Error(result.error.message);
    const view = result.value;
    expect(view.totals.enterprises).toBe(1);
    expect(view.totals.licences.installations).toBe(filing!.summary.licences!.installations);
    expect(view.ranking.rows[0]).toMatchObject({
      uscc: filing!.filer.uscc,
      tier: 'headquarters',
      groupName: filing!.filer.name,
      industry: filing!.filer.industry,
    });
    backend.close();
  });
});
