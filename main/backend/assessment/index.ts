import crypto from 'node:crypto';
import type { AssessmentRecord, StoredAnswer, Template } from '../../../shared/contract/assessment/schemas';
import type { Finding } from '../../../shared/contract/core';
import { DEFAULT_TEMPLATE } from '../../../shared/catalogs/assessment/default-template';
import {
  compareAssessments,
  finalizeBlockers,
  indicatorsById,
  indicatorsWithEvidence,
  parseTemplate,
  validateAnswers,
  validateTemplate,
} from '../../../shared/domain/assessment';
import { DEFAULT_LOCALE } from '../../../shared/i18n';
import type { DataSection, DomainHandlers, HandlerContext } from '../context';
import { AppError, findingsError } from '../errors';
import { copyAttachments } from '../files';
import { readJsonInput, writeJsonOutput } from '../files/json';
import { assessmentContentHash } from './content-hash';
import {
  currentOfYear,
  finalizeAssessment,
  insertDraft,
  latestYear,
  listAssessments,
  nextRevision,
  readAssessment,
  touchAssessment,
  upsertAnswers,
} from './repository';
import { detailOf, evidenceOf, givenAnswers, requireAssessment, requireDraft, scoreOf, summaryOf, templateOf } from './service';
import { allTemplates, findBuiltin, freeCopyId, requireTemplate, storeTemplate, storedTemplates, summarize } from './templates';

function checkedTemplate(template: Template, ctx: HandlerContext, file?: string): Template {
  const findings = validateTemplate(template);
  if (findings.length > 0) throw findingsError('assessment.template.refused', findings, ctx.locale, {}, file ? { file } : {});
  return template;
}

/** One refused answer refuses them all; every finding names its indicator. */
function checkAnswers(template: Template, answers: readonly StoredAnswer[], ctx: HandlerContext): void {
  const known = indicatorsById(template);
  const findings: Finding[] = [
    ...validateAnswers(template, givenAnswers({ answers })),
    ...answers
      .filter((answer) => answer.value === null && !known.has(answer.indicatorId))
      .map((answer) => ({
        code: 'assessment.answer.unknownIndicator',
        field: answer.indicatorId,
        params: { indicator: answer.indicatorId },
      })),
  ];
  if (findings.length > 0) throw findingsError('assessment.answers.refused', findings, ctx.locale);
}

function resolveAssessment(ctx: HandlerContext, input: { id?: string | undefined; year?: number | undefined }): AssessmentRecord {
  if (input.id !== undefined) return requireAssessment(ctx.db, input.id);
  const year = input.year ?? latestYear(ctx.db);
  const record = year === undefined ? undefined : currentOfYear(ctx.db, year);
  if (!record)
    throw new AppError(
      input.year === undefined ? 'assessment.none' : 'assessment.noneForYear',
      { year: input.year ?? '' },
      { field: 'year' },
    );
  return record;
}

