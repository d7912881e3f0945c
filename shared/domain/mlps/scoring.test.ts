import { describe, it, expect } from 'vitest';
import {
  ITEM_STATUSES,
  type ControlCatalog,
  type GapAssessment,
  type ItemAssessment,
  type ItemStatus,
  type RiskRating,
} from '../../contract/mlps/schemas';
import { gbt22239Catalog } from '../../catalogs/mlps/gbt22239-2019';
import { mlpsScoringRules } from '../../catalogs/mlps/policy';
import { applicableItems } from './catalog';
import { checkGapAssessment, isGapStatus, scoreGapAssessment } from './scoring';

/** Two technical families and one management family, small enough to score by hand. */
const tiny: ControlCatalog = {
  id: 'tiny',
  version: '0.0.1',
  name: 'tiny',
  notes: '',
  families: [
    { code: 'PES', nameZh: '安全物理环境', nameEn: 'PES', layer: 'technical' },
    { code: 'CNS', nameZh: '安全通信网络', nameEn: 'CNS', layer: 'technical' },
    { code: 'PSS', nameZh: '安全管理制度', nameEn: 'PSS', layer: 'management' },
  ],
  controlPoints: [
    { id: 'PES1-01', family: 'PES', set: 'general', nameZh: 'a', nameEn: 'a' },
    { id: 'PES1-02', family: 'PES', set: 'general', nameZh: 'b', nameEn: 'b' },
    { id: 'CNS1-01', family: 'CNS', set: 'general', nameZh: 'c', nameEn: 'c' },
    { id: 'PSS1-01', family: 'PSS', set: 'general', nameZh: 'd', nameEn: 'd' },
  ],
  items: [
    ['L3-PES1-01', 'PES', 'PES1-01'],
    ['L3-PES1-02', 'PES', 'PES1-01'],
    ['L3-PES1-03', 'PES', 'PES1-02'],
    ['L3-CNS1-01', 'CNS', 'CNS1-01'],
    ['L3-PSS1-01', 'PSS', 'PSS1-01'],
    ['L3-PSS1-02', 'PSS', 'PSS1-01'],
    ['L3-PSS1-03', 'PSS', 'PSS1-01'],
    ['L3-PSS1-04', 'PSS', 'PSS1-01'],
  ].map(([id, family, controlPoint]) => ({
    id: id!,
    level: 3 as const,
    family: family as 'PES',
    set: 'general' as const,
    controlPoint: controlPoint!,
    summary: 's',
  })),
};

type Row = [itemId: string, status: ItemStatus, risk?: RiskRating, weight?: number];
const assess = (rows: Row[], na: string[] = []): GapAssessment => ({
  level: 3,
  items: rows.map(([itemId, status, risk, weight]): ItemAssessment => ({
    itemId,
    status,
    ...(risk ? { risk } : {}),
    ...(weight ? { weight } : {}),
  })),
  controlPoints: na.map((controlPointId) => ({ controlPointId, status: 'na' })),
});
const allCompliantBut = (changes: Row[]): Row[] =>
  tiny.items.map((item): Row => changes.find(([id]) => id === item.id) ?? [item.id, 'compliant']);

