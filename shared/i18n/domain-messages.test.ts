/** The assessment and plan message tables against the codes and params their rules really emit. */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../contract/core';
import { GRADES, type Template } from '../contract/assessment/schemas';
import { DEFAULT_TEMPLATE } from '../catalogs/assessment/default-template';
import { validateTemplate, parseTemplate } from '../domain/assessment/template';
import { validateAnswers } from '../domain/assessment/answers';
import { scoreAssessment } from '../domain/assessment/scoring';
import { format, placeholderNames } from './define';
import { assessmentMessages } from './assessment';
import { MILESTONE_STATUSES, type Plan } from '../contract/plan/schemas';
import { SASAC_2009_POLICY } from '../catalogs/plan/policies';
import { checkPlan, ruleMessageKey } from '../domain/plan/rules';
import { planMessages } from './plan';

const shared = fileURLToPath(new URL('..', import.meta.url));

/** Every 'assessment.x.y' string literal in a domain's non-test sources: the codes its rules can emit. */
function codesInSources(dir: string, prefix: string): string[] {
  const codes = new Set<string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts') && !name.includes('.test.') && !name.includes('.fixture.'))) {
    for (const match of readFileSync(join(dir, file), 'utf8').matchAll(new RegExp(`'(${prefix}\\.[\\w.]+)'`, 'g'))) codes.add(match[1]!);
  }
  return [...codes];
}

function placeholders(message: string): string[] {
  return placeholderNames(message);
}

function expectFilled(findings: readonly Finding[]) {
  for (const locale of ['zh-CN', 'en-US'] as const) {
    for (const finding of findings) {
      const template = (assessmentMessages[locale] as Record<string, string>)[finding.code];
      expect(template, `${locale} ${finding.code}`).toBeDefined();
      expect(format(template!, finding.params), `${locale} ${finding.code}`).not.toMatch(/\{\w+\}/);
    }
  }
}

describe('assessment messages', () => {
  it('have a message for every code the assessment rules emit', () => {
    const codes = codesInSources(join(shared, 'domain', 'assessment'), 'assessment');
    expect(codes.length).toBeGreaterThan(15);
    for (const code of codes) expect(assessmentMessages['zh-CN'], code).toHaveProperty([code]);
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, zh] of Object.entries(assessmentMessages['zh-CN'])) {
      expect(placeholders(assessmentMessages['en-US'][key as keyof (typeof assessmentMessages)['en-US']]), key).toEqual(placeholders(zh));
    }
  });

  it('label every grade and every element of the default template', () => {
    for (const grade of GRADES) expect(assessmentMessages['zh-CN']).toHaveProperty([`assessment.grade.${grade}`]);
    for (const element of DEFAULT_TEMPLATE.elements) {
      expect(assessmentMessages['zh-CN']).toHaveProperty([`assessment.element.${element.id}`], element.nameZh);
    }
  });

  it('fill every placeholder from the params the rules give', () => {
    const broken: Template = structuredClone(DEFAULT_TEMPLATE);
    broken.elements[0]!.weight = 1;
    broken.elements[1]!.indicators[0]!.weight = 1;
    broken.gradeThresholds = { A: 50, B: 60, C: 40, D: 30, E: 5 };
    broken.elements[2]!.indicators[1]!.id = 'A01';
    const numeric = broken.elements[2]!.indicators[0]!.rule;
    if (numeric.kind === 'numeric')
      numeric.bands = [
        { min: 5, max: 3, points: 0 },
        { min: 10, max: 60, points: 0 },
        { min: 50, max: 90, points: 0 },
      ];
    const multi = broken.elements[2]!.indicators[2]!.rule;
    if (multi.kind === 'multi') multi.cap = 99;
    const templateFindings = validateTemplate(broken);
    expect(new Set(templateFindings.map((finding) => finding.code)).size).toBeGreaterThanOrEqual(9);
    expectFilled(templateFindings);

    const parsed = parseTemplate({ ...DEFAULT_TEMPLATE, weightsSum: 'hundred' });
    expectFilled(parsed.ok ? [] : parsed.findings);

    expectFilled(
      validateAnswers(DEFAULT_TEMPLATE, [
        { indicatorId: 'L01', value: 9 },
        { indicatorId: 'L01', value: 1 },
        { indicatorId: 'L02', value: 'nobody' },
        { indicatorId: 'L03', value: ['staff', 'staff'] },
        { indicatorId: 'L04', value: 3 },
        { indicatorId: 'I01', value: 1.5 },
        { indicatorId: 'Q1', value: true },
      ]),
    );
    const score = scoreAssessment(DEFAULT_TEMPLATE, []);
    expectFilled([{ code: score.formula.code, params: score.formula.params }]);
  });
});