export const assessmentHandlers: DomainHandlers<'assessment'> = {
  'assessment.templates.list': (_input, { db }) => allTemplates(db).map((template) => summarize(db, template)),
  'assessment.templates.get': ({ id, version }, { db }) => requireTemplate(db, id, version, 'id'),
  'assessment.templates.import': ({ path }, ctx) => {
    const parsed = parseTemplate(readJsonInput(path));
    if (!parsed.ok) throw findingsError('assessment.template.refused', parsed.findings, ctx.locale, {}, { file: path });
    storeTemplate(ctx.db, parsed.template, ctx.now());
    return summarize(ctx.db, parsed.template);
  },
  'assessment.templates.export': ({ id, version, path }, { db }) => {
    writeJsonOutput(path, requireTemplate(db, id, version, 'id'));
    return { path };
  },
  'assessment.templates.copy': ({ id, version, newId, nameZh, nameEn }, ctx) => {
    const source = requireTemplate(ctx.db, id, version, 'id');
    const copy: Template = {
      ...structuredClone(source),
      id: newId ?? freeCopyId(ctx.db, id),
      version: '1',
      nameZh: nameZh ?? `${source.nameZh}（副本）`,
      nameEn: nameEn ?? `${source.nameEn} (copy)`,
    };
    if (allTemplates(ctx.db).some((template) => template.id === copy.id))
      throw new AppError('assessment.template.idTaken', { id: copy.id }, { field: 'newId' });
    storeTemplate(ctx.db, copy, ctx.now());
    return summarize(ctx.db, copy);
  },
  'assessment.templates.save': (template, ctx) => {
    storeTemplate(ctx.db, checkedTemplate(template, ctx), ctx.now());
    return summarize(ctx.db, template);
  },

  'assessment.list': (_input, { db }) =>
    listAssessments(db)
      .map((record) => summaryOf(db, record))
      .sort((a, b) => b.year - a.year || b.revision - a.revision),
  'assessment.create': ({ year, templateId, templateVersion }, { db, now }) => {
    const template = requireTemplate(
      db,
      templateId ?? DEFAULT_TEMPLATE.id,
      templateId === undefined ? DEFAULT_TEMPLATE.version : templateVersion,
    );
    if (currentOfYear(db, year)) throw new AppError('assessment.yearExists', { year }, { field: 'year' });
    const at = now().toISOString();
    const id = crypto.randomUUID();
    insertDraft(db, {
      id,
      year,
      revision: 1,
      templateId: template.id,
      templateVersion: template.version,
      supersedes: null,
      createdAt: at,
      updatedAt: at,
      answers: [],
    });
    return detailOf(db, requireAssessment(db, id));
  },
  'assessment.get': ({ id }, { db }) => detailOf(db, requireAssessment(db, id)),
  'assessment.saveAnswers': ({ id, answers }, ctx) => {
    const record = requireAssessment(ctx.db, id);
    requireDraft(record);
    const previous = new Map(record.answers.map((answer) => [answer.indicatorId, answer]));
    // A note left out keeps the note already stored.
    const stored = answers.map((answer) => ({
      indicatorId: answer.indicatorId,
      value: answer.value,
      note: answer.note ?? previous.get(answer.indicatorId)?.note ?? '',
    }));
    checkAnswers(templateOf(ctx.db, record), stored, ctx);
    upsertAnswers(ctx.db, id, stored);
    touchAssessment(ctx.db, id, ctx.now());
    return detailOf(ctx.db, requireAssessment(ctx.db, id));
  },
  'assessment.score': (input, ctx) => {
    const record = resolveAssessment(ctx, input);
    const score = scoreOf(record, templateOf(ctx.db, record));
    return { ...score, assessmentId: record.id, year: record.year, revision: record.revision, status: record.status };
  },
  'assessment.finalize': ({ id }, ctx) => {
    const { db } = ctx;
    const record = requireAssessment(db, id);
    requireDraft(record);
    if (ctx.actor.trim() === '') throw new AppError('assessment.finalize.actorRequired', {}, { field: 'actorName' });
    const template = templateOf(db, record);
    const evidence = evidenceOf(db, id);
    const blockers = finalizeBlockers(template, givenAnswers(record), indicatorsWithEvidence(evidence));
    if (blockers.length > 0) throw findingsError('assessment.finalize.refused', blockers, ctx.locale);
    const finalization = {
      at: ctx.now().toISOString(),
      by: ctx.actor,
      contentHash: assessmentContentHash(record, template, evidence),
      score: scoreOf(record, template),
    };
    finalizeAssessment(db, id, finalization);
    return detailOf(db, requireAssessment(db, id));
  },
  'assessment.revise': ({ id }, { db, now }) => {
    const source = requireAssessment(db, id);
    if (source.status !== 'finalized' || source.supersededBy !== null) {
      throw new AppError('assessment.revise.notLatestFinalized', { year: source.year, revision: source.revision }, { field: 'id' });
    }
    const at = now().toISOString();
    const revisionId = crypto.randomUUID();
    insertDraft(db, {
      ...source,
      id: revisionId,
      revision: nextRevision(db, source.year),
      supersedes: source.id,
      createdAt: at,
      updatedAt: at,
    });
    copyAttachments(db, evidenceOf(db, source.id), (attachment) => ({
      ...attachment.owner,
      entityId: `${revisionId}${attachment.owner.entityId.slice(source.id.length)}`,
    }));
    return detailOf(db, requireAssessment(db, revisionId));
  },
  'assessment.trend': (_input, { db }) => {
    const current = new Map<number, AssessmentRecord>();
    for (const record of listAssessments(db)) current.set(record.year, record); // ordered by revision: the last one wins
    return [...current.values()].map((record) => {
      const score = scoreOf(record, templateOf(db, record));
      return {
        year: record.year,
        assessmentId: record.id,
        revision: record.revision,
        status: record.status,
        total: score.total,
        grade: score.grade,
        elements: score.elements.map(({ elementId, score: value }) => ({ elementId, score: value })),
      };
    });
  },
  'assessment.compare': ({ beforeId, afterId }, { db }) => {
    const scoreById = (id: string, field: string) => {
      const record = readAssessment(db, id);
      if (!record) throw new AppError('assessment.notFound', { id }, { field });
      return scoreOf(record, templateOf(db, record));
    };
    return { ...compareAssessments(scoreById(beforeId, 'beforeId'), scoreById(afterId, 'afterId')), beforeId, afterId };
  },
};

