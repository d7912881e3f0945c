/** The consolidation commands over a receiver workspace that imported real packages of two periods. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { populationFilings } from '../../test/fixtures/population';
import { signPopulationPackages } from '../../test/fixtures/population-packages';
import { cli } from '../../test/support/cli';
import { expectOk, makeTempDir } from '../../test/support/workspace';
import { createBackend } from '../backend';
import { exceljs } from '../backend/heavy-modules';

let dir: string;

beforeAll(async () => {
  dir = makeTempDir('denggao-cli-consolidation-');
  const receiver = createBackend({ dataDir: path.join(dir, 'receiver') });
  for (const period of ['2024', '2025']) {
    const createdAt = `${period}-07-01T08:00:00.000Z`;
    const { files, trustPem } = await signPopulationPackages(
      [...populationFilings({ groups: 1, unitsPerGroup: 3, period, seed: 5 }, createdAt)],
      dir,
      period,
      createdAt,
    );
    for (const file of files) expectOk(await receiver.call('filing.import', { path: file, trust: trustPem }));
  }
  receiver.close();
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('denggao consolidated views | compare | export', () => {
  it('lists the figures and the ranking for a tier', async () => {
    const result = await cli(
      ['consolidated', 'views', '--period', '2025', '--tier', 'subsidiary', '--sort', 'name', '--json', '--data-dir', 'receiver'],
      dir,
    );
    expect(result.code).toBe(0);
    const view = JSON.parse(result.stdout);
    expect(view.totals.enterprises).toBe(3);
    expect(view.ranking.rows.every((row: { tier: string }) => row.tier === 'subsidiary')).toBe(true);
  });

  it('refuses a tier it does not know, naming the field, with exit 1', async () => {
    const result = await cli(['consolidated', 'views', '--tier', '三级', '--json', '--data-dir', 'receiver'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toContain('filter.tier');
  });

  it('compares two periods with deltas', async () => {
    const result = await cli(['consolidated', 'compare', '--before', '2024', '--after', '2025', '--json', '--data-dir', 'receiver'], dir);
    expect(result.code).toBe(0);
    const comparison = JSON.parse(result.stdout);
    expect(comparison.changes.find((change: { metric: string }) => change.metric === 'filing.views.metric.enterprises')).toEqual({
      metric: 'filing.views.metric.enterprises',
      before: 4,
      after: 4,
      delta: 0,
    });
  });

  it('writes the tables as XLSX', async () => {
    const result = await cli(['consolidated', 'export', '--period', '2025', '--out', 'tables.xlsx', '--data-dir', 'receiver'], dir);
    expect(result.code).toBe(0);
    const workbook = new (exceljs().Workbook)();
    await workbook.xlsx.readFile(path.join(dir, 'tables.xlsx'));
    expect(workbook.getWorksheet('企业')!.rowCount).toBe(5);
  });
});
