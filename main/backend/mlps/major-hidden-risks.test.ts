import { afterEach, describe, expect, it } from 'vitest';
import { applicableItems } from '../../../shared/domain/mlps';
import { gbt22239Catalog } from '../../../shared/catalogs/mlps/gbt22239-2019';
import { expectOk, tempBackend } from '../../../test/support/workspace';

type Backend = ReturnType<typeof tempBackend>;
const NOW = new Date('2025-06-15T09:00:00+08:00');
const level3 = { business: { object: 'society', degree: 'serious' }, service: { object: 'citizen', degree: 'serious' } } as const;
const L3_ITEMS = applicableItems(gbt22239Catalog, 3).map((item) => item.id);

async function failure(
  result: Promise<{
    ok: boolean;
    error?: { code: string; message: string; details?: { field?: string; issues?: { field?: string; message: string }[] } };
  }>,
) {
  const settled = await result;
  if (settled.ok || !settled.error) throw new Error('expected the call to fail');
  return settled.error;
}

/** A level-3 object whose first `failed` items are 不符合 (high risk) and the rest 符合: every item assessed. */
async function assessedObject(backend: Backend, failed: number, name = '财务系统') {
  const { object } = expectOk(await backend.call('mlps.saveObject', { name, kind: 'information-system' }));
  expectOk(await backend.call('mlps.saveGrading', { objectId: object.id, ...level3, gradedOn: '2025-01-10' }));
  const items = L3_ITEMS.map((itemId, index) =>
    index < failed ? { itemId, status: 'noncompliant' as const, risk: 'high' as const } : { itemId, status: 'compliant' as const },
  );
  expectOk(await backend.call('mlps.saveItemStatuses', { objectId: object.id, items }));
  return object.id;
}

