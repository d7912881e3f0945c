import { describe, expect, it } from 'vitest';
import type { AssessmentRecord } from '../../contract/assessment/schemas';
import { currentFinalizedAssessment } from './current';
import { scoreAssessment } from './scoring';
import { smallTemplate } from './small-template.fixture';

type Draft = Pick<AssessmentRecord, 'id' | 'year' | 'revision'> & Partial<AssessmentRecord>;

function record({ id, year, revision, ...rest }: Draft): AssessmentRecord {
  return {
    id,
    year,
    revision,
    templateId: smallTemplate.id,
    templateVersion: smallTemplate.version,
    status: 'draft',
    supersedes: null,
    supersededBy: null,
    createdAt: `${year}-03-01T00:00:00Z`,
    updatedAt: `${year}-03-01T00:00:00Z`,
    finalization: null,
    answers: [],
    ...rest,
  };
}

function finalized(draft: Draft): AssessmentRecord {
  return record({
    ...draft,
    status: 'finalized',
    finalization: {
      at: `${draft.year}-04-01T00:00:00Z`,
      by: '张三',
      contentHash: '0'.repeat(64),
      score: scoreAssessment(smallTemplate, []),
    },
  });
}

const currentId = (records: AssessmentRecord[]) => currentFinalizedAssessment(records)?.id ?? null;

describe('currentFinalizedAssessment', () => {
  it('is none while no assessment is finalized', () => {
    expect(currentId([record({ id: 'd2024', year: 2024, revision: 1 })])).toBeNull();
  });

  it('is the latest year finalized, whatever order the records come in; a later draft does not count', () => {
    const records = [
      finalized({ id: 'f2023', year: 2023, revision: 1 }),
      finalized({ id: 'f2024', year: 2024, revision: 1 }),
      finalized({ id: 'f2022', year: 2022, revision: 1 }),
      record({ id: 'd2025', year: 2025, revision: 1 }),
    ];
    expect(currentId(records)).toBe('f2024');
    expect(currentId([...records].reverse())).toBe('f2024');
  });

  it('is a finalized revision over the one it supersedes', () => {
    const first = finalized({ id: 'r1', year: 2024, revision: 1 });
    const second = finalized({ id: 'r2', year: 2024, revision: 2, supersedes: 'r1' });
    expect(currentId([second, first])).toBe('r2');
    expect(currentId([first, second])).toBe('r2');
  });

  it('stays on the finalized revision while its replacement is a draft', () => {
    const first = finalized({ id: 'r1', year: 2024, revision: 1 });
    expect(currentId([first, record({ id: 'r2', year: 2024, revision: 2, supersedes: 'r1' })])).toBe('r1');
  });

  it('never takes a record marked finalized but without its finalization (the score it would show)', () => {
    const broken = record({ id: 'f2025', year: 2025, revision: 1, status: 'finalized' });
    expect(currentId([finalized({ id: 'f2024', year: 2024, revision: 1 }), broken])).toBe('f2024');
  });

  it('never takes a superseded assessment, even one that sorts first', () => {
    // A revision names what it replaces; whatever the years say, the replaced one no longer stands.
    const replaced = finalized({ id: 'f2025', year: 2025, revision: 1 });
    const replacement = finalized({ id: 'f2024', year: 2024, revision: 2, supersedes: 'f2025' });
    expect(currentId([replaced, replacement])).toBe('f2024');
  });
});
