import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE } from '../../../shared/catalogs/assessment/default-template';
import { evidenceOwner } from '../../../shared/contract/assessment/schemas';
import { attachEvidence, finalizedAssessment, gradeCAnswers, smallTemplate, useSmallTemplate } from '../../../test/support/assessment';
import { expectOk, tempBackend } from '../../../test/support/workspace';
import { assessmentContentHash } from './content-hash';

type TestBackend = ReturnType<typeof tempBackend>;

function expectError(result: {
  ok: boolean;
  error?: { code: string; details?: { field?: string; file?: string; issues?: { field?: string; message: string; code: string }[] } };
}) {
  expect(result.ok).toBe(false);
  return (result as { error: NonNullable<typeof result.error> }).error;
}

describe('assessment templates', () => {
  let backend: TestBackend;
  afterEach(() => backend.dispose());

  it('lists the built-in default template as locked, and returns it with its id and version', async () => {
    backend = tempBackend();
    const list = expectOk(await backend.call('assessment.templates.list', {}));
    expect(list).toEqual([expect.objectContaining({ id: 'denggao-default', version: '1.0.0', builtin: true, locked: true })]);
    expect(list[0]!.indicatorCount).toBeGreaterThanOrEqual(30);
    expect(expectOk(await backend.call('assessment.templates.get', { id: 'denggao-default' }))).toEqual(DEFAULT_TEMPLATE);
  });

  it('refuses an imported template whose weights do not sum as declared, naming the path, and stores nothing', async () => {
    backend = tempBackend();
    const file = path.join(backend.dataDir, 'bad.json');
    const bad = structuredClone(smallTemplate);
    bad.elements[1]!.indicators[0]!.weight = 70;
    bad.elements[0]!.weight = 50;
    fs.writeFileSync(file, JSON.stringify(bad));
    const error = expectError(await backend.call('assessment.templates.import', { path: file }));
    expect(error.code).toBe('assessment.template.refused');
    expect(error.details?.file).toBe(file);
    expect(error.details?.issues?.map((issue) => issue.field)).toEqual(['elements', 'elements[1].indicators']);
    expect(error.details?.issues?.[1]?.message).toBe('要素“infra”内各指标权重之和为 110，应等于模板声明的 100');
    expect(expectOk(await backend.call('assessment.templates.list', {}))).toHaveLength(1);
  });

  it('names the path of a field of the wrong type, and the file when it is not JSON', async () => {
    backend = tempBackend();
    const file = path.join(backend.dataDir, 'typo.json');
    fs.writeFileSync(file, JSON.stringify({ ...smallTemplate, gradeThresholds: { ...smallTemplate.gradeThresholds, B: '70' } }));
    expect(expectError(await backend.call('assessment.templates.import', { path: file })).details?.issues?.[0]?.field).toBe(
      'gradeThresholds.B',
    );
    fs.writeFileSync(file, '{ "id": ');
    const broken = expectError(await backend.call('assessment.templates.import', { path: file }));
    expect(broken).toMatchObject({ code: 'error.file.notJson', details: { file } });
  });

  it('imports, exports the same JSON, copies to an editable copy, and never changes a built-in template', async () => {
    backend = tempBackend();
    const file = path.join(backend.dataDir, 'small.json');
    fs.writeFileSync(file, JSON.stringify(smallTemplate));
    expect(expectOk(await backend.call('assessment.templates.import', { path: file }))).toMatchObject({
      id: 'small',
      builtin: false,
      locked: false,
    });
    const out = path.join(backend.dataDir, 'exports', 'small-out.json');
    expectOk(await backend.call('assessment.templates.export', { id: 'small', version: '1', path: out }));
    expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toEqual(smallTemplate);

    const copy = expectOk(await backend.call('assessment.templates.copy', { id: 'denggao-default', version: '1.0.0' }));
    expect(copy).toMatchObject({ id: 'denggao-default-copy', version: '1', builtin: false, locked: false });
    const edited = {
      ...expectOk(await backend.call('assessment.templates.get', { id: copy.id })),
      gradeThresholds: { A: 90, B: 75, C: 60, D: 45, E: 0 },
    };
    expectOk(await backend.call('assessment.templates.save', edited));
    expect(expectOk(await backend.call('assessment.templates.get', { id: copy.id })).gradeThresholds.A).toBe(90);

    const builtinEdit = expectError(await backend.call('assessment.templates.save', { ...DEFAULT_TEMPLATE, nameZh: '改名' }));
    expect(builtinEdit).toMatchObject({ code: 'assessment.template.builtinLocked', details: { field: 'version' } });
    expect(expectOk(await backend.call('assessment.templates.get', { id: 'denggao-default' })).nameZh).toBe(DEFAULT_TEMPLATE.nameZh);
  });
});

