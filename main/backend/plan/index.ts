import crypto from 'node:crypto';
import { localIsoDate } from '../dates';
import type Database from 'better-sqlite3';
import { DEFAULT_TEMPLATE } from '../../../shared/catalogs/assessment/default-template';
import { PLAN_POLICIES, findPolicy } from '../../../shared/catalogs/plan/policies';
import type { PlanCheck } from '../../../shared/contract/plan/methods';
import type { Plan, PlanPolicy, PlanRecord, PlanRuleResult } from '../../../shared/contract/plan/schemas';
import { checkPlan, daysBetween, dueDates, planFilingDueDate, planReadiness, saveBlockers, type PlanContext } from '../../../shared/domain/plan';
import { translate, type Locale } from '../../../shared/i18n';
import { latestFinalized } from '../assessment/repository';
import { templateOf } from '../assessment/service';
import type { DataSection, DomainHandlers } from '../context';
import { AppError, findingsError } from '../errors';
import { insertSnapshot, latestPlan, listPlans, planOfYear, readPlan, writePlan } from './repository';


/** The plan's own policy; a plan naming an unknown one is checked against the newest (and fails policyMatches). */
function policyOf(plan: Pick<Plan, 'policyId'>): PlanPolicy {
  return findPolicy(plan.policyId) ?? PLAN_POLICIES.at(-1)!;
}

interface CheckContext extends PlanContext {
  currentAssessmentId: string | null;
}

/** The current grade is the latest finalized assessment's; task links are checked against its template. */
function contextFor(db: Database.Database, plan: Plan, now: Date): CheckContext {
  const assessment = latestFinalized(db);
  const template = assessment ? templateOf(db, assessment) : DEFAULT_TEMPLATE;
  return {
    currentGrade: assessment?.finalization?.score.grade ?? null,
    currentAssessmentId: assessment?.id ?? null,
    today: localIsoDate(now),
    policy: policyOf(plan),
    indicatorIds: template.elements.flatMap((element) => element.indicators.map((indicator) => indicator.id)),
  };
}

function explain(results: readonly PlanRuleResult[], locale: Locale) {
  return results.map((result) => ({ ...result, message: translate(locale, result.code, result.params) }));
}

function requirePlan(db: Database.Database, id: string, field = 'id'): PlanRecord {
  const record = readPlan(db, id);
  if (!record) throw new AppError('plan.notFound', { id }, { field });
  return record;
}

/** What was filed: the plan without its execution figures, which change as work goes on. */
function filedContent(plan: Plan): string {
  return JSON.stringify({ ...plan, milestones: plan.milestones.map(({ status: _status, percentComplete: _percent, ...rest }) => rest) });
}

function check(db: Database.Database, record: PlanRecord, now: Date, locale: Locale): PlanCheck {
  const context = contextFor(db, record.plan, now);
  const results = checkPlan(record.plan, context);
  return {
    planId: record.plan.id,
    currentGrade: context.currentGrade,
    currentAssessmentId: context.currentAssessmentId,
    today: context.today,
    results: explain(results, locale),
    ready: planReadiness(results).ready,
    policy: {
      id: context.policy.id,
      nameZh: context.policy.nameZh,
      nameEn: context.policy.nameEn,
      deadline: context.policy.deadline,
      filingDue: planFilingDueDate(context.policy, record.plan.year),
    },
  };
}