describe('major hidden risks (重大风险隐患)', () => {
  let backend: Backend;
  afterEach(() => backend.dispose());

  it('99.5 % with a high-risk item is 符合; a major hidden risk makes it 基本符合; remediating it, 符合 again', async () => {
    backend = tempBackend({ now: () => NOW });
    const objectId = await assessedObject(backend, 1);
    const before = expectOk(await backend.call('mlps.score', { objectId }));
    expect([before.compliance2025, before.provisional, before.risks.high]).toEqual([
      { ratePercent: 99.53, conclusion: 'compliant' },
      false,
      1,
    ]);

    const risk = expectOk(
      await backend.call('mlps.saveMajorHiddenRisk', {
        objectId,
        title: '核心数据库暴露于互联网',
        itemIds: [L3_ITEMS[0]!, L3_ITEMS[5]!],
        principles: ['relevance', 'severity'],
      }),
    );
    const withRisk = expectOk(await backend.call('mlps.score', { objectId }));
    expect([withRisk.compliance2025?.conclusion, withRisk.majorHiddenRisks]).toEqual([
      'basically-compliant',
      { recorded: 1, remediated: 0 },
    ]);
    expect(expectOk(await backend.call('mlps.dashboard', {})).lowestScores[0]).toMatchObject({
      conclusion2025: 'basically-compliant',
      provisional: false,
    });

    expectOk(await backend.call('mlps.saveMajorHiddenRisk', { ...risk, remediated: true, remediatedOn: '2025-06-01' }));
    const fixed = expectOk(await backend.call('mlps.score', { objectId }));
    expect([fixed.compliance2025?.conclusion, fixed.majorHiddenRisks]).toEqual(['compliant', { recorded: 1, remediated: 1 }]);
    expect(expectOk(await backend.call('mlps.listMajorHiddenRisks', { objectId })).map((entry) => entry.title)).toEqual([
      '核心数据库暴露于互联网',
    ]);
  });

  it('75 % with high risks is 基本符合, not 不符合', async () => {
    backend = tempBackend({ now: () => NOW });
    const objectId = await assessedObject(backend, 53); // 158 of 211 符合: 74.88 %
    expect(expectOk(await backend.call('mlps.score', { objectId })).compliance2025).toEqual({
      ratePercent: 74.88,
      conclusion: 'basically-compliant',
    });
  });

  it('refuses a finding the object does not have at its field, and stores nothing', async () => {
    backend = tempBackend({ now: () => NOW });
    const objectId = await assessedObject(backend, 1);
    const error = await failure(
      backend.call('mlps.saveMajorHiddenRisk', {
        objectId,
        title: '云上风险',
        itemIds: [L3_ITEMS[0]!, 'L3-CNS2-01'],
        principles: ['severity'],
      }),
    );
    expect([error.code, error.details?.field]).toEqual(['mlps.majorHiddenRisk.itemNotInScope', 'itemIds[1]']);
    expect(error.message).toContain('L3-CNS2-01');
    const empty = await failure(
      backend.call('mlps.saveMajorHiddenRisk', { objectId, title: '无来源', itemIds: [], principles: ['severity'] }),
    );
    expect(empty.details?.issues?.[0]?.field).toBe('itemIds');
    const early = await failure(
      backend.call('mlps.saveMajorHiddenRisk', {
        objectId,
        title: '口令未更换',
        itemIds: [L3_ITEMS[0]!],
        principles: ['severity'],
        identifiedOn: '2025-06-10',
        remediated: true,
        remediatedOn: '2025-06-01',
      }),
    );
    expect([early.code, early.details?.field]).toEqual(['mlps.majorHiddenRisk.remediatedBeforeFound', 'remediatedOn']);
    expect(early.message).toContain('2025-06-10');
    expect(expectOk(await backend.call('mlps.listMajorHiddenRisks', { objectId }))).toEqual([]);
    expect(expectOk(await backend.call('mlps.score', { objectId })).compliance2025?.conclusion).toBe('compliant');
  });

  it('marks the verdict of a partial assessment provisional', async () => {
    backend = tempBackend({ now: () => NOW });
    const { object } = expectOk(await backend.call('mlps.saveObject', { name: '门户网站', kind: 'information-system' }));
    expectOk(await backend.call('mlps.saveGrading', { objectId: object.id, ...level3, gradedOn: '2025-01-10' }));
    const items = L3_ITEMS.slice(0, 12).map((itemId, index) => ({
      itemId,
      status: index < 3 ? ('noncompliant' as const) : ('compliant' as const),
      ...(index < 3 ? { risk: 'high' as const } : {}),
    }));
    expectOk(await backend.call('mlps.saveItemStatuses', { objectId: object.id, items }));
    const score = expectOk(await backend.call('mlps.score', { objectId: object.id }));
    expect([score.complete, score.provisional, score.overall.counts.unassessed]).toEqual([false, true, 199]);
    expect(expectOk(await backend.call('mlps.dashboard', {})).lowestScores[0]).toMatchObject({ objectName: '门户网站', provisional: true });
  });

  it('round-trips through the data JSON; an old document without the key imports; a bad item is refused at its field', async () => {
    backend = tempBackend({ now: () => NOW });
    const objectId = await assessedObject(backend, 1);
    expectOk(
      await backend.call('mlps.saveMajorHiddenRisk', {
        objectId,
        title: '弱口令集中出现',
        itemIds: [L3_ITEMS[0]!],
        principles: ['frequency'],
        note: '多台主机',
      }),
    );
    const exported = expectOk(await backend.call('workspace.exportData', {}));
    expect(exported.mlps.majorHiddenRisks).toHaveLength(1);

    const copy = tempBackend({ now: () => NOW });
    try {
      expectOk(await copy.call('workspace.importData', exported));
      expect(expectOk(await copy.call('workspace.exportData', {})).mlps).toEqual(exported.mlps);
      expect(expectOk(await copy.call('mlps.score', { objectId })).compliance2025?.conclusion).toBe('basically-compliant');

      const old = structuredClone(exported) as { mlps: Record<string, unknown> };
      delete old.mlps.majorHiddenRisks;
      expectOk(await copy.call('workspace.importData', old as typeof exported));
      expect(expectOk(await copy.call('mlps.listMajorHiddenRisks', {}))).toEqual([]);
      expect(expectOk(await copy.call('mlps.score', { objectId })).compliance2025?.conclusion).toBe('compliant');

      const bad = structuredClone(exported);
      bad.mlps.majorHiddenRisks[0]!.itemIds = ['L4-CES1-01'];
      const error = await failure(copy.call('workspace.importData', bad));
      expect([error.code, error.details?.field]).toEqual(['mlps.majorHiddenRisk.itemNotInScope', 'mlps.majorHiddenRisks[0].itemIds[0]']);
    } finally {
      copy.dispose();
    }
  });
});
