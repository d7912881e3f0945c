/**
 * SQL over the consolidation facts (migration 018): each enterprise's current filing, narrowed by a view's
 * filter, added up per grade pair or per value of a dimension, ranked. The filter's meaning lives here, once;
 * the figures made of the sums are the pure rules of shared/domain/filing/views.ts.
 */
import type Database from 'better-sqlite3';
import type { Breakdown, RankingKey, RankingRow, ViewFilter, ViewGrade } from '../../../shared/contract/filing/views';
import { rankingRow, type BreakdownSums, type FactsSums } from '../../../shared/domain/filing/views';

export interface FactsScope {
  /** null: each enterprise's newest current filing of any period. */
  period: string | null;
  filter: ViewFilter;
}

const LEVELS = [1, 2, 3, 4, 5] as const;

/** The current filings: flagged in the table per enterprise and period; across periods, each enterprise's newest. */
function currentSet(period: string | null, groupUscc: string | undefined): string {
  // With a group the statement names it, so the planner can take the group index (drill-down) over the period one.
  const group = groupUscc === undefined ? '' : ' AND group_uscc = @groupUscc';
  return period !== null
    ? `SELECT * FROM received_filing_facts WHERE period = @period AND is_current = 1${group}`
    : `SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY uscc ORDER BY created_at DESC, seq DESC) AS newest
         FROM received_filing_facts WHERE is_current = 1) WHERE newest = 1${group}`;
}

/** What each filter keeps, as SQL over a facts row (the group is in currentSet). */
const FILTER_CLAUSES: { [K in Exclude<keyof ViewFilter, 'groupUscc'>]-?: string } = {
  tier: 'role = @tier',
  province: 'substr(region_code, 1, 2) = @province',
  industry: 'industry = @industry',
  grade: "coalesce(grade, 'none') = @grade",
  level: `CASE @level ${LEVELS.map((level) => `WHEN ${level} THEN level${level}_objects`).join(' ')} END > 0`,
  overdue: 'coalesce(plan_overdue, 0) + coalesce(objects_not_filed, 0) > 0',
};

/** The scope's rows as a subquery, and the parameters it names. */
export function scoped(
  scope: FactsScope,
  options: { unfiltered?: boolean } = {},
): { sql: string; params: Record<string, string | number> } {
  const { filter } = scope;
  const params: Record<string, string | number> = {};
  if (scope.period !== null) params.period = scope.period;
  if (filter.groupUscc !== undefined) params.groupUscc = filter.groupUscc;
  const clauses: string[] = [];
  if (!options.unfiltered) {
    for (const key of Object.keys(FILTER_CLAUSES) as Array<keyof typeof FILTER_CLAUSES>) {
      const value = filter[key];
      if (value === undefined || value === false) continue;
      clauses.push(FILTER_CLAUSES[key]);
      if (typeof value !== 'boolean') params[key] = value;
    }
  }
  const base = currentSet(scope.period, filter.groupUscc);
  return { sql: clauses.length ? `SELECT * FROM (${base}) WHERE ${clauses.join(' AND ')}` : base, params };
}

const SUMS = `count(*), count(assessment_total), coalesce(sum(assessment_total), 0),
  count(plan_milestones), coalesce(sum(plan_milestones), 0), coalesce(sum(plan_done), 0), coalesce(sum(plan_overdue), 0), coalesce(sum(plan_percent), 0),
  count(installations), coalesce(sum(installations), 0), coalesce(sum(covered), 0), coalesce(sum(shortfall_units), 0),
  coalesce(sum(objects_total), 0), coalesce(sum(objects_ungraded), 0), coalesce(sum(objects_not_filed), 0),
  ${LEVELS.map((level) => `coalesce(sum(level${level}_objects), 0), coalesce(sum(level${level}_filed), 0), coalesce(sum(level${level}_not_filed), 0)`).join(', ')},
  coalesce(sum(coalesce(plan_overdue, 0) + coalesce(objects_not_filed, 0) > 0), 0)`;

function toSums(values: number[]): FactsSums {
  const [
    enterprises,
    assessed,
    totalSum,
    planEnterprises,
    milestones,
    done,
    overdue,
    percentSum,
    licenceEnterprises,
    installations,
    covered,
    shortfallUnits,
    objects,
    ungraded,
    notFiled,
  ] = values as [number, ...number[]];
  const levels = LEVELS.map((_, index) => ({
    objects: values[15 + index * 3]!,
    filed: values[16 + index * 3]!,
    notFiled: values[17 + index * 3]!,
  }));
  return {
    enterprises,
    assessed: assessed!,
    totalSum: totalSum!,
    planEnterprises: planEnterprises!,
    milestones: milestones!,
    done: done!,
    overdue: overdue!,
    percentSum: percentSum!,
    licenceEnterprises: licenceEnterprises!,
    installations: installations!,
    covered: covered!,
    shortfallUnits: shortfallUnits!,
    objects: objects!,
    ungraded: ungraded!,
    notFiled: notFiled!,
    levels,
    enterprisesOverdue: values[30]!,
  };
}

/** Sums per pair of assessed grade and plan target ('none' where not filed). */
export function sumsByGradePair(db: Database.Database, scope: FactsScope): Array<FactsSums & { grade: ViewGrade; target: ViewGrade }> {
  const { sql, params } = scoped(scope);
  const rows = db
    .prepare(`SELECT coalesce(grade, 'none'), coalesce(target_grade, 'none'), ${SUMS} FROM (${sql}) GROUP BY 1, 2`)
    .raw()
    .all(params) as Array<[ViewGrade, ViewGrade, ...number[]]>;
  return rows.map(([grade, target, ...values]) => ({ grade, target, ...toSums(values) }));
}

