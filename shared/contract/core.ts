/**
 * The shape every backend method shares, whatever door calls it.
 *
 * A method is declared once, here in shared/contract, as a pair of zod schemas. The backend validates the
 * input at its edge and the output before it leaves; the renderer and the CLI get the types for free.
 */
import { z } from 'zod';

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** Writes change the workspace: they run one at a time, in a transaction, and are recorded in the audit log. */
  kind: 'read' | 'write';
  /** Long work reports progress events and can be cancelled. */
  long?: boolean;
  /**
   * Write an automatic backup before the method runs: declared by each method that replaces or adds data in
   * bulk (workspace.importData, sam.import.commit, …); no name decides it.
   * 'whenChecked': the handler takes it (ctx.backupBeforeWriting) once its input has passed every check, so
   * a refused file writes no backup — an untrusted package must not copy the whole database each attempt.
   */
  backupBefore?: boolean | 'whenChecked';
  /**
   * Who holds a write's transaction. By default the backend: the handler (across its awaits), its output
   * check and its audit entry commit together or not at all. 'handler': the handler opens and ends its own
   * — the SAM import commits or rolls back by itself and says which in its output; a restore swaps the file;
   * a filing import backs up first, which cannot happen inside a transaction. Such a handler records its
   * entry inside the transaction that commits its rows (ctx.audit or ctx.auditResult), never after it.
   */
  transaction?: 'handler';
  /**
   * A read whose result leaves the app (a signed package, an export, a report, a backup) must show committed
   * state only. Reads otherwise run at once on the shared connection and see a running write's rows so far
   * — rows a failing import then rolls back. 'committed' makes the read wait its turn behind writes.
   */
  consistency?: 'committed';
}

/** Whether the backend backs the workspace up before running this method (not 'whenChecked': the handler does). */
export function needsBackupBefore(spec: MethodSpec): boolean {
  return spec.kind === 'write' && spec.backupBefore === true;
}

/** Whether the method runs in its turn behind writes: every write, and reads that must see committed state. */
export function waitsForWrites(spec: MethodSpec): boolean {
  return spec.kind === 'write' || spec.consistency === 'committed';
}

export function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}

/** Where an error applies, so a form can put it beside the field or an import report beside the row. */
export const errorDetailsSchema = z.object({
  field: z.string().optional(),
  row: z.number().int().optional(),
  column: z.string().optional(),
  file: z.string().optional(),
  issues: z
    .array(
      z.object({
        code: z.string(),
        message: z.string(),
        field: z.string().optional(),
        row: z.number().int().optional(),
        column: z.string().optional(),
        file: z.string().optional(),
      }),
    )
    .optional(),
});
export type ErrorDetails = z.infer<typeof errorDetailsSchema>;

/** Errors travel as plain data: a stable code, a message in the user's language, and where it applies. */
export const appErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  details: errorDetailsSchema.optional(),
});
export type AppErrorData = z.infer<typeof appErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

/**
 * A rule's finding before it is put into words: pure rules in shared/domain return these, and the
 * backend or renderer turns the code into a sentence through shared/i18n.
 */
export interface Finding {
  code: string;
  field?: string;
  row?: number;
  column?: string;
  params?: Record<string, string | number>;
}

export const progressEventSchema = z.object({
  jobId: z.string(),
  method: z.string(),
  phase: z.string(),
  done: z.number(),
  total: z.number().nullable(),
});
export type ProgressEvent = z.infer<typeof progressEventSchema>;

export interface EventMap {
  progress: ProgressEvent;
  /** A write committed: views that show that domain reload. */
  changed: { domain: string; method: string };
}
export type EventName = keyof EventMap;

/** Per-call options that are not part of a method's input. */
export interface CallOptions {
  /** Caller-chosen id for long work, so it can be followed by progress events and cancelled. */
  jobId?: string;
}

/**
 * A list whose items' ids must be unique: a duplicate is a validation error at the later item's id
 * (`attachments[3].id`), not a database constraint failure halfway through an import.
 */
export function uniqueIds<T extends z.ZodType<{ id: string }>>(item: T) {
  return z.array(item).superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((entry, index) => {
      if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', message: 'validation.duplicateId', path: [index, 'id'], input: entry.id });
      seen.add(entry.id);
    });
  });
}