describe('pre-2021 score, 2021 result and 2025 compliance on a hand-scored catalog', () => {
  it.each<
    [
      string,
      GapAssessment,
      {
        PES: number | null;
        CNS: number | null;
        PSS: number | null;
        technical: number | null;
        management: number | null;
        overall: number | null;
        grade: string | null;
        rate: number | null;
        conclusion: string | null;
      },
    ]
  >([
    [
      'one 不符合 (medium) and one 部分符合 (low)',
      assess(
        allCompliantBut([
          ['L3-PES1-01', 'noncompliant', 'medium'],
          ['L3-PSS1-01', 'partial', 'low'],
        ]),
      ),
      {
        PES: 66.67,
        CNS: 100,
        PSS: 87.5,
        technical: 83.33,
        management: 87.5,
        overall: 84.72,
        grade: 'good',
        rate: 81.25,
        conclusion: 'basically-compliant',
      },
    ],
    [
      'the same with PES1-01 不适用: its items and their risk leave the base',
      assess(
        allCompliantBut([
          ['L3-PES1-01', 'noncompliant', 'medium'],
          ['L3-PSS1-01', 'partial', 'low'],
        ]),
        ['PES1-01'],
      ),
      {
        PES: 100,
        CNS: 100,
        PSS: 87.5,
        technical: 100,
        management: 87.5,
        overall: 95.83,
        grade: 'excellent',
        rate: 91.67,
        conclusion: 'compliant',
      },
    ],
    [
      'a weight of 1.25 puts the compliance rate at exactly 90 %: 基本符合, not 符合',
      assess(allCompliantBut([['L3-PSS1-01', 'partial', 'low', 1.25]]), ['PES1-01']),
      {
        PES: 100,
        CNS: 100,
        PSS: 85.29,
        technical: 100,
        management: 85.29,
        overall: 95.1,
        grade: 'excellent',
        rate: 90,
        conclusion: 'basically-compliant',
      },
    ],
    [
      'a high risk puts the 2021 bands at 差 but does not decide the 2025 conclusion: 符合 above 90 %',
      assess(allCompliantBut([['L3-PSS1-02', 'partial', 'high']])),
      {
        PES: 100,
        CNS: 100,
        PSS: 87.5,
        technical: 100,
        management: 87.5,
        overall: 95.83,
        grade: 'poor',
        rate: 93.75,
        conclusion: 'compliant',
      },
    ],
    [
      'a medium risk keeps a 95 score from 优',
      assess(allCompliantBut([['L3-PSS1-02', 'partial', 'medium']])),
      {
        PES: 100,
        CNS: 100,
        PSS: 87.5,
        technical: 100,
        management: 87.5,
        overall: 95.83,
        grade: 'good',
        rate: 93.75,
        conclusion: 'compliant',
      },
    ],
    [
      'many gaps with low risks only: 差 below 70 and 不符合 below 60 %',
      assess(
        allCompliantBut([
          ['L3-PES1-01', 'noncompliant', 'low'],
          ['L3-PES1-02', 'noncompliant', 'low'],
          ['L3-PES1-03', 'noncompliant', 'low'],
          ['L3-PSS1-01', 'noncompliant', 'low'],
          ['L3-PSS1-02', 'partial', 'low'],
        ]),
      ),
      {
        PES: 0,
        CNS: 100,
        PSS: 62.5,
        technical: 50,
        management: 62.5,
        overall: 54.17,
        grade: 'poor',
        rate: 43.75,
        conclusion: 'noncompliant',
      },
    ],
    [
      'score 70–80 with a medium risk is 中',
      assess(
        allCompliantBut([
          ['L3-PES1-01', 'noncompliant', 'medium'],
          ['L3-PSS1-01', 'noncompliant', 'low'],
          ['L3-PSS1-02', 'partial', 'low'],
        ]),
      ),
      {
        PES: 66.67,
        CNS: 100,
        PSS: 62.5,
        technical: 83.33,
        management: 62.5,
        overall: 76.39,
        grade: 'fair',
        rate: 68.75,
        conclusion: 'basically-compliant',
      },
    ],
    [
      'nothing assessed: no scores and no results',
      assess([]),
      { PES: null, CNS: null, PSS: null, technical: null, management: null, overall: null, grade: null, rate: null, conclusion: null },
    ],
  ])('%s', (_, assessment, expected) => {
    const report = scoreGapAssessment(tiny, assessment);
    const family = (code: string) => report.families.find((entry) => entry.family === code)?.score;
    const layer = (name: string) => report.layers.find((entry) => entry.layer === name)?.score;
    expect({
      PES: family('PES'),
      CNS: family('CNS'),
      PSS: family('PSS'),
      technical: layer('technical'),
      management: layer('management'),
      overall: report.overall.score,
      grade: report.result2021,
      rate: report.compliance2025?.ratePercent ?? null,
      conclusion: report.compliance2025?.conclusion ?? null,
    }).toEqual(expected);
  });

  it('gives a 2021 band to a score exactly at its minimum', () => {
    const assessment = assess(allCompliantBut([['L3-PES1-01', 'noncompliant', 'medium']]));
    const score = scoreGapAssessment(tiny, assessment).overall.score!;
    const grades = mlpsScoringRules.result2021.grades.map((band) => (band.grade === 'good' ? { ...band, minScore: score } : band));
    const rules = { ...mlpsScoringRules, result2021: { ...mlpsScoringRules.result2021, grades } };
    expect(scoreGapAssessment(tiny, assessment, rules).result2021).toBe('good');
  });

  it('counts the risk of a gap and asks nothing more of it', () => {
    const report = scoreGapAssessment(tiny, assess(allCompliantBut([['L3-PES1-01', 'partial', 'medium']])));
    expect(report.risks).toEqual({ high: 0, medium: 1, low: 0 });
    expect(report.findings).toEqual([]);
  });

  it('takes a partial or non-compliant item as a gap, never a compliant or unassessed one', () => {
    expect(ITEM_STATUSES.filter(isGapStatus)).toEqual(['partial', 'noncompliant']);
    expect([isGapStatus(undefined), isGapStatus(null)]).toEqual([false, false]);
  });

  it('says nothing is missing once every item is assessed', () => {
    expect(scoreGapAssessment(tiny, assess(allCompliantBut([]))).findings).toEqual([]);
  });

  it('can take the mean over the two layers instead of the ten families', () => {
    const rules = { ...mlpsScoringRules, pre2021: { ...mlpsScoringRules.pre2021, meanOver: 'layer' as const } };
    const report = scoreGapAssessment(
      tiny,
      assess(
        allCompliantBut([
          ['L3-PES1-01', 'noncompliant', 'medium'],
          ['L3-PSS1-01', 'partial', 'low'],
        ]),
      ),
      rules,
    );
    expect(report.layers.map((entry) => entry.score)).toEqual([75, 87.5]);
    expect(report.overall.score).toBe(81.25);
    expect(report.formulas.meanOver).toBe('layer');
  });

  it('names the formulas and catalog it used', () => {
    const report = scoreGapAssessment(tiny, assess([]));
    expect(report.formulas).toEqual({
      rulesId: 'mlps-scoring',
      rulesVersion: '2.0.0',
      score: 'mlps-score-pre2021',
      meanOver: 'family',
      result2021: 'mlps-result-2021-bands-on-pre2021',
      compliance2025: 'mlps-compliance-2025',
    });
    expect(report.catalog).toEqual({ id: 'tiny', version: '0.0.1' });
  });

  it('counts statuses and flags what is unfinished or inconsistent', () => {
    const report = scoreGapAssessment(
      tiny,
      assess(
        [
          ['L3-PES1-01', 'noncompliant'],
          ['L3-PES1-03', 'compliant', 'low'],
          ['L3-PSS1-01', 'partial', 'medium'],
        ],
        ['PSS1-01'],
      ),
    );
    expect(report.overall.counts).toEqual({ compliant: 1, partial: 0, noncompliant: 1, unassessed: 2, notApplicable: 4 });
    expect(report.complete).toBe(false);
    expect(report.provisional).toBe(true);
    expect(report.risks).toEqual({ high: 0, medium: 0, low: 0 });
    expect(report.findings).toEqual([
      { code: 'mlps.assessment.gapWithoutRisk', field: 'risk', params: { itemId: 'L3-PES1-01' } },
      { code: 'mlps.assessment.riskOnCompliant', field: 'risk', params: { itemId: 'L3-PES1-03' } },
      { code: 'mlps.assessment.incomplete', params: { unassessed: 2 } },
    ]);
  });
});

