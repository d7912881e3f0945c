/**
 * Where templates come from: the built-in ones in shared/catalogs (never stored, never changed) and the ones a
 * workspace imported or copied (table assessment_templates). A template is identified by id and version; one
 * that a finalized assessment uses is locked (the database refuses to change it).
 */
import type Database from 'better-sqlite3';
import { DEFAULT_TEMPLATE } from '../../../shared/catalogs/assessment/default-template';
import type { Template, TemplateSummary } from '../../../shared/contract/assessment/schemas';
import { AppError } from '../errors';
import { canonicalJson } from './content-hash';

export const BUILTIN_TEMPLATES: readonly Template[] = [DEFAULT_TEMPLATE];

const byVersion = (a: Template, b: Template) =>
  a.id.localeCompare(b.id) || a.version.localeCompare(b.version, undefined, { numeric: true });

export function findBuiltin(id: string, version: string): Template | undefined {
  return BUILTIN_TEMPLATES.find((template) => template.id === id && template.version === version);
}

export function storedTemplates(db: Database.Database): Template[] {
  return (db.prepare('SELECT body FROM assessment_templates').pluck().all() as string[])
    .map((body) => JSON.parse(body) as Template)
    .sort(byVersion);
}

export function allTemplates(db: Database.Database): Template[] {
  return [...BUILTIN_TEMPLATES, ...storedTemplates(db)].sort(byVersion);
}

/** Without a version: the highest version of the id. */
export function findTemplate(db: Database.Database, id: string, version?: string): Template | undefined {
  const matching = allTemplates(db).filter((template) => template.id === id && (version === undefined || template.version === version));
  return matching.at(-1);
}

export function requireTemplate(db: Database.Database, id: string, version?: string, field = 'templateId'): Template {
  const template = findTemplate(db, id, version);
  if (!template) throw new AppError('assessment.template.notFound', { id, version: version ?? '' }, { field });
  return template;
}

export function isTemplateLocked(db: Database.Database, id: string, version: string): boolean {
  return (
    db
      .prepare("SELECT 1 FROM assessments WHERE template_id = ? AND template_version = ? AND status = 'finalized' LIMIT 1")
      .get(id, version) !== undefined
  );
}

export function summarize(db: Database.Database, template: Template): TemplateSummary {
  const builtin = findBuiltin(template.id, template.version) !== undefined;
  return {
    id: template.id,
    version: template.version,
    nameZh: template.nameZh,
    nameEn: template.nameEn,
    builtin,
    locked: builtin || isTemplateLocked(db, template.id, template.version),
    indicatorCount: template.elements.reduce((count, element) => count + element.indicators.length, 0),
  };
}

/**
 * Adds a template or replaces an unlocked one with the same id and version. The same content again is
 * accepted and changes nothing; different content under a built-in or locked id and version is refused —
 * give it a new version (or copy it) instead.
 */
export function storeTemplate(db: Database.Database, template: Template, now: Date): void {
  const existing = findTemplate(db, template.id, template.version);
  if (existing && canonicalJson(existing) === canonicalJson(template)) return;
  const params = { id: template.id, version: template.version };
  if (findBuiltin(template.id, template.version)) throw new AppError('assessment.template.builtinLocked', params, { field: 'version' });
  if (existing && isTemplateLocked(db, template.id, template.version))
    throw new AppError('assessment.template.locked', params, { field: 'version' });
  db.prepare(
    `INSERT INTO assessment_templates (id, version, body, added_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (id, version) DO UPDATE SET body = excluded.body`,
  ).run(template.id, template.version, JSON.stringify(template), now.toISOString());
}

/** A fresh id for a copy: `<id>-copy`, then `<id>-copy-2`, … */
export function freeCopyId(db: Database.Database, id: string): string {
  const taken = new Set(allTemplates(db).map((template) => template.id));
  let candidate = `${id}-copy`;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}-copy-${n}`;
  return candidate;
}
