import { describe, expect, it } from 'vitest';
import type { StoredAnswer } from '../../../shared/contract/assessment/schemas';
import type { Attachment } from '../../../shared/contract/files/schemas';
import { smallTemplate } from '../../../test/support/assessment';
import { assessmentContentHash, canonicalJson, sha256Hex } from './content-hash';

const answers: StoredAnswer[] = [
  { indicatorId: 'L1', value: true, note: '' },
  { indicatorId: 'L2', value: 3, note: '规划已批准' },
  { indicatorId: 'I2', value: ['a', 'b'], note: '' },
];
const file = (indicatorId: string, sha: string): Attachment => ({
  id: `x-${sha}`,
  name: 'f.pdf',
  size: 1,
  sha256: sha.repeat(64),
  owner: { domain: 'assessment', entityId: `a1/${indicatorId}` },
  addedAt: 'x',
  addedBy: 'y',
});
const hash = (list: StoredAnswer[], evidence: Attachment[] = [file('L2', 'a'), file('L2', 'b')], template = smallTemplate) =>
  assessmentContentHash({ year: 2024, revision: 1, answers: list }, template, evidence);

describe('canonicalJson', () => {
  it('sorts keys at every depth, keeps array order and drops undefined properties', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: undefined, x: '中' }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"x":"中","z":1}]},"b":1}',
    );
  });
});

describe('assessmentContentHash', () => {
  it('is the SHA-256 of the canonical content, whatever order answers and files are listed in', () => {
    expect(hash(answers)).toMatch(/^[0-9a-f]{64}$/);
    expect(hash([...answers].reverse(), [file('L2', 'b'), file('L2', 'a')])).toBe(hash(answers));
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it.each<[string, () => string]>([
    ['an answer value', () => hash(answers.map((a) => (a.indicatorId === 'L2' ? { ...a, value: 4 } : a)))],
    ['a note', () => hash(answers.map((a) => (a.indicatorId === 'L2' ? { ...a, note: '规划未批准' } : a)))],
    ['an evidence file', () => hash(answers, [file('L2', 'a')])],
    [
      "the template's weights",
      () => hash(answers, undefined, { ...smallTemplate, gradeThresholds: { ...smallTemplate.gradeThresholds, A: 90 } }),
    ],
  ])('changes when %s changes', (_name, changed) => {
    expect(changed()).not.toBe(hash(answers));
  });

  it('ignores a note-only answer (no value), which does not count as an answer', () => {
    expect(hash([...answers, { indicatorId: 'L3', value: null, note: '待补充' }])).toBe(hash(answers));
  });
});
