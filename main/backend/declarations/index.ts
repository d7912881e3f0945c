import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Finding } from '../../../shared/contract/core';
import type { DeclarationDetail, DeclarationRecord } from '../../../shared/contract/declarations/schemas';
import type { FormDefinition, FormValues } from '../../../shared/contract/forms/schemas';
import {
  allowedActions,
  applyAction,
  editDeclaration,
  emptyValues,
  findField,
  formsFindingText,
  loadDefinition,
  newDeclaration,
  printableForm,
  validateValues,
} from '../../../shared/domain/forms';
import type { Locale } from '../../../shared/i18n';
import type { DataSection, DomainHandlers } from '../context';
import { AppError } from '../errors';
import { localIsoDate } from '../dates';
import { refuseWithFindings } from '../findings';
import { readProfile } from '../profile/repository';
import { allForms, findForm } from './forms';
import {
  clearDeclarations,
  deleteDeclaration,
  insertImportedForm,
  listDeclarations,
  listImportedForms,
  readDeclaration,
  writeDeclaration,
} from './repository';

/** Values a page could never produce (a field the form lacks, a number where a date belongs): refused even in a draft. */
const MALFORMED = new Set(['forms.value.unknownField', 'forms.value.wrongType']);

function describe(locale: Locale) {
  return (finding: Finding) => formsFindingText(finding, locale);
}

function requireDeclaration(db: Database.Database, id: string): DeclarationRecord {
  const declaration = readDeclaration(db, id);
  if (!declaration) throw new AppError('declarations.error.notFound', { id }, { field: 'id' });
  return declaration;
}

function requireForm(db: Database.Database, formId: string, version?: string): FormDefinition {
  const definition = findForm(db, formId, version);
  if (!definition) throw new AppError('declarations.error.formNotFound', { formId, version: version ?? '' }, { field: 'formId' });
  return definition;
}

function detail(db: Database.Database, declaration: DeclarationRecord, today: string): DeclarationDetail {
  const definition = requireForm(db, declaration.formId, declaration.formVersion);
  return {
    ...declaration,
    findings: validateValues(definition, declaration.values, { today }),
    allowedActions: allowedActions(declaration.status),
  };
}

/** A new declaration starts with who declares filled in from the enterprise profile, where the form asks for it. */
function prefilledValues(db: Database.Database, definition: FormDefinition, today: string): FormValues {
  const values = emptyValues(definition);
  // A declaration is dated the day it is drawn up, unless the user says otherwise.
  if (findField(definition, DECLARED_ON)?.kind === 'date') values[DECLARED_ON] = today;
  const profile = readProfile(db);
  if (!profile) return values;
  const known: Record<string, string> = {
    enterpriseName: profile.name,
    contactName: profile.contact.name,
    contactPhone: profile.contact.phone,
  };
  for (const [id, text] of Object.entries(known)) if (findField(definition, id)?.kind === 'text') values[id] = text;
  return values;
}

/** The common section's date of declaration (shared/catalogs/declarations/common.ts). */
const DECLARED_ON = 'declaredOn';