const brokenPlan: Plan = {
  id: 'p',
  year: 2009,
  targetGrade: 'D',
  targetDate: '2011-12-31',
  cycleId: 'sasac-2009',
  tasks: [
    { id: 't', title: '任务', description: '', measures: [], ownerDepartment: '', ownerPerson: '', indicatorIds: ['Z1'] },
    { id: 't', title: '任务二', description: '', measures: ['m'], ownerDepartment: '', ownerPerson: '', indicatorIds: [] },
  ],
  milestones: [{ id: 'm', title: '里程碑', dueDate: '2012-01-01', taskId: 'x', status: 'inProgress', percentComplete: 10 }],
  benchmarks: [],
};

const goodPlan: Plan = {
  ...brokenPlan,
  targetGrade: 'A',
  targetDate: '2010-12-31',
  tasks: [{ id: 't', title: '任务', description: '', measures: ['m'], ownerDepartment: '', ownerPerson: '', indicatorIds: ['A01'] }],
  milestones: [{ id: 'm', title: '里程碑', dueDate: '2010-01-01', taskId: 't', status: 'inProgress', percentComplete: 10 }],
  benchmarks: [{ id: 'b', peer: 'P', metric: 'M', ourValue: 1, theirValue: 2, unit: '%' }],
};

describe('plan messages', () => {
  it('have a message for every code the plan rules emit', () => {
    const codes = codesInSources(join(shared, 'domain', 'plan'), 'plan');
    expect(codes.length).toBeGreaterThan(10);
    // A rule is worded twice, once for a pass and once for a failure; other findings once.
    const keys = codes.flatMap((code) =>
      code.startsWith('plan.rule.') ? [ruleMessageKey({ code, ok: true }), ruleMessageKey({ code, ok: false })] : [code],
    );
    for (const key of keys) expect(planMessages['zh-CN'], key).toHaveProperty([key]);
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, zh] of Object.entries(planMessages['zh-CN'])) {
      expect(placeholders(planMessages['en-US'][key as keyof (typeof planMessages)['en-US']]), key).toEqual(placeholders(zh));
    }
  });

  it('label every milestone status', () => {
    for (const status of MILESTONE_STATUSES) expect(planMessages['zh-CN']).toHaveProperty([`plan.milestone.status.${status}`]);
  });

  it('fill every placeholder of every rule result, passed or failed, at every grade', () => {
    const results = [null, ...GRADES].flatMap((currentGrade) =>
      [SASAC_2009_POLICY, { ...SASAC_2009_POLICY, requiredIndicators: ['A01'] }].flatMap((policy) => [
        ...checkPlan(brokenPlan, { currentGrade, today: '2009-05-06', policy, indicatorIds: ['A01'] }),
        ...checkPlan(goodPlan, { currentGrade, today: '2009-05-06', policy, indicatorIds: ['A01'] }),
        ...checkPlan({ ...goodPlan, tasks: [], milestones: [] }, { currentGrade, today: '2009-05-06', policy }),
      ]),
    );
    // The backend adds the indicator's name from the template before wording a result.
    const named = results.map((result) =>
      result.params.indicator === undefined ? result : { ...result, params: { ...result.params, indicatorName: '信息化规划' } },
    );
    const ruleKeys = Object.keys(planMessages['zh-CN']).filter((key) => key.startsWith('plan.rule.'));
    expect(new Set(results.map((result) => ruleMessageKey(result)))).toEqual(new Set(ruleKeys));
    for (const locale of ['zh-CN', 'en-US'] as const) {
      for (const result of named) {
        const message = (planMessages[locale] as Record<string, string>)[ruleMessageKey(result)];
        expect(message, `${locale} ${ruleMessageKey(result)}`).toBeDefined();
        expect(format(message!, result.params), `${locale} ${ruleMessageKey(result)}`).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
