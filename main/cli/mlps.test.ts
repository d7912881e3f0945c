import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../backend';
import { makeTempDir, sampleProfile } from '../../test/support/workspace';
import { cli } from '../../test/support/cli';
import { compact, pdfText } from '../../test/fixtures/reports/poppler';

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
    const counts = await Promise.all(
      ['1', '2', '4'].map(
        async (level) =>
          JSON.parse((await cli(['mlps', 'catalog', '--level', level, '--json', '--data-dir', dir], dir)).stdout).items.length,
      ),
    );
    expect(counts).toEqual([55, 135, 228]);

    const level5 = await cli(['mlps', 'catalog', '--level', '5', '--json', '--data-dir', dir], dir);
    expect(level5.code).toBe(1);
    expect(JSON.parse(level5.stdout).error).toMatchObject({ code: 'mlps.assessment.levelNotInCatalog', details: { field: 'level' } });
    expect((await cli(['mlps', 'catalog', '--level', 'three', '--data-dir', dir], dir)).code).toBe(2);
    expect((await cli(['mlps', 'catalog', '--level', '3', '--extension', 'satellite', '--data-dir', dir], dir)).stderr).toContain(
      "unknown extension 'satellite'",
    );
  });

  it('lists the level-1 extension items the standard has (cloud 11, mobile 5, IoT 4, industrial control 9)', async () => {
    dir = makeTempDir();
    const counts = await Promise.all(
      ['cloud', 'mobile', 'iot', 'ics'].map(async (set) => {
        const { items } = JSON.parse(
          (await cli(['mlps', 'catalog', '--level', '1', '--extension', set, '--json', '--data-dir', dir], dir)).stdout,
        ) as { items: { set: string }[] };
        return items.filter((item) => item.set === set).length;
      }),
    );
    expect(counts).toEqual([11, 5, 4, 9]);
  });

  it('gives the 2025 answers: 99.5 % with a high risk is 符合 until a major hidden risk is recorded; 12 of 211 items is provisional', async () => {
    dir = makeTempDir();
    const backend = createBackend({ dataDir: dir });
    const grading = {
      business: { object: 'society', degree: 'serious' },
      service: { object: 'citizen', degree: 'general' },
      gradedOn: '2025-01-10',
    } as const;
    const saved = await backend.call('mlps.saveObject', { name: '财务系统', number: 'FIN-1', kind: 'information-system' });
    const partial = await backend.call('mlps.saveObject', { name: '门户网站', number: 'WEB-1', kind: 'information-system' });
    if (!saved.ok || !partial.ok) throw new Error('setup failed');
    const items = await backend.call('mlps.catalogItems', { level: 3, extensions: [] });
    if (!items.ok) throw new Error(items.error.message);
    const ids = items.value.items.map((item) => item.id);
    for (const objectId of [saved.value.object.id, partial.value.object.id])
      await backend.call('mlps.saveGrading', { objectId, ...grading });
    await backend.call('mlps.saveItemStatuses', {
      objectId: saved.value.object.id,
      items: ids.map((itemId, index) =>
        index === 0 ? { itemId, status: 'noncompliant' as const, risk: 'high' as const } : { itemId, status: 'compliant' as const },
      ),
    });
    await backend.call('mlps.saveItemStatuses', {
      objectId: partial.value.object.id,
      items: ids
        .slice(0, 12)
        .map((itemId, index) =>
          index < 2 ? { itemId, status: 'noncompliant' as const, risk: 'high' as const } : { itemId, status: 'compliant' as const },
        ),
    });
    backend.close();

    const score = async (object: string) =>
      JSON.parse((await cli(['mlps', 'score', '--object', object, '--json', '--data-dir', dir], dir)).stdout);
    expect(await score('FIN-1')).toMatchObject({
      compliance2025: { ratePercent: 99.53, conclusion: 'compliant' },
      complete: true,
      provisional: false,
    });
    expect(await score('WEB-1')).toMatchObject({
      compliance2025: { conclusion: 'basically-compliant' },
      complete: false,
      provisional: true,
    });
    expect((await cli(['mlps', 'score', '--object', 'WEB-1', '--data-dir', dir], dir)).stdout).toContain(
      '暂定：尚有 199 个适用要求项未评价',
    );

    const refused = await cli(
      [
        'mlps',
        'major-risk',
        'add',
        '--object',
        'FIN-1',
        '--title',
        '云上隐患',
        '--item',
        'L3-CNS2-01',
        '--principle',
        'severity',
        '--json',
        '--data-dir',
        dir,
      ],
      dir,
    );
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout).error).toMatchObject({
      code: 'mlps.majorHiddenRisk.itemNotInScope',
      details: { field: 'itemIds[0]' },
    });
    const added = await cli(
      [
        'mlps',
        'major-risk',
        'add',
        '--object',
        'FIN-1',
        '--title',
        '核心数据库暴露于互联网',
        '--item',
        ids[0]!,
        '--item',
        ids[1]!,
        '--principle',
        'severity',
        '--principle',
        'relevance',
        '--data-dir',
        dir,
      ],
      dir,
    );
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('核心数据库暴露于互联网');
    expect(await score('FIN-1')).toMatchObject({
      compliance2025: { conclusion: 'basically-compliant' },
      majorHiddenRisks: { recorded: 1, remediated: 0 },
    });
    expect((await cli(['mlps', 'score', '--object', 'FIN-1', '--data-dir', dir], dir)).stdout).toContain('重大风险隐患: 1（0 已整改）');
    const listed = await cli(['mlps', 'major-risks', '--object', 'FIN-1', '--data-dir', dir], dir);
    expect(listed.stdout).toContain('财务系统');
    expect(listed.stdout).toContain('严重性、关联性');
    expect(
      (
        await cli(
          ['mlps', 'major-risk', 'add', '--object', 'FIN-1', '--title', 'x', '--item', ids[0]!, '--principle', 'luck', '--data-dir', dir],
          dir,
        )
      ).code,
    ).toBe(2);
  });

  it('scores an object found by its number, and says which object is unknown', async () => {
    dir = makeTempDir();
    const backend = createBackend({ dataDir: dir });
    const view = await backend.call('mlps.saveObject', { name: 'ERP 系统', number: 'ERP-1', kind: 'information-system' });
    if (!view.ok) throw new Error(view.error.message);
    const objectId = view.value.object.id;
    await backend.call('mlps.saveGrading', {
      objectId,
      business: { object: 'society', degree: 'serious' },
      service: { object: 'citizen', degree: 'general' },
      gradedOn: '2025-01-10',
    });
    await backend.call('mlps.saveItemStatuses', {
      objectId,
      items: [
        { itemId: 'L3-CES1-01', status: 'compliant' },
        { itemId: 'L3-CES1-02', status: 'partial', risk: 'low' },
      ],
    });
    backend.close();

    const scored = await cli(['mlps', 'score', '--object', 'ERP-1', '--json', '--data-dir', dir], dir);
    expect(scored.code).toBe(0);
    expect(JSON.parse(scored.stdout)).toMatchObject({
      overall: { score: 75 },
      result2021: 'fair',
      formulas: { score: 'mlps-score-pre2021' },
    });
    const human = await cli(['mlps', 'score', '--object', objectId, '--data-dir', dir], dir);
    expect(human.stdout).toContain('综合得分: 75.00');
    const unknown = await cli(['mlps', 'score', '--object', 'NOPE', '--json', '--data-dir', dir], dir);
    expect(unknown.code).toBe(1);
    expect(JSON.parse(unknown.stdout).error).toMatchObject({ code: 'mlps.object.notFound', details: { field: 'object' } });

    const plan = await cli(['mlps', 'action-plan', '--out', 'plan.xlsx', '--json', '--data-dir', dir], dir);
    expect(JSON.parse(plan.stdout)).toMatchObject({ gaps: 1, tasks: 0 });
    expect(fs.statSync(path.join(dir, 'plan.xlsx')).size).toBeGreaterThan(0);
  });

  it('shows the schedule with the self-inspection item, records one, and records the seven DR elements', async () => {
    dir = makeTempDir();
    const backend = createBackend({ dataDir: dir });
    const view = await backend.call('mlps.saveObject', { name: '财务系统', number: 'FIN-1', kind: 'information-system' });
    if (!view.ok) throw new Error(view.error.message);
    const objectId = view.value.object.id;
    await backend.call('mlps.saveGrading', {
      objectId,
      business: { object: 'society', degree: 'especially-serious' },
      service: { object: 'citizen', degree: 'general' },
      gradedOn: '2025-01-10',
      hasCompetentDepartment: false,
    });
    await backend.call('mlps.saveFiling', { objectId, authority: '北京市公安局', filedOn: '2025-02-01' });
    backend.close();

    const shown = await cli(['mlps', 'schedule', '--object', 'FIN-1', '--data-dir', dir], dir);
    expect(shown.code).toBe(0);
    // Level 4: self-inspection every half year from the filing.
    expect(shown.stdout).toMatch(/自查\t2025-08-01/);
    const recorded = await cli(
      [
        'mlps',
        'schedule',
        'record',
        '--object',
        'FIN-1',
        '--kind',
        'self-inspection',
        '--date',
        '2025-07-20',
        '--note',
        '半年度自查',
        '--json',
        '--data-dir',
        dir,
      ],
      dir,
    );
    expect(recorded.code).toBe(0);
    const after = JSON.parse(recorded.stdout) as {
      schedule: { items: { kind: string; due: string }[] };
      scheduleRecords: { note: string }[];
    };
    expect(after.schedule.items.find((item) => item.kind === 'selfInspection')?.due).toBe('2026-01-20');
    expect(after.scheduleRecords.map((record) => record.note)).toEqual(['半年度自查']);
    const badDate = await cli(
      ['mlps', 'schedule', 'record', '--object', 'FIN-1', '--kind', 'self-inspection', '--date', '2025-02-30', '--json', '--data-dir', dir],
      dir,
    );
    expect([badDate.code, JSON.parse(badDate.stdout).error.details.field]).toEqual([1, 'doneOn']);
    expect(
      (await cli(['mlps', 'schedule', 'record', '--object', 'FIN-1', '--kind', 'audit', '--date', '2025-07-20', '--data-dir', dir], dir))
        .stderr,
    ).toContain("unknown kind 'audit'");

    const elements = [
      'dataBackup=4',
      'backupDataProcessing=4',
      'backupNetwork=4',
      'backupInfrastructure=4',
      'technicalSupport=4',
      'operationsManagement=4',
      'recoveryPlan=3',
    ];
    const dr = await cli(
      ['mlps', 'recovery', '--object', 'FIN-1', '--level', '4', ...elements.flatMap((pair) => ['--element', pair]), '--data-dir', dir],
      dir,
    );
    expect(dr.code).toBe(0);
    expect(dr.stdout).toContain('实际达到：第3级');
    expect(dr.stdout).toContain('灾难恢复预案只达到第3级');
    const shownDr = await cli(['mlps', 'recovery', '--object', 'FIN-1', '--json', '--data-dir', dir], dir);
    expect(JSON.parse(shownDr.stdout)).toMatchObject({ level: 4, achievedLevel: 3 });
    expect(
      (await cli(['mlps', 'recovery', '--object', 'FIN-1', '--level', '4', '--element', 'coffee=4', '--data-dir', dir], dir)).stderr,
    ).toContain("unknown element 'coffee'");
  });
});

