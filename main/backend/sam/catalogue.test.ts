/**
 * The field catalogue (shared/catalogs/sam/fields.ts) is the one list of each register's fields: the
 * contract's schema, the SQL columns, the import, the export and the register forms are read off it. These
 * tests hold every layer to it, and show that a field added to a catalogue reaches all of them.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type FieldDefinition, PRODUCT_FIELDS, SAM_FIELD_CATALOGUE, fieldLabelMessages } from '../../../shared/catalogs/sam/fields';
import { FIELDS, importFieldsOf } from '../../../shared/catalogs/sam/import-fields';
import { SAM_KINDS, SAM_REGISTERS, catalogueShape, samRegisterSchemas } from '../../../shared/contract/sam/schemas';
import { translateCode } from '../../../shared/i18n';
import { REGISTER_FIELDS, formFieldsOf } from '../../../renderer/src/features/sam/fields';
import { exportHeader, exportRowsOf } from './export-jobs';
import { headerWordIndex, normalizeWord, parseMappedCell } from './import';
import { REGISTER_COLUMNS, registerColumnsOf } from './repository';

const ids = (fields: readonly FieldDefinition[]) => fields.map((field) => field.id);

/** The schema's keys as tables and files have them: a nested value (an entitlement's scope) by its catalogue fields. */
function schemaFields(register: (typeof SAM_REGISTERS)[number]): string[] {
  const nested = (SAM_FIELD_CATALOGUE[register] as readonly FieldDefinition[]).filter((field) => field.path !== undefined);
  const parents = new Set(nested.map((field) => field.path?.[0]));
  return [...Object.keys(samRegisterSchemas[register].shape).filter((key) => !parents.has(key)), ...ids(nested)].sort();
}

describe('every layer reads its fields off the catalogue', () => {
  it.each(SAM_REGISTERS)('%s: schema, SQL columns, form and export name the catalogue’s fields, labelled in both languages', (register) => {
    const catalogue: readonly FieldDefinition[] = SAM_FIELD_CATALOGUE[register];
    expect(schemaFields(register)).toEqual(ids(catalogue).sort());
    expect(REGISTER_COLUMNS[register].map((column) => column.field)).toEqual(ids(catalogue));
    expect(REGISTER_FIELDS[register].map((field) => field.field)).toEqual(ids(catalogue));
    // The form labels each field in this register's words; the message table has every id, in the words of
    // the first register declaring it (a product's name).
    expect(REGISTER_FIELDS[register].map((field) => field.label)).toEqual(catalogue.map((field) => field.label));
    for (const field of catalogue) {
      const first = SAM_REGISTERS.flatMap((each) => SAM_FIELD_CATALOGUE[each] as readonly FieldDefinition[]).find(
        (other) => other.id === field.id,
      )!;
      expect(translateCode('zh-CN', `sam.field.${field.id}`)).toBe(first.label['zh-CN']);
      expect(translateCode('en-US', `sam.field.${field.id}`)).toBe(first.label['en-US']);
    }
  });

  it('names a device, a person and a product each in its own words', () => {
    const nameIn = (register: (typeof SAM_REGISTERS)[number]) =>
      REGISTER_FIELDS[register].find((field) => field.field === 'name')!.label['zh-CN'];
    expect([nameIn('products'), nameIn('devices'), nameIn('users')]).toEqual(['软件名称', '设备名称', '姓名']);
  });

  it.each(SAM_KINDS)('%s: the import takes every field, and reads back each header an export writes, in both languages', (kind) => {
    const catalogue = SAM_FIELD_CATALOGUE[kind];
    expect(Object.keys(FIELDS[kind])).toEqual(ids(catalogue));
    const index = headerWordIndex(FIELDS[kind]);
    for (const locale of ['zh-CN', 'en-US'] as const) {
      expect(
        catalogue
          .filter((field) => index.get(normalizeWord(exportHeader(field, locale))) !== field.id)
          .map((field) => exportHeader(field, locale)),
      ).toEqual([]);
    }
  });

  it('a field id is one field whichever register it is in: only its words (label, header synonyms) may differ', () => {
    const kinds = new Map<string, string>();
    for (const field of Object.values(SAM_FIELD_CATALOGUE).flat()) {
      expect(kinds.get(field.id) ?? field.type, field.id).toBe(field.type);
      kinds.set(field.id, field.type);
    }
  });
});

describe('adding a field is one change, in the catalogue', () => {
  const supportEnds = {
    id: 'supportEnds',
    type: 'date',
    content: 'date',
    label: { 'zh-CN': '停止支持日期', 'en-US': 'End of support' },
    synonyms: ['停止支持日期', '支持截止', 'End of support', 'EOS'],
  } as const;
  const products = [...PRODUCT_FIELDS, supportEnds] as const;
  const catalogue = { ...SAM_FIELD_CATALOGUE, products };

  it('the schema checks it by its type and keeps it', () => {
    const schema = z.object(catalogueShape(products));
    expect(schema.parse({ publisher: '麒麟软件', name: '银河麒麟', supportEnds: '2030-06-30' })).toMatchObject({
      supportEnds: '2030-06-30',
      licenceType: 'commercial',
    });
    expect(schema.parse({ publisher: '麒麟软件', name: '银河麒麟' }).supportEnds).toBeNull();
    const refused = schema.safeParse({ publisher: '麒麟软件', name: '银河麒麟', supportEnds: '2030-02-30' });
    expect(refused.success === false && refused.error.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['supportEnds', 'sam.value.invalidDate'],
    ]);
  });

  it('the register gets a column for it', () => {
    expect(registerColumnsOf(products).at(-1)).toMatchObject({
      field: 'supportEnds',
      column: 'support_ends',
      type: 'date',
      encoding: 'plain',
    });
  });

  it('the import recognises its column by any of its words and reads the cells as its type', () => {
    const fields = importFieldsOf(products);
    expect(fields.supportEnds).toMatchObject({ type: 'date', content: 'date' });
    expect(fields.supportEnds.synonyms).toEqual(expect.arrayContaining([...supportEnds.synonyms]));
    expect(headerWordIndex(fields).get(normalizeWord('支持截止'))).toBe('supportEnds');
    expect(parseMappedCell(fields.supportEnds.type, '2030年6月30日', undefined)).toEqual({ ok: true, value: '2030-06-30' });
  });

  it('the export heads it with its label and writes its value', () => {
    const record = { publisher: '麒麟软件', name: '银河麒麟', supportEnds: '2030-06-30' };
    const { header, rows } = exportRowsOf(products, [record], 'en-US');
    expect(header.at(-1)).toBe('End of support');
    expect([...rows][0]?.at(-1)).toBe('2030-06-30');
  });

  it('the form shows a date input for it, with its label, which the message tables have too', () => {
    expect(formFieldsOf(products).at(-1)).toEqual({ field: 'supportEnds', label: supportEnds.label, kind: 'date', initial: '' });
    expect(fieldLabelMessages(catalogue, 'zh-CN')['sam.field.supportEnds']).toBe('停止支持日期');
  });
});