/** `size` level-3 items in one family, so a rate is simply the share of 符合. */
function flatCatalog(size: number): ControlCatalog {
  const ids = Array.from({ length: size }, (_, index) => `L3-PES1-${String(index + 1).padStart(3, '0')}`);
  return {
    ...tiny,
    controlPoints: [{ id: 'PES1-01', family: 'PES', set: 'general', nameZh: 'a', nameEn: 'a' }],
    items: ids.map((id) => ({ id, level: 3, family: 'PES', set: 'general', controlPoint: 'PES1-01', summary: 's' })),
  };
}

/** Every item 符合 but the first `failed`, which are 不符合 with the given risk. */
function failing(catalog: ControlCatalog, failed: number, risk: RiskRating): GapAssessment {
  return assess(catalog.items.map((item, index): Row => (index < failed ? [item.id, 'noncompliant', risk] : [item.id, 'compliant'])));
}

describe('the 2025 conclusion (docs/standards.md: 符合 > 90 % and no 重大风险隐患; 基本符合 60–90 %; 不符合 < 60 %)', () => {
  const open = { remediated: false };
  const fixed = { remediated: true };
  it.each<[string, number, number, RiskRating, Array<{ remediated: boolean }>, number, string]>([
    ['99.5 % with one high-risk item and no major hidden risk', 200, 1, 'high', [], 99.5, 'compliant'],
    ['75 % with high risks', 20, 5, 'high', [], 75, 'basically-compliant'],
    ['75 % with high risks and a major hidden risk', 20, 5, 'high', [open], 75, 'basically-compliant'],
    ['55 %', 20, 9, 'low', [], 55, 'noncompliant'],
    ['95 % with one major hidden risk not yet remediated', 20, 1, 'medium', [open], 95, 'basically-compliant'],
    ['95 % whose only major hidden risk was remediated', 20, 1, 'medium', [fixed], 95, 'compliant'],
    ['95 % with one remediated and one open major hidden risk', 20, 1, 'medium', [fixed, open], 95, 'basically-compliant'],
    ['exactly 90 % and no major hidden risk', 20, 2, 'low', [], 90, 'basically-compliant'],
    ['exactly 60 %', 20, 8, 'high', [], 60, 'basically-compliant'],
    ['just under 60 % with a major hidden risk', 200, 81, 'low', [open], 59.5, 'noncompliant'],
  ])('%s', (_, size, failed, risk, majorHiddenRisks, rate, conclusion) => {
    const catalog = flatCatalog(size);
    const report = scoreGapAssessment(catalog, failing(catalog, failed, risk), mlpsScoringRules, majorHiddenRisks);
    expect(report.compliance2025).toEqual({ ratePercent: rate, conclusion });
  });

  it('counts major hidden risks before remediation, with how many were fixed', () => {
    const catalog = flatCatalog(20);
    const report = scoreGapAssessment(catalog, failing(catalog, 1, 'high'), mlpsScoringRules, [
      { remediated: true },
      { remediated: false },
      { remediated: true },
    ]);
    expect(report.majorHiddenRisks).toEqual({ recorded: 3, remediated: 2 });
  });

  it('lets the data say a remediated major hidden risk still keeps a verdict from 符合', () => {
    const rules = { ...mlpsScoringRules, compliance2025: { ...mlpsScoringRules.compliance2025, remediatedMajorHiddenRisksBlock: true } };
    const catalog = flatCatalog(20);
    expect(scoreGapAssessment(catalog, failing(catalog, 1, 'low'), rules, [{ remediated: true }]).compliance2025?.conclusion).toBe(
      'basically-compliant',
    );
  });

  it('marks a verdict over an assessment that has not covered every item as provisional', () => {
    const catalog = flatCatalog(211);
    const partial = assess(
      catalog.items.slice(0, 12).map((item, index): Row => (index < 6 ? [item.id, 'noncompliant', 'high'] : [item.id, 'compliant'])),
    );
    const report = scoreGapAssessment(catalog, partial);
    expect([report.compliance2025?.conclusion, report.complete, report.provisional]).toEqual(['noncompliant', false, true]);
    const whole = scoreGapAssessment(catalog, failing(catalog, 3, 'high'));
    expect([whole.compliance2025?.conclusion, whole.complete, whole.provisional]).toEqual(['compliant', true, false]);
  });
});

