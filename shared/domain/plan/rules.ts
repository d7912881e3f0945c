/**
 * The climbing plan's rules (2009 opinion, point 1, with the policy's data):
 * - current grade in the policy's low grades (E, D) → target at least the policy's minimum (C), by its deadline;
 * - any other grade below A (C, B) → at least the next grade up;
 * - A → an international benchmarking section with at least one benchmark;
 * and, whatever the grade: the target is never below the current grade, the plan has tasks with measures and a
 * timetable of milestones, and no milestone falls after the target date.
 *
 * Rules about the whole plan always give one result; rules about items give one result per item checked, so
 * the UI can tick or flag each. Integrity checks (duplicate ids) report failures only.
 */
import type { Grade } from '../../contract/assessment/schemas';
import type { Plan, PlanPolicy, PlanRuleResult } from '../../contract/plan/schemas';
import { isGradeAtLeast, nextGradeUp } from '../assessment/grades';

export interface PlanContext {
  /** From the latest finalized assessment; null when there is none yet. */
  currentGrade: Grade | null;
  /** ISO date (YYYY-MM-DD). */
  today: string;
  policy: PlanPolicy;
  /** The assessment template's indicator ids; when given, task links to other ids are flagged. */
  indicatorIds?: readonly string[];
}

export function checkPlan(plan: Plan, context: PlanContext): PlanRuleResult[] {
  return [
    result('plan.rule.policyMatches', plan.policyId === context.policy.id, 'policyId', { planPolicy: plan.policyId, policy: context.policy.id }),
    ...gradeRules(plan, context),
    ...contentRules(plan),
    ...milestoneRules(plan),
    ...indicatorLinkRules(plan, context.indicatorIds),
    ...duplicateIds(plan),
  ];
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

/**
 * Rules whose failure is bad input rather than an unfinished plan: a plan breaking one is refused outright
 * instead of being kept as a draft — a milestone after the target date, a target grade below the current one,
 * and the same id used twice.
 */
export const SAVE_BLOCKING_RULES: readonly string[] = ['plan.rule.milestoneAfterTarget', 'plan.rule.targetBelowCurrent', 'plan.rule.duplicateId'];

/** The failed results that stop a plan from being saved at all (empty when it may be saved as a draft). */
export function saveBlockers(results: readonly PlanRuleResult[]): PlanRuleResult[] {
  return results.filter((rule) => !rule.ok && SAVE_BLOCKING_RULES.includes(rule.code));
}

function gradeRules(plan: Plan, { currentGrade: current, policy }: PlanContext): PlanRuleResult[] {
  if (current === null) return [result('plan.rule.currentGradeKnown', false, undefined, {})];
  const target = plan.targetGrade;
  const results = [
    result('plan.rule.currentGradeKnown', true, undefined, { current }),
    result('plan.rule.targetBelowCurrent', isGradeAtLeast(target, current), 'targetGrade', { current, target }),
  ];
  const next = nextGradeUp(current);
  if (policy.lowGrades.includes(current)) {
    const minimum = policy.minimumTargetGrade;
    results.push(
      result('plan.rule.targetAtLeastMinimum', isGradeAtLeast(target, minimum), 'targetGrade', { current, target, minimum }),
      result('plan.rule.targetByDeadline', plan.targetDate <= policy.deadline, 'targetDate', { current, targetDate: plan.targetDate, deadline: policy.deadline }),
    );
  } else if (next !== undefined) {
    results.push(result('plan.rule.nextGradeUp', isGradeAtLeast(target, next), 'targetGrade', { current, target, next }));
  } else {
    results.push(result('plan.rule.benchmarkRequired', plan.benchmarks.length > 0, 'benchmarks', { current, count: plan.benchmarks.length }));
  }
  return results;
}

function contentRules(plan: Plan): PlanRuleResult[] {
  return [
    result('plan.rule.missingTasks', plan.tasks.length > 0, 'tasks', { count: plan.tasks.length }),
    ...plan.tasks.map((task, t) => result('plan.rule.missingMeasures', task.measures.length > 0, `tasks[${t}].measures`, { task: task.title })),
    result('plan.rule.missingMilestones', plan.milestones.length > 0, 'milestones', { count: plan.milestones.length }),
  ];
}

function milestoneRules(plan: Plan): PlanRuleResult[] {
  const taskIds = new Set(plan.tasks.map((task) => task.id));
  return plan.milestones.flatMap((milestone, m) => {
    const results = [
      result('plan.rule.milestoneAfterTarget', milestone.dueDate <= plan.targetDate, `milestones[${m}].dueDate`, {
        milestone: milestone.title,
        dueDate: milestone.dueDate,
        targetDate: plan.targetDate,
      }),
    ];
    if (milestone.taskId !== undefined) {
      results.push(result('plan.rule.milestoneUnknownTask', taskIds.has(milestone.taskId), `milestones[${m}].taskId`, { milestone: milestone.title, taskId: milestone.taskId }));
    }
    return results;
  });
}

function indicatorLinkRules(plan: Plan, indicatorIds: readonly string[] | undefined): PlanRuleResult[] {
  if (indicatorIds === undefined) return [];
  const known = new Set(indicatorIds);
  return plan.tasks.flatMap((task, t) =>
    task.indicatorIds.map((indicator, i) => result('plan.rule.taskUnknownIndicator', known.has(indicator), `tasks[${t}].indicatorIds[${i}]`, { task: task.title, indicator })),
  );
}

function duplicateIds(plan: Plan): PlanRuleResult[] {
  const lists = { tasks: plan.tasks, milestones: plan.milestones, benchmarks: plan.benchmarks };
  return Object.entries(lists).flatMap(([list, items]) => {
    const seen = new Set<string>();
    return items.flatMap((item, index) => {
      const repeated = seen.has(item.id);
      seen.add(item.id);
      return repeated ? [result('plan.rule.duplicateId', false, `${list}[${index}].id`, { id: item.id })] : [];
    });
  });
}

function result(code: string, ok: boolean, field: string | undefined, params: PlanRuleResult['params']): PlanRuleResult {
  return field === undefined ? { code, ok, params } : { code, ok, field, params };
}
