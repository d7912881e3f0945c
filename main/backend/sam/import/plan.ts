/**
 * The dry run of an import: every data row is read, normalized, validated against the contract's schema
 * and classified as added, updated, unchanged or rejected, without touching storage. The caller then
 * commits all of it (when nothing is rejected) or only the valid rows, and can write the rejected rows,
 * with their original cells, to a file. A commit can instead pass a `sink` that writes each record into its
 * open transaction as it is planned, so a large file's records are never all held in memory.
 *
 * Identity is the natural key (shared/contract/sam/schemas.ts), so importing the same file twice gives
 * only 'unchanged' rows the second time. An empty cell means "not given": it never erases a stored value.
 * The same key twice in one file is accepted once when both rows say the same, and rejected otherwise
 * (which of two differing rows is right is for the user to say).
 */
import type { Finding } from '../../../../shared/contract/core';
import { LIMITS } from '../../../../shared/contract/limits';
import {
  ENTERPRISE_SCOPE,
  type SamKind,
  type SamRecordOf,
  acceptInstallation,
  isUnlimitedMetric,
  samKeyOf,
  samSchemas,
} from '../../../../shared/contract/sam/schemas';
import { importError, throwIfAborted } from './errors';
import type { ColumnMapping } from './mapping';
import { rowNormalizer } from './normalize';
import type { SheetRow, SheetSource } from './rows';