describe('scoring against the shipped catalog', () => {
  it('scores a fully compliant level-3 cloud tenant over its 211 + 46 items as 100, 优, 符合', () => {
    const items = applicableItems(gbt22239Catalog, 3, ['cloud']);
    expect(items).toHaveLength(257);
    const report = scoreGapAssessment(gbt22239Catalog, {
      level: 3,
      extensions: ['cloud'],
      items: items.map((item) => ({ itemId: item.id, status: 'compliant' })),
    });
    expect(report.overall.counts.compliant).toBe(257);
    expect(report.families).toHaveLength(10);
    expect([report.overall.score, report.result2021, report.compliance2025]).toEqual([
      100,
      'excellent',
      { ratePercent: 100, conclusion: 'compliant' },
    ]);
    expect(report.complete).toBe(true);
  });
});

describe('checking an assessment before it is saved', () => {
  it.each<[string, GapAssessment, Array<{ code: string; field?: string }>]>([
    [
      'a clean assessment',
      { level: 3, items: [{ itemId: 'L3-CES1-01', status: 'compliant' }], controlPoints: [{ controlPointId: 'CES1-01', status: 'na' }] },
      [],
    ],
    [
      'an item of another level',
      {
        level: 3,
        items: [
          { itemId: 'L3-CES1-01', status: 'compliant' },
          { itemId: 'L4-CES1-01', status: 'compliant' },
        ],
      },
      [{ code: 'mlps.assessment.itemNotInScope', field: 'items[1].itemId' }],
    ],
    [
      'an item past the end of the family',
      { level: 3, items: [{ itemId: 'L3-CES1-35', status: 'partial' }] },
      [{ code: 'mlps.assessment.itemNotInScope', field: 'items[0].itemId' }],
    ],
    [
      'a cloud item without the cloud extension',
      { level: 3, items: [{ itemId: 'L3-CNS2-01', status: 'compliant' }] },
      [{ code: 'mlps.assessment.itemNotInScope', field: 'items[0].itemId' }],
    ],
    ['a cloud item with it', { level: 3, extensions: ['cloud'], items: [{ itemId: 'L3-CNS2-01', status: 'compliant' }] }, []],
    [
      'the same item twice',
      {
        level: 2,
        items: [
          { itemId: 'L2-PES1-01', status: 'compliant' },
          { itemId: 'L2-PES1-01', status: 'partial' },
        ],
      },
      [{ code: 'mlps.assessment.duplicateItem', field: 'items[1].itemId' }],
    ],
    [
      '不适用 on a control point the level lacks',
      { level: 1, controlPoints: [{ controlPointId: 'SMC1-01', status: 'na' }] },
      [{ code: 'mlps.assessment.controlPointNotInScope', field: 'controlPoints[0].controlPointId' }],
    ],
  ])('%s', (_, assessment, expected) => {
    expect(checkGapAssessment(gbt22239Catalog, assessment).map(({ code, field }) => ({ code, field }))).toEqual(expected);
  });

  it('refuses a level the catalog lacks', () => {
    expect(checkGapAssessment(tiny, { level: 2 })).toEqual([
      { code: 'mlps.assessment.levelNotInCatalog', field: 'level', params: { level: 2, catalog: 'tiny' } },
    ]);
  });
});