describe('assessments: answers, finalize, revise', () => {
  let backend: TestBackend;
  afterEach(() => backend.dispose());

  it('one assessment per year, on the default template unless another is chosen', async () => {
    backend = tempBackend();
    const created = expectOk(await backend.call('assessment.create', { year: 2007 }));
    expect(created.assessment).toMatchObject({
      year: 2007,
      revision: 1,
      status: 'draft',
      templateId: 'denggao-default',
      templateVersion: '1.0.0',
    });
    expect(created.score.completion).toEqual({ answered: 0, total: expect.any(Number) });
    expect(expectError(await backend.call('assessment.create', { year: 2007 }))).toMatchObject({
      code: 'assessment.yearExists',
      details: { field: 'year' },
    });
    expect(expectError(await backend.call('assessment.create', { year: 1999 })).details?.field).toBe('year');
  });

  it('scores saved answers, keeps notes, and refuses an out-of-range answer naming the indicator, saving nothing', async () => {
    backend = tempBackend();
    await useSmallTemplate(backend);
    const { assessment } = expectOk(await backend.call('assessment.create', { year: 2024, templateId: 'small' }));
    const saved = expectOk(
      await backend.call('assessment.saveAnswers', {
        id: assessment.id,
        answers: gradeCAnswers.map((a) => ({ ...a, note: a.indicatorId === 'L2' ? '规划已批准' : '' })),
      }),
    );
    expect(saved.score).toMatchObject({ total: 69.2, grade: 'C', complete: true });
    expect(saved.score.elements.map((element) => element.score)).toEqual([78, 56]);

    const refused = expectError(
      await backend.call('assessment.saveAnswers', {
        id: assessment.id,
        answers: [
          { indicatorId: 'L1', value: false },
          { indicatorId: 'L2', value: 7 },
          { indicatorId: 'I1', value: 120 },
        ],
      }),
    );
    expect(refused.code).toBe('assessment.answers.refused');
    expect(refused.details?.field).toBe('L2');
    expect(refused.details?.issues?.map((issue) => [issue.field, issue.message])).toEqual([
      ['L2', '答案 7 超出允许范围（0–5）'],
      ['I1', '答案 120 超出允许范围（0–100）'],
    ]);
    const after = expectOk(await backend.call('assessment.get', { id: assessment.id }));
    expect(after.assessment.answers.find((a) => a.indicatorId === 'L1')?.value).toBe(true);
    expect(after.assessment.answers.find((a) => a.indicatorId === 'L2')).toEqual({ indicatorId: 'L2', value: 3, note: '规划已批准' });

    // Clearing a value keeps the note; the indicator no longer counts as answered.
    const cleared = expectOk(
      await backend.call('assessment.saveAnswers', { id: assessment.id, answers: [{ indicatorId: 'L2', value: null }] }),
    );
    expect(cleared.assessment.answers.find((a) => a.indicatorId === 'L2')).toEqual({ indicatorId: 'L2', value: null, note: '规划已批准' });
    expect(cleared.score.completion).toEqual({ answered: 4, total: 5 });
  });

  it('finalizes only a complete assessment with its evidence and a named actor, recording who, when and the content hash', async () => {
    backend = tempBackend({ now: () => new Date('2024-03-01T02:00:00Z') });
    await useSmallTemplate(backend);
    const { assessment } = expectOk(await backend.call('assessment.create', { year: 2024, templateId: 'small' }));
    const id = assessment.id;
    expect(expectError(await backend.call('assessment.finalize', { id }))).toMatchObject({
      code: 'assessment.finalize.actorRequired',
      details: { field: 'actorName' },
    });

    expectOk(await backend.call('workspace.saveSettings', { actorName: '张三' }));
    expectOk(await backend.call('assessment.saveAnswers', { id, answers: gradeCAnswers.slice(0, 4).map((a) => ({ ...a })) }));
    const incomplete = expectError(await backend.call('assessment.finalize', { id }));
    expect(incomplete.code).toBe('assessment.finalize.refused');
    expect(incomplete.details?.issues?.map((issue) => `${issue.field} ${issue.code}`)).toEqual([
      'L2 assessment.finalize.evidenceMissing',
      'I2 assessment.finalize.unanswered',
    ]);

    expectOk(await backend.call('assessment.saveAnswers', { id, answers: [{ indicatorId: 'I2', value: ['a'] }] }));
    const evidence = await attachEvidence(backend, id);
    const finalized = expectOk(await backend.call('assessment.finalize', { id }));
    expect(finalized.assessment.status).toBe('finalized');
    expect(finalized.assessment.finalization).toMatchObject({
      at: '2024-03-01T02:00:00.000Z',
      by: '张三',
      score: { total: 69.2, grade: 'C' },
    });
    const expected = assessmentContentHash(finalized.assessment, smallTemplate, [evidence]);
    expect(finalized.assessment.finalization?.contentHash).toBe(expected);
    expect(finalized.evidence.map((file) => file.sha256)).toEqual([evidence.sha256]);
  });

  it('never edits a finalized assessment: answers, evidence, its template and a second finalize are all refused', async () => {
    backend = tempBackend();
    await useSmallTemplate(backend);
    const { assessment } = await finalizedAssessment(backend, 2024);
    const id = assessment.id;
    const before = expectOk(await backend.call('assessment.get', { id }));

    expect(expectError(await backend.call('assessment.saveAnswers', { id, answers: [{ indicatorId: 'L1', value: false }] })).code).toBe(
      'assessment.locked',
    );
    expect(expectError(await backend.call('assessment.finalize', { id })).code).toBe('assessment.locked');
    const lateFile = path.join(backend.dataDir, 'late.txt');
    fs.writeFileSync(lateFile, 'late');
    const attach = expectError(await backend.call('attachments.add', { path: lateFile, owner: evidenceOwner(id, 'L1') }));
    expect(attach.code).toBe('assessment.locked');
    expect(expectError(await backend.call('attachments.remove', { id: before.evidence[0]!.id })).code).toBe('assessment.locked');

    const templateEdit = expectError(
      await backend.call('assessment.templates.save', { ...smallTemplate, gradeThresholds: { A: 60, B: 50, C: 40, D: 30, E: 0 } }),
    );
    expect(templateEdit.code).toBe('assessment.template.locked');
    expect(expectOk(await backend.call('assessment.templates.list', {})).find((t) => t.id === 'small')?.locked).toBe(true);

    expect(expectOk(await backend.call('assessment.get', { id }))).toEqual(before);
  });

  it('revises a finalized assessment into a new draft revision that starts from its answers and evidence', async () => {
    backend = tempBackend();
    await useSmallTemplate(backend);
    const first = (await finalizedAssessment(backend, 2024)).assessment;
    const revision = expectOk(await backend.call('assessment.revise', { id: first.id }));
    expect(revision.assessment).toMatchObject({ year: 2024, revision: 2, status: 'draft', supersedes: first.id, answers: first.answers });
    expect(revision.evidence).toHaveLength(1);
    expect(expectError(await backend.call('assessment.revise', { id: first.id })).code).toBe('assessment.revise.notLatestFinalized');

    expectOk(await backend.call('assessment.saveAnswers', { id: revision.assessment.id, answers: [{ indicatorId: 'L3', value: 'full' }] }));
    const revised = expectOk(await backend.call('assessment.finalize', { id: revision.assessment.id }));
    expect(revised.score.total).toBe(75.2);
    const original = expectOk(await backend.call('assessment.get', { id: first.id }));
    expect(original.assessment).toMatchObject({ status: 'finalized', supersededBy: revised.assessment.id, answers: first.answers });
    expect(original.score.total).toBe(69.2);

    expect(expectOk(await backend.call('assessment.score', { year: 2024 }))).toMatchObject({ revision: 2, total: 75.2, grade: 'B' });
    expect(expectOk(await backend.call('assessment.list', {})).map((s) => [s.revision, s.status, s.supersededBy !== null])).toEqual([
      [2, 'finalized', false],
      [1, 'finalized', true],
    ]);
  });

  it('shows the trend by year and which indicators moved between two assessments', async () => {
    backend = tempBackend();
    await useSmallTemplate(backend);
    const baseline = (
      await finalizedAssessment(
        backend,
        2007,
        gradeCAnswers.map((a) => (a.indicatorId === 'I1' ? { ...a, value: 30 } : a)),
      )
    ).assessment;
    const now = (await finalizedAssessment(backend, 2024)).assessment;
    const trend = expectOk(await backend.call('assessment.trend', {}));
    expect(trend.map((point) => [point.year, point.total, point.grade])).toEqual([
      [2007, 54.8, 'D'],
      [2024, 69.2, 'C'],
    ]);
    const comparison = expectOk(await backend.call('assessment.compare', { beforeId: baseline.id, afterId: now.id }));
    expect(comparison.moved).toEqual([{ indicatorId: 'I1', elementId: 'infra', before: 0, after: 60, delta: 60, direction: 'up' }]);
    expect(comparison.grade).toEqual({ before: 'D', after: 'C' });
    expect(expectError(await backend.call('assessment.compare', { beforeId: 'nope', afterId: now.id })).details?.field).toBe('beforeId');
  });

  it('reports no assessment plainly', async () => {
    backend = tempBackend();
    expect(expectError(await backend.call('assessment.score', {})).code).toBe('assessment.none');
    expect(expectError(await backend.call('assessment.score', { year: 2020 })).code).toBe('assessment.noneForYear');
  });
});

