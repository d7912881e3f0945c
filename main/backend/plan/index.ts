import crypto from 'node:crypto';
import { localIsoDate } from '../dates';
import type Database from 'better-sqlite3';
import { DEFAULT_TEMPLATE } from '../../../shared/catalogs/assessment/default-template';
import type { Template } from '../../../shared/contract/assessment/schemas';
import type { PlanCheck } from '../../../shared/contract/plan/methods';
import type { Plan, PlanPolicy, PlanRecord, PlanRuleResult } from '../../../shared/contract/plan/schemas';
import {
  checkPlan,
  daysBetween,
  deadlineWarnings,
  dueDates,
  integrityFindings,
  planFilingDueDate,
  planReadiness,
  policyFindings,
  ruleMessageKey,
  type PlanContext,
} from '../../../shared/domain/plan';
import { type Locale, translateCode } from '../../../shared/i18n';
import { latestFinalized } from '../assessment/repository';
import { templateOf } from '../assessment/service';
import type { DataSection, DomainHandlers } from '../context';
import { AppError, findingsError } from '../errors';
import { effectivePolicy, insertPolicy, listEffectivePolicies, listLoadedPolicies, storedVersion } from './policies';
import { insertSnapshot, latestPlan, listPlans, planOfYear, readPlan, writePlan } from './repository';

/** The policy of the plan's cycle; a cycle no policy is known for is refused at the plan's cycle field. */
export function policyOf(db: Database.Database, plan: Pick<Plan, 'cycleId'>): PlanPolicy {
  const stored = effectivePolicy(db, plan.cycleId);
  if (!stored) throw new AppError('plan.cycleUnknown', { cycle: plan.cycleId }, { field: 'cycleId' });
  return stored.policy;
}

/** The template plans are checked against: the latest finalized assessment's, or the default one. */
function currentTemplate(db: Database.Database): Template {
  const assessment = latestFinalized(db);
  return assessment ? templateOf(db, assessment) : DEFAULT_TEMPLATE;
}

const indicatorsOf = (template: Template) => template.elements.flatMap((element) => element.indicators);

interface CheckContext extends PlanContext {
  currentAssessmentId: string | null;
}

/** The current grade is the latest finalized assessment's; task links are checked against its template. */
function contextFor(db: Database.Database, plan: Plan, now: Date): CheckContext {
  const assessment = latestFinalized(db);
  return {
    currentGrade: assessment?.finalization?.score.grade ?? null,
    currentAssessmentId: assessment?.id ?? null,
    today: localIsoDate(now),
    policy: policyOf(db, plan),
    indicatorIds: indicatorsOf(currentTemplate(db)).map((indicator) => indicator.id),
  };
}

/**
 * Each result as one sentence in the caller's language, passed and failed worded apart; indicators by their
 * name in the template (what the user typed when the template has no such indicator).
 */
