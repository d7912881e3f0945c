import { z } from 'zod';
import { method } from '../core';
import { formValuesSchema } from '../forms/schemas';
import {
  declarationActionSchema,
  declarationDetailSchema,
  declarationFormEntrySchema,
  declarationSummarySchema,
  printableFormSchema,
} from './schemas';

const byId = z.object({ id: z.string().min(1) });

export const declarationsMethods = {
  'declarations.forms': method({ kind: 'read', input: z.object({}), output: z.array(declarationFormEntrySchema) }),
  /** The definition arrives as unchecked data: the form engine's own checks name what is wrong with it. */
  'declarations.importForm': method({
    kind: 'write',
    backupBefore: true,
    input: z.object({ definition: z.unknown() }),
    output: declarationFormEntrySchema,
  }),
  'declarations.list': method({ kind: 'read', input: z.object({}), output: z.array(declarationSummarySchema) }),
  'declarations.get': method({ kind: 'read', input: byId, output: declarationDetailSchema }),
  /** Without a version, the catalog's definition of that id, else the latest imported one. */
  'declarations.create': method({
    kind: 'write',
    input: z.object({ formId: z.string().min(1), formVersion: z.string().min(1).optional() }),
    output: declarationDetailSchema,
  }),
  /** Saves values as a draft: incomplete values are fine, values of the wrong shape are not. */
  'declarations.save': method({
    kind: 'write',
    input: z.object({ id: z.string().min(1), values: formValuesSchema }),
    output: declarationDetailSchema,
  }),
  'declarations.act': method({
    kind: 'write',
    input: z.object({ id: z.string().min(1), action: declarationActionSchema }),
    output: declarationDetailSchema,
  }),
  'declarations.printable': method({ kind: 'read', input: byId, output: printableFormSchema }),
  'declarations.delete': method({ kind: 'write', input: byId, output: z.object({ deleted: z.boolean() }) }),
};