describe('assessments in the data JSON', () => {
  let backend: TestBackend;
  let other: TestBackend;
  afterEach(() => {
    backend.dispose();
    other?.dispose();
  });

  it('round-trips templates in use, every revision and the finalization, and refuses a tampered finalized assessment', async () => {
    backend = tempBackend();
    await useSmallTemplate(backend);
    const first = (await finalizedAssessment(backend, 2024)).assessment;
    expectOk(await backend.call('assessment.revise', { id: first.id }));
    expectOk(await backend.call('assessment.create', { year: 2025 }));
    const data = expectOk(await backend.call('workspace.exportData', {}));
    expect(data.assessmentTemplates.map((t) => `${t.id}@${t.version}`)).toEqual(['denggao-default@1.0.0', 'small@1']);
    expect(data.assessments).toHaveLength(3);

    other = tempBackend();
    expect(expectOk(await other.call('workspace.importData', data)).imported).toMatchObject({ assessmentTemplates: 2, assessments: 3 });
    const again = expectOk(await other.call('workspace.exportData', {}));
    expect(again.assessments).toEqual(data.assessments);

    const tampered = structuredClone(data);
    tampered.assessments[0]!.answers[0]!.value = false;
    const refused = expectError(await other.call('workspace.importData', tampered));
    expect(refused).toMatchObject({ code: 'assessment.hashMismatch', details: { field: 'assessments[0].finalization.contentHash' } });
    expect(expectOk(await other.call('workspace.exportData', {})).assessments).toEqual(data.assessments);
  });
});