export function explainRules(db: Database.Database, results: readonly PlanRuleResult[], locale: Locale) {
  const names = new Map(
    indicatorsOf(currentTemplate(db)).map((indicator) => [indicator.id, locale === 'en-US' ? indicator.nameEn : indicator.nameZh]),
  );
  return results.map((result) => {
    const indicator = result.params.indicator;
    const params =
      indicator === undefined ? result.params : { ...result.params, indicatorName: names.get(String(indicator)) ?? String(indicator) };
    return { ...result, message: translateCode(locale, ruleMessageKey(result), params) };
  });
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

/** The plan's missed deadlines as sentences: the cycle's filing deadline while the plan is not ready. */
export function planWarnings(record: PlanRecord, policy: PlanPolicy, today: string, locale: Locale) {
  return deadlineWarnings(policy, today, record.status === 'ready').map((finding) => ({
    code: finding.code,
    message: translateCode(locale, finding.code, finding.params),
  }));
}

function check(db: Database.Database, record: PlanRecord, now: Date, locale: Locale): PlanCheck {
  const context = contextFor(db, record.plan, now);
  const results = checkPlan(record.plan, context);
  const { policy } = context;
  return {
    planId: record.plan.id,
    currentGrade: context.currentGrade,
    currentAssessmentId: context.currentAssessmentId,
    today: context.today,
    results: explainRules(db, results, locale),
    ready: planReadiness(results).ready,
    policy: {
      id: policy.id,
      version: policy.version,
      nameZh: policy.nameZh,
      nameEn: policy.nameEn,
      verified: policy.verified,
      start: policy.cycle.start,
      end: policy.cycle.end,
      filingDue: planFilingDueDate(policy),
    },
    warnings: planWarnings(record, policy, context.today, locale),
  };
}

/** Refuses a policy that cannot judge plans; a version loaded before may be loaded again only unchanged. */
function checkPolicy(db: Database.Database, policy: PlanPolicy, locale: Locale): void {
  const findings = policyFindings(
    policy,
    indicatorsOf(currentTemplate(db)).map((indicator) => indicator.id),
  );
  if (findings.length > 0)
    throw findingsError(
      'plan.policy.refused',
      findings.map((finding) => ({ ...finding, field: `policy.${finding.field ?? ''}` })),
      locale,
    );
  const earlier = storedVersion(db, policy.id, policy.version);
  if (earlier && JSON.stringify(earlier) !== JSON.stringify(policy)) {
    throw new AppError('plan.policy.versionTaken', { cycle: policy.id, version: policy.version }, { field: 'policy.version' });
  }
}

export const planHandlers: DomainHandlers<'plan'> = {
  'plan.get': ({ year }, { db }) => (year === undefined ? latestPlan(db) : planOfYear(db, year)) ?? null,
  'plan.save': (plan, ctx) => {
    const { db } = ctx;
    policyOf(db, plan);
    const faults = integrityFindings(plan);
    if (faults.length > 0) throw findingsError('plan.save.refused', faults, ctx.locale);
    const sameYear = planOfYear(db, plan.year);
    if (sameYear && sameYear.plan.id !== plan.id) throw new AppError('plan.yearTaken', { year: plan.year }, { field: 'year' });
    const existing = readPlan(db, plan.id);
    const stillReady = existing?.status === 'ready' && filedContent(existing.plan) === filedContent(plan);
    writePlan(db, {
      plan,
      status: stillReady ? 'ready' : 'draft',
      readyAt: stillReady ? existing.readyAt : null,
      readyBy: stillReady ? existing.readyBy : null,
      updatedAt: ctx.now().toISOString(),
    });
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
    writePlan(ctx.db, { ...record, status: 'ready', readyAt: at, readyBy: ctx.actor, updatedAt: at });
    return requirePlan(ctx.db, id);
  },
  'plan.updateMilestone': ({ planId, milestoneId, status, percentComplete }, { db, now }) => {
    const record = requirePlan(db, planId, 'planId');
    if (!record.plan.milestones.some((milestone) => milestone.id === milestoneId)) {
      throw new AppError('plan.milestone.notFound', { id: milestoneId }, { field: 'milestoneId' });
    }
    // Done means done: a milestone marked done is complete whatever percentage was typed.
    const percent = status === 'done' ? 100 : percentComplete;
    const milestones = record.plan.milestones.map((milestone) =>
      milestone.id === milestoneId ? { ...milestone, status, percentComplete: percent } : milestone,
    );
    writePlan(db, { ...record, plan: { ...record.plan, milestones }, updatedAt: now().toISOString() });
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
      milestones: record.plan.milestones.map((milestone) => ({
        milestoneId: milestone.id,
        status: milestone.status,
        percentComplete: milestone.percentComplete,
      })),
    };
    insertSnapshot(db, planId, snapshot);
    return requirePlan(db, planId);
  },
  'plan.policies': (_input, { db }) => listEffectivePolicies(db),
  'plan.loadPolicy': ({ policy }, ctx) => {
    checkPolicy(ctx.db, policy, ctx.locale);
    insertPolicy(ctx.db, policy, ctx.now().toISOString());
    return effectivePolicy(ctx.db, policy.id)!;
  },
  'plan.due': (_input, { db, now, locale }) => {
    const record = latestPlan(db);
    const currentGrade = latestFinalized(db)?.finalization?.score.grade ?? null;
    if (!record) {
      return {
        planId: null,
        year: null,
        status: null,
        currentGrade,
        targetGrade: null,
        targetDate: null,
        filingDue: null,
        items: [],
        overdueCount: 0,
        cycleName: null,
        warnings: [],
      };
    }
    const today = localIsoDate(now());
    const policy = policyOf(db, record.plan);
    // Until the plan is ready for filing, its filing due date is still ahead of the enterprise.
    const items = dueDates(record.plan, policy, today, record.status === 'ready').map((item) => ({
      ...item,
      daysOverdue: item.overdue ? daysBetween(item.date, today) : 0,
    }));
    return {
      planId: record.plan.id,
      year: record.plan.year,
      status: record.status,
      currentGrade,
      targetGrade: record.plan.targetGrade,
      targetDate: record.plan.targetDate,
      filingDue: planFilingDueDate(policy),
      items,
      overdueCount: items.filter((item) => item.overdue).length,
      cycleName: locale === 'zh-CN' ? policy.nameZh : policy.nameEn,
      warnings: planWarnings(record, policy, today, locale).map((warning) => warning.message),
    };
  },
};

export const planPoliciesData: DataSection<'planPolicies'> = {
  key: 'planPolicies',
  exportData: (db) => listLoadedPolicies(db),
  importData(db, policies) {
    for (const { loadedAt, ...policy } of policies) insertPolicy(db, policy, loadedAt);
    return policies.length;
  },
  clear: (db) => db.prepare('DELETE FROM plan_policies').run(),
};

export const plansData: DataSection<'plans'> = {
  key: 'plans',
  exportData: (db) => listPlans(db),
  importData(db, records) {
    for (const record of records) {
      // A plan of a cycle neither built in nor in the document's policies could never be checked: refused.
      policyOf(db, record.plan);
      writePlan(db, record);
      for (const snapshot of record.snapshots) insertSnapshot(db, record.plan.id, snapshot);
    }
    return records.length;
  },
  clear: (db) => db.prepare('DELETE FROM plans').run(),
};
