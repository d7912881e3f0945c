/** The forms one can declare on: the shipped catalog first, then the definitions the enterprise imported. */
import type Database from 'better-sqlite3';
import type { DeclarationFormEntry } from '../../../shared/contract/declarations/schemas';
import type { FormDefinition } from '../../../shared/contract/forms/schemas';
import { DECLARATION_FORMS } from '../../../shared/catalogs/declarations';
import { listImportedForms } from './repository';

/** The shipped catalog's forms followed by `imported` (as the data JSON's `declarations.forms` holds them). */
export function formEntries(imported: readonly FormDefinition[]): DeclarationFormEntry[] {
  const catalog = DECLARATION_FORMS.map(({ point, definition }): DeclarationFormEntry => ({ point, source: 'catalog', definition }));
  // An imported newer version of a catalog form answers the same point.
  const pointOf = (id: string) => DECLARATION_FORMS.find((entry) => entry.definition.id === id)?.point ?? null;
  return [
    ...catalog,
    ...imported.map((definition): DeclarationFormEntry => ({ point: pointOf(definition.id), source: 'imported', definition })),
  ];
}

export function allForms(db: Database.Database): DeclarationFormEntry[] {
  return formEntries(listImportedForms(db));
}

/** Of `entries`, the definition of that id and version; without a version, the catalog's, else the latest imported. */
export function findFormIn(entries: readonly DeclarationFormEntry[], formId: string, version?: string): FormDefinition | null {
  const candidates = entries.filter((entry) => entry.definition.id === formId);
  if (version !== undefined) return candidates.find((entry) => entry.definition.version === version)?.definition ?? null;
  return (candidates.find((entry) => entry.source === 'catalog') ?? candidates.at(-1))?.definition ?? null;
}

export function findForm(db: Database.Database, formId: string, version?: string): FormDefinition | null {
  return findFormIn(allForms(db), formId, version);
}
