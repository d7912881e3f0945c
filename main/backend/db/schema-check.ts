/**
 * What a database must contain for this build to work on it: every table with its columns, every index,
 * trigger and view that the migrations create. A restore compares a candidate with a freshly migrated
 * empty database, so a file that merely has a `settings` table and a plausible user_version is refused.
 */
import Database from 'better-sqlite3';
import type { Migration } from './migrate';

interface SchemaObject {
  type: string;
  name: string;
  /** Column names, for tables. */
  columns: string[];
}

const expectedByMigrations = new WeakMap<readonly Migration[], SchemaObject[]>();

function schemaObjects(db: Database.Database): SchemaObject[] {
  const rows = db
    .prepare(
      "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND type IN ('table', 'index', 'trigger', 'view') ORDER BY type, name",
    )
    .all() as { type: string; name: string }[];
  return rows.map(({ type, name }) => ({
    type,
    name,
    columns: type === 'table' ? (db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(name) as string[]) : [],
  }));
}

/** The schema the migrations build from nothing (computed once per list of migrations). */
function expectedSchema(migrations: readonly Migration[]): SchemaObject[] {
  const cached = expectedByMigrations.get(migrations);
  if (cached) return cached;
  const reference = new Database(':memory:');
  try {
    reference.pragma('foreign_keys = ON');
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) migration.up(reference);
    const objects = schemaObjects(reference);
    expectedByMigrations.set(migrations, objects);
    return objects;
  } finally {
    reference.close();
  }
}

/**
 * What `db` lacks of the schema the migrations build, as `table`, `table.column`, `index name`, `trigger
 * name` or `view name`; empty when it has everything (it may have more: a table no longer used is harmless).
 */
export function missingSchema(db: Database.Database, migrations: readonly Migration[]): string[] {
  const actual = new Map(schemaObjects(db).map((object) => [`${object.type} ${object.name}`, object]));
  const missing: string[] = [];
  for (const expected of expectedSchema(migrations)) {
    const found = actual.get(`${expected.type} ${expected.name}`);
    if (!found) missing.push(expected.type === 'table' ? expected.name : `${expected.type} ${expected.name}`);
    else for (const column of expected.columns) if (!found.columns.includes(column)) missing.push(`${expected.name}.${column}`);
  }
  return missing;
}