export const declarationsHandlers: DomainHandlers<'declarations'> = {
  'declarations.forms': (_input, { db }) => allForms(db),
  'declarations.importForm': ({ definition: raw }, { db, now, locale }) => {
    const loaded = loadDefinition(raw);
    if (!loaded.ok) refuseWithFindings('declarations.error.formInvalid', loaded.findings, describe(locale));
    const { id, version } = loaded.definition;
    if (findForm(db, id, version)) throw new AppError('declarations.error.formExists', { formId: id, version }, { field: 'version' });
    insertImportedForm(db, loaded.definition, now());
    return allForms(db).find((entry) => entry.definition.id === id && entry.definition.version === version)!;
  },
  'declarations.list': (_input, { db }) =>
    listDeclarations(db).map((d) => ({
      id: d.id,
      formId: d.formId,
      formVersion: d.formVersion,
      title: requireForm(db, d.formId, d.formVersion).title,
      status: d.status,
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
    })),
  'declarations.get': ({ id }, { db, now }) => detail(db, requireDeclaration(db, id), localIsoDate(now())),
  'declarations.create': ({ formId, formVersion }, { db, now }) => {
    const definition = requireForm(db, formId, formVersion);
    const at = now().toISOString();
    const declaration: DeclarationRecord = {
      id: crypto.randomUUID(),
      ...newDeclaration(definition, prefilledValues(db, definition, localIsoDate(now()))),
      createdAt: at,
      updatedAt: at,
    };
    writeDeclaration(db, declaration);
    return detail(db, declaration, localIsoDate(now()));
  },
  'declarations.save': ({ id, values }, { db, now, locale }) => {
    const current = requireDeclaration(db, id);
    const definition = requireForm(db, current.formId, current.formVersion);
    const today = localIsoDate(now());
    const malformed = validateValues(definition, values, { today }).filter((f) => MALFORMED.has(f.code));
    if (malformed.length > 0) refuseWithFindings('declarations.error.valuesMalformed', malformed, describe(locale));
    const saved = { ...current, ...editDeclaration(current, values), updatedAt: now().toISOString() };
    writeDeclaration(db, saved);
    return detail(db, saved, today);
  },
  'declarations.act': ({ id, action }, { db, now, locale }) => {
    const current = requireDeclaration(db, id);
    const definition = requireForm(db, current.formId, current.formVersion);
    const today = localIsoDate(now());
    const result = applyAction(current, action, definition, { today });
    if (!result.ok) {
      const [first, ...rest] = result.findings;
      // "N problems must be fixed" carries the value findings at their fields; other refusals stand alone.
      if (first?.code === 'forms.lifecycle.valuesInvalid') refuseWithFindings(first.code, rest, describe(locale));
      throw new AppError(first?.code ?? 'forms.lifecycle.notAllowed', first?.params ?? {});
    }
    const saved = { ...current, status: result.declaration.status, updatedAt: now().toISOString() };
    writeDeclaration(db, saved);
    return detail(db, saved, today);
  },
  'declarations.printable': ({ id }, { db, locale }) => {
    const declaration = requireDeclaration(db, id);
    return printableForm(requireForm(db, declaration.formId, declaration.formVersion), declaration, locale);
  },
  'declarations.delete': ({ id }, { db }) => ({ deleted: deleteDeclaration(db, id) }),
};

export const declarationsData: DataSection<'declarations'> = {
  key: 'declarations',
  exportData: (db) => ({ forms: listImportedForms(db), items: listDeclarations(db) }),
  importData(db, { forms, items }) {
    const importedAt = new Date();
    forms.forEach((raw, index) => {
      const loaded = loadDefinition(raw);
      if (!loaded.ok) {
        const prefixed = loaded.findings.map((f) => ({ ...f, field: `declarations.forms[${index}]${f.field ? `.${f.field}` : ''}` }));
        refuseWithFindings('declarations.error.formInvalid', prefixed, describe('zh-CN'));
      }
      insertImportedForm(db, loaded.definition, importedAt);
    });
    const today = localIsoDate(importedAt);
    items.forEach((item, index) => {
      const definition = findForm(db, item.formId, item.formVersion);
      if (!definition) {
        throw new AppError(
          'declarations.error.importUnknownForm',
          { id: item.id, formId: item.formId, version: item.formVersion },
          { field: `declarations.items[${index}].formId` },
        );
      }
      // A completed or ready declaration was checked when it got there; one that no longer passes is not trusted.
      const findings = validateValues(definition, item.values, { today }).filter((f) => item.status !== 'draft' || MALFORMED.has(f.code));
      if (findings.length > 0) {
        const prefixed = findings.map((f) => ({ ...f, field: `declarations.items[${index}].values.${f.field ?? ''}` }));
        refuseWithFindings('declarations.error.valuesMalformed', prefixed, describe('zh-CN'));
      }
      writeDeclaration(db, item);
    });
    return forms.length + items.length;
  },
  clear: clearDeclarations,
};
