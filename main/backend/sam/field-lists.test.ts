/**
 * Each register's fields are still written in several places (issue 16 asks for one catalogue; until then):
 * the contract's schema, the SQL columns, the import's field table, the register form and the labels. This
 * holds them to one list, so a field added to one and forgotten in another fails here, naming the place.
 */
import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../../shared/catalogs/sam/import-fields';
import { SAM_KINDS, samSchemas } from '../../../shared/contract/sam/schemas';
import { samMessages } from '../../../shared/i18n/sam';
import { REGISTER_FIELDS } from '../../../renderer/src/features/sam/fields';
import { REGISTER_COLUMNS } from './repository';

/** The schema's fields as tables and files have them: an entitlement's scope is two columns. */
function schemaFields(kind: (typeof SAM_KINDS)[number]): string[] {
  return Object.keys(samSchemas[kind].shape).flatMap((field) => (field === 'scope' ? ['scopeKind', 'scopeName'] : [field])).sort();
}

describe('one list of fields per register', () => {
  it.each(SAM_KINDS)('%s: the schema, the SQL columns, the import and the form name the same fields, each labelled in both languages', (kind) => {
    const fields = schemaFields(kind);
    expect(REGISTER_COLUMNS[kind].map((column) => column.field).sort(), 'repository.ts REGISTER_COLUMNS').toEqual(fields);
    expect(Object.keys(FIELDS[kind]).sort(), 'shared/catalogs/sam/import-fields.ts FIELDS').toEqual(fields);
    expect(REGISTER_FIELDS[kind].map((field) => field.field).sort(), 'renderer/src/features/sam/fields.ts REGISTER_FIELDS').toEqual(fields);
    const zh: Record<string, string> = samMessages['zh-CN'];
    const en: Record<string, string> = samMessages['en-US'];
    for (const field of fields) {
      expect(zh[`sam.field.${field}`], `zh-CN label of ${field}`).toBeTruthy();
      expect(en[`sam.field.${field}`], `en-US label of ${field}`).toBeTruthy();
    }
  });
});