const DIMENSION: Record<Breakdown, string> = {
  group: 'group_uscc',
  tier: 'role',
  province: 'substr(region_code, 1, 2)',
  industry: 'industry',
};

/** What a breakdown row shows, summed: nine aggregates, not the totals' thirty-one. */
const BREAKDOWN_SUMS = `count(*), count(assessment_total), coalesce(sum(assessment_total), 0), count(plan_milestones), coalesce(sum(plan_percent), 0),
  coalesce(sum(installations), 0), coalesce(sum(covered), 0), coalesce(sum(plan_overdue), 0), coalesce(sum(objects_not_filed), 0)`;

/** Sums per value of a dimension; a group is labelled with its name. */
export function sumsBy(db: Database.Database, scope: FactsScope, by: Breakdown): Array<BreakdownSums & { key: string; label: string }> {
  const { sql, params } = scoped(scope);
  const label = by === 'group' ? 'max(group_name)' : "''";
  const rows = db.prepare(`SELECT ${DIMENSION[by]}, ${label}, ${BREAKDOWN_SUMS} FROM (${sql}) GROUP BY 1`).raw().all(params) as Array<
    [string, string, ...number[]]
  >;
  return rows.map(
    ([key, name, enterprises, assessed, totalSum, planEnterprises, percentSum, installations, covered, overdue, notFiled]) => ({
      key,
      label: name,
      enterprises: enterprises!,
      assessed: assessed!,
      totalSum: totalSum!,
      planEnterprises: planEnterprises!,
      percentSum: percentSum!,
      installations: installations!,
      covered: covered!,
      overdue: overdue!,
      notFiled: notFiled!,
    }),
  );
}

const RANK_EXPRESSION: Record<Exclude<RankingKey, 'name'>, string> = {
  assessmentTotal: 'assessment_total',
  planPercent: 'plan_percent',
  genuineRate: 'CAST(covered AS REAL) / nullif(installations, 0)',
  overdue: 'coalesce(plan_overdue, 0)',
  notFiled: 'coalesce(objects_not_filed, 0)',
};

/** A ranking row's columns, named as rankingRow takes them. */
const RANKING_COLUMNS = `filing_id AS filingId, uscc, enterprise_name AS name, role, group_uscc AS groupUscc, group_name AS groupName,
  region_code AS regionCode, industry, coalesce(grade, 'none') AS grade, coalesce(target_grade, 'none') AS targetGrade,
  assessment_total AS assessmentTotal, plan_percent AS planPercent, coalesce(plan_overdue, 0) AS overdue,
  coalesce(objects_not_filed, 0) AS notFiled, covered, installations`;

type RankingSource = Parameters<typeof rankingRow>[0];

// Names in the order Chinese readers expect (pinyin), which SQLite's own collations do not give. Made at the
// first ranking by name: loading ICU's Chinese collation costs every start several milliseconds otherwise.
let chineseCollator: Intl.Collator | undefined;
const chineseOrder = () => (chineseCollator ??= new Intl.Collator('zh-CN'));

/** A page of the scope's enterprises ranked by the key; those without the figure last, ties by USCC. */
export function rankedPage(
  db: Database.Database,
  scope: FactsScope,
  sort: { by: RankingKey; descending: boolean },
  page: { limit: number; offset: number },
): RankingRow[] {
  const { sql, params } = scoped(scope);
  if (sort.by === 'name') {
    const names = db.prepare(`SELECT filing_id, enterprise_name, uscc FROM (${sql})`).raw().all(params) as Array<[string, string, string]>;
    names.sort((a, b) => (sort.descending ? -1 : 1) * (chineseOrder().compare(a[1], b[1]) || (a[2] < b[2] ? -1 : 1)));
    const ids = names.slice(page.offset, page.offset + page.limit).map(([id]) => id);
    const byId = new Map(
      (
        db
          .prepare(`SELECT ${RANKING_COLUMNS} FROM received_filing_facts WHERE filing_id IN (${ids.map(() => '?').join(', ') || "''"})`)
          .all(...ids) as RankingSource[]
      ).map((row) => [row.filingId, row]),
    );
    return ids.map((id) => rankingRow(byId.get(id)!));
  }
  const expression = RANK_EXPRESSION[sort.by];
  const rows = db
    .prepare(
      `SELECT ${RANKING_COLUMNS} FROM (${sql}) ORDER BY (${expression}) IS NULL, ${expression} ${sort.descending ? 'DESC' : 'ASC'}, uscc LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: page.limit, offset: page.offset }) as RankingSource[];
  return rows.map((row) => rankingRow(row));
}

/**
 * Each filter's choices over the scope before its filters (within the group when drilled into one), with
 * counts: one pass, grouped by every dimension at once and rolled up here.
 */
export function filterChoices(db: Database.Database, scope: FactsScope) {
  const { sql, params } = scoped(scope, { unfiltered: true });
  const rows = db
    .prepare(`SELECT role, substr(region_code, 1, 2), industry, group_uscc, max(group_name), count(*) FROM (${sql}) GROUP BY 1, 2, 3, 4`)
    .raw()
    .all(params) as Array<[string, string, string, string, string, number]>;
  const tally = (column: 0 | 1 | 2 | 3) => {
    const counts = new Map<string, { key: string; label: string; count: number }>();
    for (const row of rows) {
      const held = counts.get(row[column]) ?? { key: row[column], label: column === 3 ? row[4] : '', count: 0 };
      held.count += row[5];
      counts.set(row[column], held);
    }
    return [...counts.values()].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
  };
  const unlabelled = (column: 0 | 1 | 2) => tally(column).map(({ key, count }) => ({ key, count }));
  return { tiers: unlabelled(0), provinces: unlabelled(1), industries: unlabelled(2), groups: tally(3) };
}