export interface ImportProgress {
  rowsRead: number;
  added: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface PlanOptions<K extends SamKind> {
  source: Pick<SheetSource, 'file' | 'header' | 'rows'>;
  mapping: ColumnMapping<K>;
  /** The stored record with this natural key, if there is one. */
  existing: (key: string) => SamRecordOf[K] | undefined;
  /** Recorded as `source` of installations the import adds, e.g. 'import:软件清单.xlsx'; default 'import:<file>'. */
  sourceLabel?: string;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** Rows between progress reports (and between yields to the event loop). Default 1,000. */
  progressEvery?: number;
  /**
   * Takes each added or updated record as it is planned, instead of the plan keeping it (its `added` and
   * `updated` lists stay empty; `counts` has the numbers).
   */
  sink?: PlanSink<K>;
  /**
   * Completes a row's values before they are checked (names in the alias dictionary's words, a product's
   * publisher found by its name); returns a warning for the row, if any. The row is not refused for it.
   */
  refine?: (values: Record<string, unknown>, row: number) => Finding | undefined;
  /** Told of every record the import takes (added, updated or unchanged): the products it references are registered. */
  accepted?: (record: SamRecordOf[K]) => void;
}

/**
 * Where planned records go. The sink also remembers which new keys this import has added: a store that
 * holds the records anyway (a transaction's unique index, the dry run's map) answers "is this key a repeat?"
 * as a side effect of taking the record, so the plan keeps no second set of 100,000 keys of its own.
 */
export interface PlanSink<K extends SamKind> {
  /** Takes a record whose key was not stored before the import; false, taking nothing, when this import already added that key. */
  add(entry: PlannedRecord<K>): boolean;
  update(entry: PlannedUpdate<K>): void;
  /** The record the sink holds for a key: for comparing a later row that repeats the key. */
  stored(key: string): SamRecordOf[K] | undefined;
  /** The row whose record `add` took for this key (asked only after `add` said the key was taken). */
  addedAt(key: string): number;
}

export interface PlannedRecord<K extends SamKind> {
  row: number;
  key: string;
  record: SamRecordOf[K];
}

export interface PlannedUpdate<K extends SamKind> extends PlannedRecord<K> {
  before: SamRecordOf[K];
  /** The fields whose value changes. */
  changes: string[];
}

export interface RejectedRow {
  row: number;
  /** The row's cells as read, for a file of rejected rows the user can fix and import again. */
  cells: string[];
  findings: Finding[];
}

export interface ImportPlan<K extends SamKind> {
  kind: K;
  file: string;
  header: string[];
  /** Empty when a sink took the records. */
  added: PlannedRecord<K>[];
  updated: PlannedUpdate<K>[];
  counts: { added: number; updated: number };
  /** Row numbers of rows that change nothing. */
  unchanged: number[];
  rejected: RejectedRow[];
  /** Rows imported with a remark (an ambiguous product name), at most MAX_PLAN_WARNINGS of them. */
  warnings: Finding[];
  /** Warnings beyond those listed. */
  moreWarnings: number;
  /** The column with the file's own row numbers (序号), or -1. */
  serialIndex: number;
}

/** Warnings a plan lists; a file where every row is ambiguous says so with a count, not 100,000 lines. */
export const MAX_PLAN_WARNINGS = 1_000;

export async function planImport<K extends SamKind>(options: PlanOptions<K>): Promise<ImportPlan<K>> {
  const { source, mapping, signal } = options;
  const kind = mapping.kind;
  const every = options.progressEvery ?? 1_000;
  const sourceLabel = options.sourceLabel ?? `import:${source.file}`;
  const plan: ImportPlan<K> = {
    kind,
    file: source.file,
    header: [...source.header.cells],
    added: [],
    updated: [],
    counts: { added: 0, updated: 0 },
    unchanged: [],
    rejected: [],
    warnings: [],
    moreWarnings: 0,
    serialIndex: mapping.serialIndex,
  };
  const sink = options.sink ?? keepInPlan(plan);
  const headerOf = new Map(mapping.mapped.map((column) => [column.field, column.header]));
  const normalizeRow = rowNormalizer(mapping);

  let rowsRead = 0;
  // One context for the whole file (not one per row): 100,000 rows should not mean 100,000 closures.
  let current: SheetRow | undefined;
  const reject = (findings: Finding[]) => {
    if (current !== undefined) plan.rejected.push({ row: current.rowNumber, cells: current.cells, findings });
  };
  const accepted = options.accepted ?? (() => {});
  const context: ClassifyContext<K> = {
    kind,
    sourceLabel,
    existing: options.existing,
    storedKeysSeen: new Map(),
    sink,
    headerOf,
    reject,
    accepted,
  };
  throwIfAborted(signal, source.file);
  for await (const row of source.rows) {
    if (signal?.aborted) throw importError('sam.import.cancelled', { file: source.file, row: row.rowNumber });
    rowsRead++;
    // The same limit as every import list: a register the file fills must still fit the data JSON's lists.
    if (rowsRead > LIMITS.maxImportRows)
      throw importError(
        'sam.import.tooManyRows',
        { file: source.file, row: row.rowNumber },
        { limit: LIMITS.maxImportRows, row: row.rowNumber },
      );
    current = row;

    const normalized = normalizeRow(row);
    if (normalized.findings.length > 0) {
      reject(normalized.findings);
    } else {
      // The row's values become the patch itself (a fresh object per row, so folding fields in place is safe).
      const patch: Record<string, unknown> = normalized.values;
      const findings = kind === 'entitlements' ? foldEntitlementColumns(patch, row.rowNumber, headerOf) : NO_FINDINGS;
      if (findings.length > 0) reject(findings);
      else {
        const warning = options.refine?.(patch, row.rowNumber);
        if (warning !== undefined) warn(plan, warning);
        classify(plan, patch, row.rowNumber, context);
      }
    }

    if (rowsRead % every === 0) {
      options.onProgress?.(progressOf(plan, rowsRead));
      await new Promise((resolve) => setImmediate(resolve)); // let a cancel request or a progress event through
    }
  }
  options.onProgress?.(progressOf(plan, rowsRead));
  return plan;
}

interface ClassifyContext<K extends SamKind> {
  kind: K;
  sourceLabel: string;
  existing: (key: string) => SamRecordOf[K] | undefined;
  /** Keys stored before the import → the row of this file that first had it (new keys are the sink's to track). */
  storedKeysSeen: Map<string, number>;
  sink: PlanSink<K>;
  headerOf: Map<string, string>;
  reject: (findings: Finding[]) => void;
  accepted: (record: SamRecordOf[K]) => void;
}

function warn(plan: ImportPlan<SamKind>, warning: Finding): void {
  if (plan.warnings.length < MAX_PLAN_WARNINGS) plan.warnings.push(warning);
  else plan.moreWarnings++;
}

function classify<K extends SamKind>(plan: ImportPlan<K>, patch: Record<string, unknown>, row: number, context: ClassifyContext<K>): void {
  if (context.kind === 'installations' && patch.source === undefined) patch.source = context.sourceLabel;
  const fresh = parseRecord(context.kind, patch);
  if (isIssues(fresh)) return context.reject(issuesToFindings(fresh, row, context.headerOf));
  const key = (samKeyOf[context.kind] as (record: SamRecordOf[K]) => string)(fresh);

  const before = context.existing(key);
  if (before === undefined) {
    if (context.sink.add({ row, key, record: fresh })) {
      plan.counts.added++;
      context.accepted(fresh);
    } else repeated(plan, { row, key, record: fresh }, context.sink.addedAt(key), context.sink.stored(key), context);
    return;
  }

  if (context.kind === 'installations' && patch.source === context.sourceLabel) delete patch.source; // an update keeps where the record came from
  const record = parseRecord(context.kind, { ...before, ...patch });
  if (isIssues(record)) return context.reject(issuesToFindings(record, row, context.headerOf));
  const firstRow = context.storedKeysSeen.get(key);
  if (firstRow !== undefined) return repeated(plan, { row, key, record }, firstRow, context.sink.stored(key) ?? before, context);
  context.storedKeysSeen.set(key, row);
  const changes = changedFields(before, record);
  context.accepted(record);
  if (changes.length === 0) plan.unchanged.push(row);
  else {
    plan.counts.updated++;
    context.sink.update({ row, key, record, before, changes });
  }
}

/** A later row with a key an earlier row of the file had: nothing to do if it says the same, rejected if not. */
function repeated<K extends SamKind>(
  plan: ImportPlan<K>,
  entry: PlannedRecord<K>,
  firstRow: number,
  earlier: SamRecordOf[K] | undefined,
  context: ClassifyContext<K>,
): void {
  if (earlier !== undefined && changedFields(earlier, entry.record).length === 0) plan.unchanged.push(entry.row);
  else context.reject([{ code: 'sam.import.duplicateKey', row: entry.row, params: { firstRow } }]);
}

/** The dry run's sink: the plan keeps every record it would write. */
function keepInPlan<K extends SamKind>(plan: ImportPlan<K>): PlanSink<K> {
  const records = new Map<string, PlannedRecord<K>>();
  return {
    add(entry) {
      if (records.has(entry.key)) return false;
      records.set(entry.key, entry);
      plan.added.push(entry);
      return true;
    },
    update(entry) {
      records.set(entry.key, entry);
      plan.updated.push(entry);
    },
    stored: (key) => records.get(key)?.record,
    addedAt(key) {
      const entry = records.get(key);
      if (entry === undefined) throw new Error(`addedAt: no record was added with key ${key}`);
      return entry.row;
    },
  };
}

const NO_FINDINGS: Finding[] = [];

type Issues = ReadonlyArray<{ path: PropertyKey[]; message: string }>;

/** Zod-free shortcuts for the rows a schema certainly accepts (see acceptInstallation); the schema decides the rest. */
const ACCEPT: { [K in SamKind]?: (value: Record<string, unknown>) => SamRecordOf[K] | undefined } = { installations: acceptInstallation };

function isIssues(value: object): value is Issues {
  return Array.isArray(value);
}

/** The record the kind's schema makes of a value, or the schema's issues with it. */
function parseRecord<K extends SamKind>(kind: K, value: Record<string, unknown>): SamRecordOf[K] | Issues {
  const accepted = ACCEPT[kind]?.(value);
  if (accepted !== undefined) return accepted;
  const parsed = samSchemas[kind].safeParse(value);
  return parsed.success ? (parsed.data as SamRecordOf[K]) : parsed.error.issues;
}

/**
 * Folds an entitlement row's columns that are not fields of their own into the patch, in place: scope kind +
 * scope name → scope; an end date with no term column → a subscription; site and enterprise licences carry
 * no quantity.
 */
function foldEntitlementColumns(patch: Record<string, unknown>, row: number, headerOf: Map<string, string>): Finding[] {
  const findings: Finding[] = [];
  const { scopeKind, scopeName } = patch;
  delete patch.scopeKind;
  delete patch.scopeName;
  if (scopeKind === 'enterprise') patch.scope = ENTERPRISE_SCOPE;
  else if (scopeKind !== undefined) patch.scope = { kind: scopeKind, name: scopeName ?? '' };
  else if (scopeName !== undefined)
    findings.push({ code: 'sam.scope.kindRequired', row, column: headerOf.get('scopeName') ?? 'scopeName', field: 'scopeKind' });

  if (patch.term === undefined && patch.end !== undefined) patch.term = 'subscription';
  if (typeof patch.metric === 'string' && isUnlimitedMetric(patch.metric as never)) patch.quantity = null;
  return findings;
}

function issuesToFindings(issues: Issues, row: number, headerOf: Map<string, string>): Finding[] {
  return issues.map((issue) => {
    const [first, second] = issue.path;
    const field = first === 'scope' ? (second === 'name' ? 'scopeName' : 'scopeKind') : String(first ?? '');
    const code = issue.message.startsWith('sam.') ? issue.message : 'sam.value.invalid';
    const column = headerOf.get(field);
    return { code, row, field, ...(column === undefined ? {} : { column }) };
  });
}

function changedFields(before: object, after: object): string[] {
  const left = before as Record<string, unknown>;
  const right = after as Record<string, unknown>;
  return Object.keys(right).filter((field) => !sameValue(left[field], right[field]));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) return JSON.stringify(a) === JSON.stringify(b);
  return false;
}

function progressOf(plan: ImportPlan<SamKind>, rowsRead: number): ImportProgress {
  return {
    rowsRead,
    added: plan.counts.added,
    updated: plan.counts.updated,
    unchanged: plan.unchanged.length,
    rejected: plan.rejected.length,
  };
}
