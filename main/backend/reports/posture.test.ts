import { describe, expect, it } from 'vitest';
import { postureCharts } from '../../../shared/charts/posture';
import { translateCode } from '../../../shared/i18n';
import { enterpriseDocument, enterpriseSources } from '../../../test/fixtures/reports/enterprise';
import { expectOk, tempBackend } from '../../../test/support/workspace';
import { buildReport } from './build';
import { postureOf } from './posture';
import { computeViews } from './views';

const t = (key: string, params?: Record<string, string | number>) => translateCode('zh-CN', key, params);

describe('the posture at a glance', () => {
  const posture = postureOf(computeViews(enterpriseSources({ objects: 4 })));

  it('counts the plan milestones by status, the overdue one apart', () => {
    expect(posture.plan).toEqual({ milestones: { notStarted: 2, inProgress: 1, done: 1, cancelled: 0 }, overdue: 1 });
    expect(posture.grade.target).toBe('B');
  });

  it('counts protected objects per level, filed and not (object 4 is not filed)', () => {
    expect(posture.objects.find((row) => row.level === '3')).toEqual({ level: '3', filed: 3, unfiled: 1 });
    expect(posture.objects.filter((row) => row.level !== '3').every((row) => row.filed + row.unfiled === 0)).toBe(true);
  });

  it('counts all twelve points', () => {
    expect(Object.values(posture.readiness).reduce((sum, n) => sum + n, 0)).toBe(12);
  });

  it('has nothing to count in an empty workspace', () => {
    const empty = postureOf(computeViews(enterpriseSources({ without: ['assessment', 'plan', 'mlps', 'sam'] })));
    expect(empty.plan).toBeNull();
    expect(empty.sam).toBeNull();
    expect(empty.grade).toEqual({ current: null, target: null, targetDate: null });
    expect(empty.due).toEqual({ mlpsOverdue: 0, mlpsUpcoming: 0, planOverdue: 0 });
  });

  it('is what the backend answers, checked by the contract', async () => {
    const backend = tempBackend();
    try {
      expectOk(await backend.call('workspace.importData', enterpriseDocument({ objects: 4 })));
      const answered = expectOk(await backend.call('reports.posture', {}));
      expect(answered.objects.find((row) => row.level === '3')).toEqual({ level: '3', filed: 3, unfiled: 1 });
    } finally {
      backend.dispose();
    }
  });
});

describe('the posture charts', () => {
  const charts = postureCharts(postureOf(computeViews(enterpriseSources({ objects: 4 }))), t, 'zh-CN');

  it('are six, each linking to its page', () => {
    expect(charts.map((chart) => [chart.id, chart.page])).toEqual([
      ['grade', '/assessment'],
      ['plan', '/plan'],
      ['sam', '/sam-position'],
      ['objects', '/mlps'],
      ['due', '/mlps'],
      ['readiness', '/readiness'],
    ]);
  });

  it('say their figure in words', () => {
    expect(charts.find((chart) => chart.id === 'plan')?.figure).toBe('里程碑已完成 1/4 个，逾期 1 个');
    expect(charts.find((chart) => chart.id === 'objects')?.figure).toBe('共 4 个对象，已备案 3 个');
  });

  it('count whole things on every value axis but the grade ladder', () => {
    for (const chart of charts.filter((c) => c.id !== 'grade' && c.id !== 'sam')) {
      expect(chart.option.yAxis, chart.id).toMatchObject({ type: 'value', minInterval: 1 });
    }
    expect(charts[0]!.option.yAxis).toMatchObject({ min: 0, max: 5, interval: 1 });
  });
});

describe('the summary report', () => {
  it('prints the six posture charts with their figures', () => {
    const document = buildReport(enterpriseSources({ objects: 4 }), {
      kind: 'summary',
      locale: 'zh-CN',
      classification: 'internal',
      approvals: [],
    });
    const json = JSON.stringify(document.definition.content);
    const svgs = [...json.matchAll(/"svg":"(<svg.*?<\/svg>)/g)].map((match) => match[1]!);
    // Drawn from the same definitions as the page: their axis and legend words are in the SVG.
    for (const words of ['已有正版许可', '第三级', '登高计划里程碑', '进行中'])
      expect(
        svgs.some((svg) => svg.includes(words)),
        words,
      ).toBe(true);
    expect(json).toContain('里程碑已完成 1/4 个，逾期 1 个');
    expect(json).toContain('定级对象（按级别与备案状态）');
  });
});
