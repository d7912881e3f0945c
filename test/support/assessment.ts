/** Builders for tests of the assessment and plan backends: the small template, answers, a finalized assessment. */
import fs from 'node:fs';
import path from 'node:path';
import type { Answer } from '../../shared/contract/assessment/schemas';
import { evidenceOwner } from '../../shared/contract/assessment/schemas';
import type { Plan } from '../../shared/contract/plan/schemas';
import { smallTemplate } from '../../shared/domain/assessment/small-template.fixture';
import type { Backend } from '../../main/backend';
import { expectOk } from './workspace';

export { smallTemplate };

/** Scores 78 (leadership) and 56 (infrastructure): total 69.2, grade C under the small template's thresholds. */
export const gradeCAnswers: Answer[] = [
  { indicatorId: 'L1', value: true },
  { indicatorId: 'L2', value: 3 },
  { indicatorId: 'L3', value: 'part' },
  { indicatorId: 'I1', value: 60 },
  { indicatorId: 'I2', value: ['a'] },
];

/** Without a committee but with a full-time IT head: leadership 38, infrastructure 56, total 45.2 — grade D. */
export const gradeDAnswers: Answer[] = [
  { indicatorId: 'L1', value: false },
  { indicatorId: 'L2', value: 3 },
  { indicatorId: 'L3', value: 'full' },
  { indicatorId: 'I1', value: 60 },
  { indicatorId: 'I2', value: ['a'] },
];

export async function useSmallTemplate(backend: Backend): Promise<void> {
  expectOk(await backend.call('assessment.templates.save', smallTemplate));
}

/** L2 requires evidence: a small file is attached to it before finalizing. */
export async function attachEvidence(
  backend: Backend & { dataDir: string },
  assessmentId: string,
  indicatorId = 'L2',
  content = '信息化规划（2024—2026）',
) {
  const file = path.join(backend.dataDir, `evidence-${indicatorId}.txt`);
  fs.writeFileSync(file, content);
  return expectOk(await backend.call('attachments.add', { path: file, owner: evidenceOwner(assessmentId, indicatorId) }));
}

/** A finalized assessment of the small template for a year, answered with `answers`, finalized by 张三. */
export async function finalizedAssessment(backend: Backend & { dataDir: string }, year: number, answers: Answer[] = gradeCAnswers) {
  expectOk(await backend.call('workspace.saveSettings', { actorName: '张三' }));
  const created = expectOk(await backend.call('assessment.create', { year, templateId: 'small', templateVersion: '1' }));
  const id = created.assessment.id;
  expectOk(await backend.call('assessment.saveAnswers', { id, answers: answers.map((answer) => ({ ...answer, note: '' })) }));
  await attachEvidence(backend, id);
  return expectOk(await backend.call('assessment.finalize', { id }));
}

/** A plan of the current cycle that passes every rule for an enterprise at grade C in 2024 (target B by the end of 2025). */
export function planForGradeC(change: Partial<Plan> = {}): Plan {
  return {
    id: 'plan-2024',
    year: 2024,
    targetGrade: 'B',
    targetDate: '2025-12-31',
    cycleId: 'current',
    tasks: [
      {
        id: 't1',
        title: '完善信息化规划',
        description: '修订三年规划并报董事会批准',
        measures: ['成立规划编制组', '对标行业先进企业'],
        ownerDepartment: '信息化管理部',
        ownerPerson: '李晓华',
        budget: 120,
        indicatorIds: ['L2'],
      },
    ],
    milestones: [
      { id: 'm1', title: '规划初稿', dueDate: '2024-06-30', taskId: 't1', status: 'inProgress', percentComplete: 50 },
      { id: 'm2', title: '规划获批', dueDate: '2025-06-30', taskId: 't1', status: 'notStarted', percentComplete: 0 },
    ],
    benchmarks: [],
    ...change,
  };
}

/** A plan written in 2026 by a grade-D enterprise for the current cycle: C by mid-2028, as the shipped cycle asks. */
export function planForGradeD2026(change: Partial<Plan> = {}): Plan {
  return planForGradeC({
    id: 'plan-2026',
    year: 2026,
    targetGrade: 'C',
    targetDate: '2028-06-30',
    milestones: [
      { id: 'm1', title: '规划获批', dueDate: '2027-03-31', taskId: 't1', status: 'notStarted', percentComplete: 0 },
      { id: 'm2', title: '达到 C 级', dueDate: '2028-06-30', status: 'notStarted', percentComplete: 0 },
    ],
    ...change,
  });
}
