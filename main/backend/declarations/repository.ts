import type Database from 'better-sqlite3';
import type { DeclarationRecord } from '../../../shared/contract/declarations/schemas';
import type { FormDefinition, FormValues } from '../../../shared/contract/forms/schemas';

interface DeclarationRow {
  id: string;
  form_id: string;
  form_version: string;
  status: DeclarationRecord['status'];
  field_values: string;
  created_at: string;
  updated_at: string;
}

const toRecord = (row: DeclarationRow): DeclarationRecord => ({
  id: row.id,
  formId: row.form_id,
  formVersion: row.form_version,
  status: row.status,
  values: JSON.parse(row.field_values) as FormValues,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function listDeclarations(db: Database.Database): DeclarationRecord[] {
  return (db.prepare('SELECT * FROM declarations ORDER BY created_at, id').all() as DeclarationRow[]).map(toRecord);
}

export function readDeclaration(db: Database.Database, id: string): DeclarationRecord | null {
  const row = db.prepare('SELECT * FROM declarations WHERE id = ?').get(id) as DeclarationRow | undefined;
  return row ? toRecord(row) : null;
}

/** Inserts or replaces the declaration with this id. */
export function writeDeclaration(db: Database.Database, d: DeclarationRecord): void {
  db.prepare(
    `INSERT INTO declarations (id, form_id, form_version, status, field_values, created_at, updated_at)
     VALUES (@id, @formId, @formVersion, @status, @values, @createdAt, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET status = excluded.status, field_values = excluded.field_values, updated_at = excluded.updated_at`,
  ).run({ ...d, values: JSON.stringify(d.values) });
}

export function deleteDeclaration(db: Database.Database, id: string): boolean {
  return db.prepare('DELETE FROM declarations WHERE id = ?').run(id).changes > 0;
}

/** Definitions the enterprise imported, oldest first; they were checked by the form engine on the way in. */
export function listImportedForms(db: Database.Database): FormDefinition[] {
  return (db.prepare('SELECT definition FROM declaration_forms ORDER BY imported_at, form_id, version').pluck().all() as string[]).map(
    (json) => JSON.parse(json) as FormDefinition,
  );
}

export function insertImportedForm(db: Database.Database, definition: FormDefinition, importedAt: Date): void {
  db.prepare('INSERT INTO declaration_forms (form_id, version, definition, imported_at) VALUES (?, ?, ?, ?)').run(
    definition.id,
    definition.version,
    JSON.stringify(definition),
    importedAt.toISOString(),
  );
}

export function clearDeclarations(db: Database.Database): void {
  db.prepare('DELETE FROM declarations').run();
  db.prepare('DELETE FROM declaration_forms').run();
}
