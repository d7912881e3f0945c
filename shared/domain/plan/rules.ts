/**
 * The climbing plan's rules (2009 opinion, point 1), judged by the policy of the plan's own cycle:
 * - the cycle's target rule for the current grade: at least its minimum grade (or the next grade up), by its
 *   date when it sets one;
 * - A → an international benchmarking section with at least one benchmark (the opinion's "全面对标");
 * and, whatever the grade: the target is never below the current grade, the plan has tasks with measures and a
 * timetable of milestones, no milestone falls after the target date, and the tasks address the indicators
 * the cycle requires.
 *
 * Every rule result is a finding the plan may still be saved with, as a draft; only integrity faults
 * (`integrityFindings`: the same id twice) refuse a save. Rules about the whole plan always give one result;
 * rules about items give one result per item checked, so the UI can tick or flag each.
 */
import type { Finding } from '../../contract/core';
import type { Grade } from '../../contract/assessment/schemas';
import type { Plan, PlanPolicy, PlanRuleResult, TargetRule } from '../../contract/plan/schemas';
import { isGradeAtLeast, nextGradeUp } from '../assessment/grades';

export interface PlanContext {
  /** From the latest finalized assessment; null when there is none yet. */
  currentGrade: Grade | null;
  /** ISO date (YYYY-MM-DD). */
  today: string;
  /** The policy of the plan's cycle. */
  policy: PlanPolicy;
  /** The assessment template's indicator ids; when given, task links to other ids are flagged. */
  indicatorIds?: readonly string[];
}

export function checkPlan(plan: Plan, context: PlanContext): PlanRuleResult[] {
  return [
    ...gradeRules(plan, context),
    ...contentRules(plan),
    ...milestoneRules(plan),
    ...indicatorLinkRules(plan, context.indicatorIds),
    ...requiredIndicatorRules(plan, context.policy),
  ];
}

/** The message key of a result: each rule words its pass and its failure separately. */
export function ruleMessageKey(result: Pick<PlanRuleResult, 'code' | 'ok'>): string {
  return `${result.code}.${result.ok ? 'ok' : 'failed'}`;
}

export interface PlanReadiness {
  /** May be marked ready for filing: no rule failed. */
  ready: boolean;
  /** The failed rules, which are the reasons it may not. */
  blocking: PlanRuleResult[];
}

export function planReadiness(results: readonly PlanRuleResult[]): PlanReadiness {
  const blocking = results.filter((rule) => !rule.ok);
  return { ready: blocking.length === 0, blocking };
}

/** The target rule of the cycle that covers this grade, if any. */
export function targetRuleFor(policy: PlanPolicy, grade: Grade): TargetRule | undefined {
  return policy.targetRules.find((rule) => rule.fromGrades.includes(grade));
}

function gradeRules(plan: Plan, { currentGrade: current, policy }: PlanContext): PlanRuleResult[] {
  if (current === null) return [result('plan.rule.currentGradeKnown', false, undefined, {})];
  const target = plan.targetGrade;
  const results = [
    result('plan.rule.currentGradeKnown', true, undefined, { current }),
    result('plan.rule.targetBelowCurrent', isGradeAtLeast(target, current), 'targetGrade', { current, target }),
  ];
  if (current === 'A') {
    results.push(
      result('plan.rule.benchmarkRequired', plan.benchmarks.length > 0, 'benchmarks', { current, count: plan.benchmarks.length }),
    );
  }
  const rule = targetRuleFor(policy, current);
  if (rule === undefined) return results;
  const minimum = rule.minimumTarget === 'nextGradeUp' ? nextGradeUp(current) : rule.minimumTarget;
  if (minimum !== undefined) {
    results.push(result('plan.rule.targetAtLeastMinimum', isGradeAtLeast(target, minimum), 'targetGrade', { current, target, minimum }));
  }
  if (rule.by !== undefined) {
    results.push(
      result('plan.rule.targetByDeadline', plan.targetDate <= rule.by, 'targetDate', {
        current,
        targetDate: plan.targetDate,
        deadline: rule.by,
      }),
    );
  }
  return results;
}

function contentRules(plan: Plan): PlanRuleResult[] {
  return [
    result('plan.rule.missingTasks', plan.tasks.length > 0, 'tasks', { count: plan.tasks.length }),
    ...plan.tasks.map((task, t) =>
      result('plan.rule.missingMeasures', task.measures.length > 0, `tasks[${t}].measures`, { task: task.title }),
    ),
    result('plan.rule.missingMilestones', plan.milestones.length > 0, 'milestones', { count: plan.milestones.length }),
  ];
}

function milestoneRules(plan: Plan): PlanRuleResult[] {
  const tasks = new Map(plan.tasks.map((task) => [task.id, task.title]));
  return plan.milestones.flatMap((milestone, m) => {
    const results = [
      result('plan.rule.milestoneAfterTarget', milestone.dueDate <= plan.targetDate, `milestones[${m}].dueDate`, {
        milestone: milestone.title,
        dueDate: milestone.dueDate,
        targetDate: plan.targetDate,
      }),
    ];
    if (milestone.taskId !== undefined) {
      const task = tasks.get(milestone.taskId);
      results.push(
        result('plan.rule.milestoneUnknownTask', task !== undefined, `milestones[${m}].taskId`, {
          milestone: milestone.title,
          task: task ?? '',
        }),
      );
    }
    return results;
  });
}

function indicatorLinkRules(plan: Plan, indicatorIds: readonly string[] | undefined): PlanRuleResult[] {
  if (indicatorIds === undefined) return [];
  const known = new Set(indicatorIds);
  return plan.tasks.flatMap((task, t) =>
    task.indicatorIds.map((indicator, i) =>
      result('plan.rule.taskUnknownIndicator', known.has(indicator), `tasks[${t}].indicatorIds[${i}]`, { task: task.title, indicator }),
    ),
  );
}

function requiredIndicatorRules(plan: Plan, policy: PlanPolicy): PlanRuleResult[] {
  return policy.requiredIndicators.map((indicator) =>
    result(
      'plan.rule.requiredIndicator',
      plan.tasks.some((task) => task.indicatorIds.includes(indicator)),
      'tasks',
      { indicator },
    ),
  );
}

/** Faults no draft may keep: the same id twice in a list would make milestones and links ambiguous. */
export function integrityFindings(plan: Plan): Finding[] {
  const lists = { tasks: plan.tasks, milestones: plan.milestones, benchmarks: plan.benchmarks };
  return Object.entries(lists).flatMap(([list, items]) => {
    const seen = new Set<string>();
    return items.flatMap((item, index) => {
      const repeated = seen.has(item.id);
      seen.add(item.id);
      return repeated ? [{ code: 'plan.duplicateId', field: `${list}[${index}].id`, params: { id: item.id } }] : [];
    });
  });
}

function result(code: string, ok: boolean, field: string | undefined, params: PlanRuleResult['params']): PlanRuleResult {
  return field === undefined ? { code, ok, params } : { code, ok, field, params };
}
