import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../backend';
import { makeTempDir } from '../../test/support/workspace';
import { cli } from '../../test/support/cli';

describe('denggao mlps', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['society:serious', 'citizen:general', { business: 3, service: 1, level: 3 }],
    ['citizen:especially-serious', 'nation:general', { business: 2, service: 3, level: 3 }],
    ['nation:especially-serious', 'society:especially-serious', { business: 5, service: 4, level: 5 }],
  ])('grades --business %s --service %s', async (business, service, expected) => {
    dir = makeTempDir();
    const result = await cli(['mlps', 'grade', '--business', business, '--service', service, '--json', '--data-dir', dir], dir);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(expected);
  });

  it('prints the levels by name without --json', async () => {
    dir = makeTempDir();
    const result = await cli(['mlps', 'grade', '--business', 'society:serious', '--service', 'citizen:general', '--data-dir', dir], dir);
    expect(result.stdout).toContain('对象等级: 第三级（监督保护级）');
  });

  it.each([
    [['--business', 'country:serious', '--service', 'citizen:general'], "--business: unknown object harmed 'country'"],
    [['--business', 'society:huge', '--service', 'citizen:general'], "--business: unknown degree of harm 'huge'"],
    [['--business', 'society:serious', '--service', 'citizen'], "--service: unknown degree of harm ''"],
    [['--business', 'society:serious'], 'missing --service'],
  ])('exits 2 naming the option for %j, without creating a workspace', async (args, message) => {
    dir = makeTempDir();
    const workspace = path.join(dir, 'ws');
    const result = await cli(['mlps', 'grade', ...args, '--json', '--data-dir', workspace], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(fs.existsSync(workspace)).toBe(false);
  });

  it('lists the catalog items of a level with an extension, and refuses a level the catalog lacks (exit 1, field level)', async () => {
    dir = makeTempDir();
    const level3 = await cli(['mlps', 'catalog', '--level', '3', '--extension', 'cloud', '--json', '--data-dir', dir], dir);
    expect(level3.code).toBe(0);
    const { items } = JSON.parse(level3.stdout) as { items: { id: string; family: string; controlPoint: string; set: string }[] };
    expect(items).toHaveLength(211 + 46);
    expect(items[0]).toMatchObject({ id: 'L3-PES1-01', family: 'PES', controlPoint: 'PES1-01' });
    expect(items.filter((item) => item.set === 'cloud')).toHaveLength(46);
    const counts = await Promise.all(['1', '2', '4'].map(async (level) => JSON.parse((await cli(['mlps', 'catalog', '--level', level, '--json', '--data-dir', dir], dir)).stdout).items.length));
    expect(counts).toEqual([55, 135, 228]);

    const level5 = await cli(['mlps', 'catalog', '--level', '5', '--json', '--data-dir', dir], dir);
    expect(level5.code).toBe(1);
    expect(JSON.parse(level5.stdout).error).toMatchObject({ code: 'mlps.assessment.levelNotInCatalog', details: { field: 'level' } });
    expect((await cli(['mlps', 'catalog', '--level', 'three', '--data-dir', dir], dir)).code).toBe(2);
    expect((await cli(['mlps', 'catalog', '--level', '3', '--extension', 'satellite', '--data-dir', dir], dir)).stderr).toContain("unknown extension 'satellite'");
  });

  it('scores an object found by its number, and says which object is unknown', async () => {
    dir = makeTempDir();
    const backend = createBackend({ dataDir: dir });
    const view = await backend.call('mlps.saveObject', { name: 'ERP 系统', number: 'ERP-1', kind: 'information-system' });
    if (!view.ok) throw new Error(view.error.message);
    const objectId = view.value.object.id;
    await backend.call('mlps.saveGrading', { objectId, business: { object: 'society', degree: 'serious' }, service: { object: 'citizen', degree: 'general' }, gradedOn: '2025-01-10' });
    await backend.call('mlps.saveItemStatuses', { objectId, items: [{ itemId: 'L3-CES1-01', status: 'compliant' }, { itemId: 'L3-CES1-02', status: 'partial', risk: 'low' }] });
    backend.close();

    const scored = await cli(['mlps', 'score', '--object', 'ERP-1', '--json', '--data-dir', dir], dir);
    expect(scored.code).toBe(0);
    expect(JSON.parse(scored.stdout)).toMatchObject({ overall: { score: 75 }, result2021: 'fair', formulas: { score: 'mlps-score-pre2021' } });
    const human = await cli(['mlps', 'score', '--object', objectId, '--data-dir', dir], dir);
    expect(human.stdout).toContain('综合得分: 75.00');
    const unknown = await cli(['mlps', 'score', '--object', 'NOPE', '--json', '--data-dir', dir], dir);
    expect(unknown.code).toBe(1);
    expect(JSON.parse(unknown.stdout).error).toMatchObject({ code: 'mlps.object.notFound', details: { field: 'object' } });

    const plan = await cli(['mlps', 'action-plan', '--out', 'plan.xlsx', '--json', '--data-dir', dir], dir);
    expect(JSON.parse(plan.stdout)).toMatchObject({ gaps: 1, tasks: 0 });
    expect(fs.statSync(path.join(dir, 'plan.xlsx')).size).toBeGreaterThan(0);
  });
});