describe('denggao mlps unit / form and the filing-form report', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("sets the unit's 备案表编号 and an object's coded options, refuses a code not in its list, and prints the form", async () => {
    dir = makeTempDir();
    const backend = createBackend({ dataDir: dir });
    const profile = await backend.call('profile.save', sampleProfile());
    const saved = await backend.call('mlps.saveObject', { name: '财务系统', number: 'FIN-1', kind: 'information-system' });
    if (!profile.ok || !saved.ok) throw new Error('setup failed');
    await backend.call('mlps.saveGrading', {
      objectId: saved.value.object.id,
      business: { object: 'society', degree: 'serious' },
      service: { object: 'citizen', degree: 'general' },
      gradedOn: '2025-01-10',
    });
    backend.close();
    const unit = { formNumber: '11010243001', securityLeader: { name: '陈立新', title: '副总经理' }, affiliation: '1', unitType: '4' };
    fs.writeFileSync(path.join(dir, 'bad-unit.json'), JSON.stringify({ ...unit, affiliation: '5' }));
    fs.writeFileSync(path.join(dir, 'unit.json'), JSON.stringify(unit));
    fs.writeFileSync(
      path.join(dir, 'form.json'),
      JSON.stringify({ businessType: '4', networkNature: '2', services: [{ type: '1', provider: '2' }] }),
    );

    const refused = await cli(['mlps', 'unit', 'set', '--file', 'bad-unit.json', '--json', '--data-dir', dir], dir);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout).error).toMatchObject({ code: 'mlps.filingForm.unknownCode', details: { field: 'affiliation' } });
    expect(JSON.parse((await cli(['mlps', 'unit', '--json', '--data-dir', dir], dir)).stdout).formNumber).toBeUndefined();

    expect((await cli(['mlps', 'unit', 'set', '--file', 'unit.json', '--data-dir', dir], dir)).stdout).toContain('备案表编号: 11010243001');
    const form = await cli(['mlps', 'form', 'set', '--object', 'FIN-1', '--file', 'form.json', '--json', '--data-dir', dir], dir);
    expect(form.code).toBe(0);
    expect(JSON.parse(form.stdout).system.form).toMatchObject({ businessType: '4', networkNature: '2' });

    const printed = await cli(
      ['report', '--kind', 'filing-form', '--object', saved.value.object.id, '--out', 'form.pdf', '--data-dir', dir],
      dir,
    );
    expect(printed.code).toBe(0);
    const text = compact(pdfText(path.join(dir, 'form.pdf')));
    for (const expected of ['陈立新', '■1中央', '■4内部办公', '■2互联网', '财务系统']) expect(text, expected).toContain(expected);
  }, 60_000);
});
