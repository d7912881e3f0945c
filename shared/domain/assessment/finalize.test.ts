import { describe, expect, it } from 'vitest';
import type { Answer } from '../../contract/assessment/schemas';
import { finalizeBlockers } from './finalize';
import { smallTemplate } from './small-template.fixture';

const complete: Answer[] = [
  { indicatorId: 'L1', value: true },
  { indicatorId: 'L2', value: 3 },
  { indicatorId: 'L3', value: 'full' },
  { indicatorId: 'I1', value: 90 },
  { indicatorId: 'I2', value: ['a'] },
];
const blockers = (answers: Answer[], evidence: string[]) =>
  finalizeBlockers(smallTemplate, answers, new Set(evidence)).map(({ code, field }) => `${field} ${code.split('.').pop()}`);

describe('finalizeBlockers', () => {
  it.each<[string, Answer[], string[], string[]]>([
    ['every answer and the required evidence: nothing blocks', complete, ['L2'], []],
    ['evidence on an indicator that does not require it does not count for L2', complete, ['L1'], ['L2 evidenceMissing']],
    ['an unanswered indicator blocks at its id', complete.filter((answer) => answer.indicatorId !== 'I1'), ['L2'], ['I1 unanswered']],
    [
      'an answer that does not fit its rule counts as unanswered',
      complete.map((answer) => (answer.indicatorId === 'L2' ? { ...answer, value: 7 } : answer)),
      ['L2'],
      ['L2 unanswered'],
    ],
    [
      'no answers at all: every indicator, in template order, and the missing evidence',
      [],
      [],
      ['L1 unanswered', 'L2 unanswered', 'L2 evidenceMissing', 'L3 unanswered', 'I1 unanswered', 'I2 unanswered'],
    ],
  ])('%s', (_name, answers, evidence, expected) => {
    expect(blockers(answers, evidence)).toEqual(expected);
  });
});
