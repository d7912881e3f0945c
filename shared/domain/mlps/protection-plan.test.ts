import { describe, expect, it } from 'vitest';
import { gbt22239Catalog } from '../../catalogs/mlps/gbt22239-2019';
import { EMPTY_FILING_FORM_FIELDS, type MajorHiddenRisk, type RemediationTask } from '../../contract/mlps/records';
import { applicableItems } from './catalog';
import { checkProtectionPlanLevel, draftProtectionPlan, type ProtectionPlanInput } from './protection-plan';

const ids = applicableItems(gbt22239Catalog, 3).map((item) => item.id);
const risk = (title: string, remediated: boolean): MajorHiddenRisk => ({
  id: title,
  objectId: 'o',
  title,
  itemIds: [ids[1]!],
  principles: ['severity'],
  remediated,
  note: '',
});
const task = (title: string, status: RemediationTask['status'], dueOn?: string): RemediationTask => ({
  id: title,
  objectId: 'o',
  title,
  owner: '',
  status,
  notes: '',
  ...(dueOn ? { dueOn } : {}),
});

const input: ProtectionPlanInput = {
  level: 3,
  hostedOnName: '集团私有云',
  keyProductsText: '国产数据库',
  fields: { ...EMPTY_FILING_FORM_FIELDS, networkNature: '2', keyProducts: [{ type: '4', quantity: 2, domestic: 2 }] },
  catalog: gbt22239Catalog,
  itemIds: ids,
  statuses: [
    { itemId: ids[0]!, status: 'compliant' },
    { itemId: ids[1]!, status: 'noncompliant', risk: 'high', note: '机房无门禁' },
    { itemId: ids[2]!, status: 'partial', risk: 'low', note: '' },
    { itemId: ids[3]!, status: 'partial', risk: 'medium' },
    { itemId: ids[4]!, status: 'noncompliant' },
    { itemId: 'L4-PES1-01', status: 'noncompliant', risk: 'high' },
  ],
  majorHiddenRisks: [risk('已整改的隐患', true), risk('外网可达核心库', false)],
  remediation: [
    task('已完成', 'done', '2025-01-01'),
    task('后到期', 'open', '2025-09-01'),
    task('先到期', 'in-progress', '2025-06-01'),
    task('无期限', 'open'),
  ],
};

describe('保护工作方案 drafted from the object’s records', () => {
  it('puts the major hidden risks first (open before remediated), then the problems by rating with their causes', () => {
    const plan = draftProtectionPlan(input);
    expect(plan.majorHiddenRisks.map((r) => r.title)).toEqual(['外网可达核心库', '已整改的隐患']);
    expect(plan.problems.high.map((p) => [p.itemId, p.cause])).toEqual([[ids[1], '机房无门禁']]);
    expect(plan.problems.medium.map((p) => p.itemId)).toEqual([ids[3]]);
    expect(plan.problems.low.map((p) => p.itemId)).toEqual([ids[2]]);
    // A gap not yet rated is not dropped; an item outside the object's scope is not counted.
    expect(plan.unrated.map((p) => p.itemId)).toEqual([ids[4]]);
  });

  it('lists the assets, the measures in place per family, and the tasks open first by due date', () => {
    const plan = draftProtectionPlan(input);
    expect(plan.assets).toMatchObject({
      hostedOnName: '集团私有云',
      internetFacing: true,
      keyProducts: [{ type: '4', quantity: 2, domestic: 2 }],
    });
    expect(plan.measures.find((m) => m.family === 'PES')).toMatchObject({ compliant: 1, inScope: 22 });
    expect(plan.tasks.map((t) => t.title)).toEqual(['先到期', '后到期', '无期限', '已完成']);
  });

  it('is refused below level 3 and for an ungraded object', () => {
    expect(checkProtectionPlanLevel(3, 'ERP')).toEqual([]);
    expect(checkProtectionPlanLevel(2, 'OA')).toEqual([
      { code: 'mlps.protectionPlan.belowLevel3', field: 'objectId', params: { name: 'OA', level: 2 } },
    ]);
    expect(checkProtectionPlanLevel(null, 'OA')[0]?.params).toEqual({ name: 'OA', level: '—' });
    expect(() => draftProtectionPlan({ ...input, level: 2 })).toThrow('mlps.protectionPlan.belowLevel3');
  });
});
