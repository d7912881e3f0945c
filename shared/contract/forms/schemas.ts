/**
 * Schema-driven forms: a declaration form is data (id + version), not a screen. One engine validates it
 * (shared/domain/forms), one component renders it (renderer/src/components/forms/FormView.tsx) and one
 * function lays it out for printing. A new form is a new catalog entry.
 */
import { z } from 'zod';

/** Text shown to the user in both shipped languages. */
export const localizedTextSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Field ids are plain identifiers so a path like `members[2].name` is unambiguous. */
export const fieldIdSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'field id must be an identifier');

/** Show a field only while another field holds a given value; a hidden field is neither required nor checked. */
export const visibleWhenSchema = z.object({
  field: fieldIdSchema,
  equals: z.union([z.string(), z.number(), z.boolean()]),
});
export type VisibleWhen = z.infer<typeof visibleWhenSchema>;

const fieldBase = {
  id: fieldIdSchema,
  label: localizedTextSchema,
  help: localizedTextSchema.optional(),
  /** text: not blank; number/date/select: set; multiselect: one chosen; table: one row; boolean: must be ticked. */
  required: z.boolean().optional(),
  visibleWhen: visibleWhenSchema.optional(),
};

export const selectOptionSchema = z.object({ value: z.string().min(1), label: localizedTextSchema });
export type SelectOption = z.infer<typeof selectOptionSchema>;

export const textFieldSchema = z.object({ ...fieldBase, kind: z.literal('text'), maxLength: z.number().int().positive().optional() });
export const textareaFieldSchema = z.object({
  ...fieldBase,
  kind: z.literal('textarea'),
  maxLength: z.number().int().positive().optional(),
});
export const numberFieldSchema = z.object({
  ...fieldBase,
  kind: z.literal('number'),
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().optional(),
  /** Shown after the input, e.g. 万元. */
  unit: localizedTextSchema.optional(),
});
export const dateFieldSchema = z.object({ ...fieldBase, kind: z.literal('date') });
export const selectFieldSchema = z.object({ ...fieldBase, kind: z.literal('select'), options: z.array(selectOptionSchema).min(1) });
export const multiselectFieldSchema = z.object({
  ...fieldBase,
  kind: z.literal('multiselect'),
  options: z.array(selectOptionSchema).min(1),
});
export const booleanFieldSchema = z.object({ ...fieldBase, kind: z.literal('boolean') });

/** Fields that hold one value; a table's columns are these (tables do not nest). */
export const scalarFieldSchema = z.discriminatedUnion('kind', [
  textFieldSchema,
  textareaFieldSchema,
  numberFieldSchema,
  dateFieldSchema,
  selectFieldSchema,
  multiselectFieldSchema,
  booleanFieldSchema,
]);
export type ScalarField = z.infer<typeof scalarFieldSchema>;

export const tableFieldSchema = z.object({
  ...fieldBase,
  kind: z.literal('table'),
  /** A column's visibleWhen refers to another column of the same row. */
  columns: z.array(scalarFieldSchema).min(1),
  minRows: z.number().int().nonnegative().optional(),
  maxRows: z.number().int().positive().optional(),
});
export type TableField = z.infer<typeof tableFieldSchema>;

export const fieldSchema = z.discriminatedUnion('kind', [
  textFieldSchema,
  textareaFieldSchema,
  numberFieldSchema,
  dateFieldSchema,
  selectFieldSchema,
  multiselectFieldSchema,
  booleanFieldSchema,
  tableFieldSchema,
]);
export type FormField = z.infer<typeof fieldSchema>;

export const sectionSchema = z.object({
  id: fieldIdSchema,
  title: localizedTextSchema,
  help: localizedTextSchema.optional(),
  fields: z.array(fieldSchema).min(1),
});
export type FormSection = z.infer<typeof sectionSchema>;

/**
 * Cross-field rules, as data: maxMonthsBetween (end not before start and at most N months after it),
 * dateOrder (end not before start), dateNotFuture (not after today). `table` scopes a rule to each row
 * of a table field; `start`/`end`/`field` then name its columns.
 */
export const maxMonthsBetweenRuleSchema = z.object({
  kind: z.literal('maxMonthsBetween'),
  start: fieldIdSchema,
  end: fieldIdSchema,
  months: z.number().int().positive(),
  table: fieldIdSchema.optional(),
});
/** The end date is not before the start date. */
export const dateOrderRuleSchema = z.object({
  kind: z.literal('dateOrder'),
  start: fieldIdSchema,
  end: fieldIdSchema,
  table: fieldIdSchema.optional(),
});
export const dateNotFutureRuleSchema = z.object({
  kind: z.literal('dateNotFuture'),
  field: fieldIdSchema,
  table: fieldIdSchema.optional(),
});
export const formRuleSchema = z.discriminatedUnion('kind', [maxMonthsBetweenRuleSchema, dateOrderRuleSchema, dateNotFutureRuleSchema]);
export type FormRule = z.infer<typeof formRuleSchema>;

export const formDefinitionSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'form id must be lower-case words joined by hyphens'),
  version: z.string().min(1),
  title: localizedTextSchema,
  /** Where the form comes from (e.g. the opinion's point) and what in it is our own wording. */
  notes: localizedTextSchema.optional(),
  sections: z.array(sectionSchema).min(1),
  rules: z.array(formRuleSchema).optional(),
});
export type FormDefinition = z.infer<typeof formDefinitionSchema>;

/** Values. Empty is '' for text, null for number/date/select, [] for multiselect/table, false for boolean. */
export const scalarValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);
export type ScalarValue = z.infer<typeof scalarValueSchema>;
export const tableRowSchema = z.record(z.string(), scalarValueSchema);
export type TableRow = z.infer<typeof tableRowSchema>;
export const fieldValueSchema = z.union([scalarValueSchema, z.array(tableRowSchema)]);
export type FieldValue = z.infer<typeof fieldValueSchema>;
export const formValuesSchema = z.record(z.string(), fieldValueSchema);
export type FormValues = z.infer<typeof formValuesSchema>;

/** A filled-in form moves draft → completed (its values valid) → ready (to file); editing returns it to draft. */
export const DECLARATION_STATUSES = ['draft', 'completed', 'ready'] as const;
export const declarationStatusSchema = z.enum(DECLARATION_STATUSES);
export type DeclarationStatus = z.infer<typeof declarationStatusSchema>;

export const declarationSchema = z.object({
  formId: z.string().min(1),
  /** The definition version the values were entered against, so a filing records exactly what was asked. */
  formVersion: z.string().min(1),
  status: declarationStatusSchema,
  values: formValuesSchema,
});
export type Declaration = z.infer<typeof declarationSchema>;
