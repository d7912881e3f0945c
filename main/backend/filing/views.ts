/**
 * The receiver's consolidation views (shared/contract/filing/views.ts): each enterprise's current filing in
 * the facts table, added up and ranked in SQL (facts-queries.ts), the figures made by the pure rules of
 * shared/domain/filing/views.ts.
 */
import type Database from 'better-sqlite3';
import {
  viewQuerySchema,
  type ConsolidationView,
  type PeriodComparison,
  type ViewFilter,
  type ViewQuery,
} from '../../../shared/contract/filing/views';
import { breakdownRows, comparePeriodTotals, totalsOf } from '../../../shared/domain/filing/views';
import { hasTable } from '../db/tables';
import { AppError } from '../errors';
import { factsPeriods, staleFactsIds } from './facts';
import { filterChoices, rankedPage, sumsBy, sumsByGradePair, type FactsScope } from './facts-queries';
import { refreshFilingFacts, refreshStaleSummaries } from './repository';

/**
 * Summaries and facts written under older summary rules (or facts by migration 018) are rewritten, so a view
 * never mixes figures of two rule versions. It runs after the workspace opens, before its first call, in a
 * transaction of its own (main/backend/open-maintenance.ts): only a new build changes the rules, and a read
 * must not write while another call's write holds the connection's transaction.
 */
export function refreshStaleFacts(db: Database.Database): void {
  if (!hasTable(db, 'received_filing_facts')) return; // a workspace opened with fewer migrations (some tests)
  refreshStaleSummaries(db);
  for (const id of staleFactsIds(db)) refreshFilingFacts(db, id);
}

export function checkPeriod(db: Database.Database, period: string | undefined, field: string): void {
  if (period !== undefined && !factsPeriods(db).includes(period)) throw new AppError('filing.views.periodMissing', { period }, { field });
}

export function consolidationView(db: Database.Database, input: ViewQuery): ConsolidationView {
  const query = viewQuerySchema.parse(input);
  const scope: FactsScope = { period: query.period ?? null, filter: query.filter };
  const totals = totalsOf(sumsByGradePair(db, scope));
  return {
    period: scope.period,
    periods: factsPeriods(db),
    options: filterChoices(db, scope),
    totals,
    breakdown: { by: query.breakdown, rows: breakdownRows(sumsBy(db, scope, query.breakdown)) },
    ranking: { total: totals.enterprises, rows: rankedPage(db, scope, query.sort, query) },
  };
}

/** The same filter over two periods, side by side with the change of each figure. */
export function comparePeriods(db: Database.Database, input: { before: string; after: string; filter: ViewFilter }): PeriodComparison {
  checkPeriod(db, input.before, 'before');
  checkPeriod(db, input.after, 'after');
  const before = totalsOf(sumsByGradePair(db, { period: input.before, filter: input.filter }));
  const after = totalsOf(sumsByGradePair(db, { period: input.after, filter: input.filter }));
  return {
    before: { period: input.before, totals: before },
    after: { period: input.after, totals: after },
    changes: comparePeriodTotals(before, after),
  };
}