/**
 * Templates in use travel with the data: every stored template, and the built-in ones an assessment uses (so
 * a receiver on another version of Denggao still has them). A built-in template comes back only if it is the
 * same as the one this version ships.
 */
export const assessmentTemplatesData: DataSection<'assessmentTemplates'> = {
  key: 'assessmentTemplates',
  exportData(db) {
    const used = new Set(listAssessments(db).map((record) => `${record.templateId}\u0000${record.templateVersion}`));
    const builtins = [...used].flatMap((key) => {
      const [id, version] = key.split('\u0000') as [string, string];
      return findBuiltin(id, version) ?? [];
    });
    return [...builtins, ...storedTemplates(db)];
  },
  importData(db, templates) {
    templates.forEach((template, index) => {
      const findings = validateTemplate(template).map((finding) => ({
        ...finding,
        field: `assessmentTemplates[${index}].${finding.field ?? ''}`,
      }));
      if (findings.length > 0) throw findingsError('assessment.template.refused', findings, DEFAULT_LOCALE);
      storeTemplate(db, template, new Date());
    });
    return templates.length;
  },
  clear: (db) => db.prepare('DELETE FROM assessment_templates').run(),
};

/**
 * Assessments with their answers. A finalized one is imported only if its content hash still matches its
 * answers, its template and its evidence files (imported before it, in the attachments section).
 */
export const assessmentsData: DataSection<'assessments'> = {
  key: 'assessments',
  exportData: (db) => listAssessments(db),
  importData(db, records) {
    const ordered = [...records].sort((a, b) => a.year - b.year || a.revision - b.revision);
    for (const record of ordered) {
      const template = requireTemplate(db, record.templateId, record.templateVersion);
      insertDraft(db, record);
      if (record.finalization) {
        const hash = assessmentContentHash(record, template, evidenceOf(db, record.id));
        if (hash !== record.finalization.contentHash) {
          throw new AppError(
            'assessment.hashMismatch',
            { year: record.year, revision: record.revision },
            { field: `assessments[${records.indexOf(record)}].finalization.contentHash` },
          );
        }
        finalizeAssessment(db, record.id, record.finalization);
      }
    }
    return records.length;
  },
  clear: (db) => db.prepare('DELETE FROM assessments').run(),
};