export const planHandlers: DomainHandlers<'plan'> = {
  'plan.get': ({ year }, { db }) => (year === undefined ? latestPlan(db) : planOfYear(db, year)) ?? null,
  'plan.save': (plan, ctx) => {
    const { db } = ctx;
    const blockers = saveBlockers(checkPlan(plan, contextFor(db, plan, ctx.now())));
    if (blockers.length > 0) throw findingsError('plan.save.refused', blockers, ctx.locale);
    const sameYear = planOfYear(db, plan.year);
    if (sameYear && sameYear.plan.id !== plan.id) throw new AppError('plan.yearTaken', { year: plan.year }, { field: 'year' });
    const existing = readPlan(db, plan.id);
    const stillReady = existing?.status === 'ready' && filedContent(existing.plan) === filedContent(plan);
    db.transaction(() =>
      writePlan(db, {
        plan,
        status: stillReady ? 'ready' : 'draft',
        readyAt: stillReady ? existing.readyAt : null,
        readyBy: stillReady ? existing.readyBy : null,
        updatedAt: ctx.now().toISOString(),
      }),
    )();
    return requirePlan(db, plan.id);
  },
  'plan.check': ({ id }, { db, now, locale }) => {
    const record = id === undefined ? latestPlan(db) : requirePlan(db, id);
    if (!record) throw new AppError('plan.none', {}, { field: 'id' });
    return check(db, record, now(), locale);
  },
  'plan.markReady': ({ id }, ctx) => {
    const record = requirePlan(ctx.db, id);
    const results = checkPlan(record.plan, contextFor(ctx.db, record.plan, ctx.now()));
    const { ready, blocking } = planReadiness(results);
    if (!ready) throw findingsError('plan.notReady', blocking, ctx.locale);
    const at = ctx.now().toISOString();
    ctx.db.transaction(() => writePlan(ctx.db, { ...record, status: 'ready', readyAt: at, readyBy: ctx.actor, updatedAt: at }))();
    return requirePlan(ctx.db, id);
  },
  'plan.updateMilestone': ({ planId, milestoneId, status, percentComplete }, { db, now }) => {
    const record = requirePlan(db, planId, 'planId');
    if (!record.plan.milestones.some((milestone) => milestone.id === milestoneId)) {
      throw new AppError('plan.milestone.notFound', { id: milestoneId }, { field: 'milestoneId' });
    }
    // Done means done: a milestone marked done is complete whatever percentage was typed.
    const percent = status === 'done' ? 100 : percentComplete;
    const milestones = record.plan.milestones.map((milestone) => (milestone.id === milestoneId ? { ...milestone, status, percentComplete: percent } : milestone));
    db.transaction(() => writePlan(db, { ...record, plan: { ...record.plan, milestones }, updatedAt: now().toISOString() }))();
    return requirePlan(db, planId);
  },
  'plan.addSnapshot': ({ planId, date, text }, { db, now, actor }) => {
    const record = requirePlan(db, planId, 'planId');
    const snapshot = {
      id: crypto.randomUUID(),
      date,
      text,
      createdAt: now().toISOString(),
      createdBy: actor,
      milestones: record.plan.milestones.map((milestone) => ({ milestoneId: milestone.id, status: milestone.status, percentComplete: milestone.percentComplete })),
    };
    db.transaction(() => insertSnapshot(db, planId, snapshot))();
    return requirePlan(db, planId);
  },
  'plan.due': (_input, { db, now }) => {
    const record = latestPlan(db);
    const currentGrade = latestFinalized(db)?.finalization?.score.grade ?? null;
    if (!record) {
      return { planId: null, year: null, status: null, currentGrade, targetGrade: null, targetDate: null, filingDue: null, items: [], overdueCount: 0 };
    }
    const today = localIsoDate(now());
    const policy = policyOf(record.plan);
    // Until the plan is ready for filing, its filing due date is still ahead of the enterprise.
    const items = dueDates(record.plan, policy, today, record.status === 'ready').map((item) => ({ ...item, daysOverdue: item.overdue ? daysBetween(item.date, today) : 0 }));
    return {
      planId: record.plan.id,
      year: record.plan.year,
      status: record.status,
      currentGrade,
      targetGrade: record.plan.targetGrade,
      targetDate: record.plan.targetDate,
      filingDue: planFilingDueDate(policy, record.plan.year),
      items,
      overdueCount: items.filter((item) => item.overdue).length,
    };
  },
};

export const plansData: DataSection<'plans'> = {
  key: 'plans',
  exportData: (db) => listPlans(db),
  importData(db, records) {
    for (const record of records) {
      writePlan(db, record);
      for (const snapshot of record.snapshots) insertSnapshot(db, record.plan.id, snapshot);
    }
    return records.length;
  },
  clear: (db) => db.prepare('DELETE FROM plans').run(),
};
