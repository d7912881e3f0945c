/**
 * The plan of action and milestones (POA&M, 整改计划) as XLSX: every open gap of the assessed objects with the
 * remediation tasks that close it, and open tasks not tied to a current gap.
 */
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { exceljs } from '../heavy-modules';
import { OPEN_REMEDIATION_STATUSES, type RemediationTask } from '../../../shared/contract/mlps/records';
import { applicableItems } from '../../../shared/domain/mlps';
import { type Locale, translateCode } from '../../../shared/i18n';
import { AppError } from '../errors';
import { readControlPoints, readStatuses, scopeOf, type Scope } from './assessment';
import { itemViews } from './catalogs';
import { listObjects } from './objects';
import { remediationTable } from './specs';
import { listRecords } from './table';

/**
 * A spreadsheet cell starting with = + - @ (or a tab or carriage return) can be read as a formula when the
 * file is opened or re-saved as CSV: such text gets a leading apostrophe so it always stays text.
 */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const COLUMNS = [
  ['object', 28],
  ['number', 14],
  ['level', 8],
  ['item', 14],
  ['family', 16],
  ['controlPoint', 16],
  ['requirement', 40],
  ['status', 12],
  ['risk', 10],
  ['note', 30],
  ['task', 30],
  ['owner', 12],
  ['due', 12],
  ['taskStatus', 12],
  ['cost', 12],
] as const;
type Column = (typeof COLUMNS)[number][0];
type PlanRow = Partial<Record<Column, string | number>>;

export interface ActionPlanProgress {
  signal: AbortSignal;
  progress(phase: string, done: number, total: number | null): void;
}

export async function exportActionPlan(
  db: Database.Database,
  file: string,
  locale: Locale,
  options: { objectId?: string | undefined } & ActionPlanProgress,
): Promise<{ path: string; gaps: number; tasks: number }> {
  const t = (key: string) => translateCode(locale, key);
  const objects = listObjects(db).filter((object) => !options.objectId || object.id === options.objectId);
  if (options.objectId && objects.length === 0) throw new AppError('mlps.object.notFound', { id: options.objectId }, { field: 'objectId' });
  const openTasks = listRecords<RemediationTask>(
    db,
    remediationTable,
    `status IN (${OPEN_REMEDIATION_STATUSES.map((s) => `'${s}'`).join(', ')})`,
  );
  const rows: PlanRow[] = [];
  let gaps = 0;
  const listedTasks = new Set<string>();

  objects.forEach((object, index) => {
    if (options.signal.aborted) throw new AppError('error.cancelled');
    options.progress('objects', index, objects.length);
    const objectColumns: PlanRow = { object: object.name, number: object.number };
    const tasks = openTasks.filter((task) => task.objectId === object.id);
    let scope: Scope | null = null;
    try {
      scope = scopeOf(db, object.id);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
    if (scope) {
      objectColumns.level = scope.level;
      for (const gap of gapsOf(db, scope, locale)) {
        gaps += 1;
        const gapTasks = tasks.filter((task) => task.itemId === gap.item);
        if (gapTasks.length === 0) rows.push({ ...objectColumns, ...gap });
        for (const task of gapTasks) {
          listedTasks.add(task.id);
          rows.push({ ...objectColumns, ...gap, ...taskColumns(task, t) });
        }
      }
    }
    for (const task of tasks.filter((candidate) => !listedTasks.has(candidate.id))) {
      listedTasks.add(task.id);
      rows.push({ ...objectColumns, item: task.itemId ?? '', ...taskColumns(task, t) });
    }
  });

  await writeWorkbook(file, rows, t);
  options.progress('objects', objects.length, objects.length);
  return { path: file, gaps, tasks: listedTasks.size };
}

/** The object's items that are 部分符合 or 不符合, outside 不适用 control points. */
function gapsOf(db: Database.Database, scope: Scope, locale: Locale): PlanRow[] {
  const t = (key: string) => translateCode(locale, key);
  const statuses = new Map(readStatuses(db, scope.objectId).map((status) => [status.itemId, status]));
  const na = new Set(
    readControlPoints(db, scope.objectId)
      .filter((point) => point.status === 'na')
      .map((point) => point.controlPointId),
  );
  const items = itemViews(scope.catalog, applicableItems(scope.catalog, scope.level, scope.extensions));
  return items.flatMap((item) => {
    const status = statuses.get(item.id);
    if (!status || status.status === 'compliant' || na.has(item.controlPoint)) return [];
    return [
      {
        item: item.id,
        family: t(`mlps.family.${item.family}`),
        controlPoint: locale === 'en-US' ? item.controlPointNameEn : item.controlPointName,
        requirement: (locale === 'en-US' && item.summaryEn) || item.summary,
        status: t(`mlps.itemStatus.${status.status}`),
        risk: status.risk ? t(`mlps.risk.${status.risk}`) : '',
        note: status.note ?? '',
      },
    ];
  });
}

function taskColumns(task: RemediationTask, t: (key: string) => string): PlanRow {
  return {
    task: task.title,
    owner: task.owner,
    due: task.dueOn ?? '',
    taskStatus: t(`mlps.remediationStatus.${task.status}`),
    ...(task.cost !== undefined ? { cost: task.cost } : {}),
  };
}

async function writeWorkbook(file: string, rows: readonly PlanRow[], t: (key: string) => string): Promise<void> {
  const workbook = new (exceljs().Workbook)();
  const sheet = workbook.addWorksheet(t('mlps.actionPlan.sheet'));
  sheet.columns = COLUMNS.map(([key, width]) => ({ header: t(`mlps.actionPlan.column.${key}`), key, width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of rows) {
    const safe: PlanRow = {};
    for (const [key, value] of Object.entries(row) as [Column, string | number][])
      safe[key] = typeof value === 'string' ? neutralizeCell(value) : value;
    sheet.addRow(safe);
  }
  // Written beside the target and renamed, so a failure never leaves half a workbook.
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await workbook.xlsx.writeFile(temp);
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new AppError('error.file.write', { file, detail: (error as NodeJS.ErrnoException).code ?? String(error) }, { file });
  }
}
