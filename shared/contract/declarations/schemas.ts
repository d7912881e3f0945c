/**
 * Declarations (points 6–12 of the 2009 opinion): filled-in forms whose definitions are data
 * (shared/catalogs/declarations, or a definition the enterprise imports). The form engine itself is in
 * shared/domain/forms; these are the shapes the backend stores and returns.
 */
import { z } from 'zod';
import { DECLARATION_ACTIONS } from '../../domain/forms/lifecycle';
import { declarationSchema, declarationStatusSchema, formDefinitionSchema, localizedTextSchema } from '../forms/schemas';
import { findingSchema } from '../governance/readiness';

export const declarationActionSchema = z.enum(DECLARATION_ACTIONS);

/** A stored declaration: the form's values with the definition version they were entered against. */
export const declarationRecordSchema = declarationSchema.extend({
  id: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DeclarationRecord = z.infer<typeof declarationRecordSchema>;

/** A declaration as its page shows it: what is still wrong with the values, and what can be done next. */
export const declarationDetailSchema = declarationRecordSchema.extend({
  findings: z.array(findingSchema),
  allowedActions: z.array(declarationActionSchema),
});
export type DeclarationDetail = z.infer<typeof declarationDetailSchema>;

export const declarationSummarySchema = z.object({
  id: z.string(),
  formId: z.string(),
  formVersion: z.string(),
  title: localizedTextSchema,
  status: declarationStatusSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DeclarationSummary = z.infer<typeof declarationSummarySchema>;

export const FORM_SOURCES = ['catalog', 'imported'] as const;

/** A form one can declare on: the shipped catalog's, or one the enterprise imported as data. */
export const declarationFormEntrySchema = z.object({
  /** The opinion's point the form answers; null for an imported form of a new id. */
  point: z.number().int().min(1).max(12).nullable(),
  source: z.enum(FORM_SOURCES),
  definition: formDefinitionSchema,
});
export type DeclarationFormEntry = z.infer<typeof declarationFormEntrySchema>;

const printEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('value'), fieldId: z.string(), label: z.string(), text: z.string() }),
  z.object({
    kind: z.literal('table'),
    fieldId: z.string(),
    label: z.string(),
    headers: z.array(z.string()),
    rows: z.array(z.array(z.string())),
  }),
]);

/** printableForm (shared/domain/forms/printable.ts) as data. */
export const printableFormSchema = z.object({
  formId: z.string(),
  formVersion: z.string(),
  title: z.string(),
  status: declarationStatusSchema,
  statusLabel: z.string(),
  sections: z.array(z.object({ id: z.string(), title: z.string(), entries: z.array(printEntrySchema) })),
});

/** The declarations part of the canonical data JSON. */
export const declarationsDataSchema = z.object({
  /** Definitions the enterprise imported; the shipped catalog is not repeated here. */
  forms: z.array(formDefinitionSchema).default([]),
  items: z.array(declarationRecordSchema).default([]),
});
