import type { CommitResult, ImportReport, PositionResult } from '../../../shared/contract/sam/methods';
import { EXPORT_TARGETS } from '../../../shared/contract/sam/methods';
import { type PositionSnapshot, SAM_KINDS } from '../../../shared/contract/sam/schemas';
import { snapshotRates } from '../../../shared/domain/sam/snapshot';
import { shortfallCostUnknown } from '../../../shared/domain/sam/position';
import { translate, type Locale } from '../../../shared/i18n';
import { positionTable } from '../../backend/sam/export-jobs';
import { csvLine } from '../../backend/sam/import';
import { readJsonFile } from '../files';
import { EXIT_FAILURE, EXIT_OK, UsageError, type Command, type CommandContext } from '../types';

function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly unknown[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}`);
  return value as T;
}

/** A mapping file: a saved profile ({ kind, columns }) or just field → header text. */
function readMapping(file: string): { kind?: string; columns: Record<string, string> } {
  const data = readJsonFile(file) as Record<string, unknown>;
  const columns = (typeof data.columns === 'object' && data.columns !== null ? data.columns : data) as Record<string, unknown>;
  const valid = Object.fromEntries(Object.entries(columns).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  return { ...(typeof data.kind === 'string' ? { kind: data.kind } : {}), columns: valid };
}

function importOutput(result: ImportReport | CommitResult, dryRun: boolean) {
  return {
    added: result.added,
    updated: result.updated,
    unchanged: result.unchanged,
    rejected: result.rejected.map(({ row, column, reason }) => ({ row, column, reason })),
    dryRun,
    committed: 'committed' in result ? result.committed : false,
    ...('rejectsFile' in result && result.rejectsFile !== null ? { rejectsFile: result.rejectsFile } : {}),
  };
}

function describeImport(output: ReturnType<typeof importOutput>, result: ImportReport, locale: Locale): string {
  const lines = [translate(locale, 'sam.cli.importSummary', { added: output.added, updated: output.updated, unchanged: output.unchanged, rejected: result.rejectedRows })];
  for (const rejection of output.rejected) lines.push(translate(locale, 'sam.cli.rejectedRow', { row: rejection.row, column: rejection.column, reason: rejection.reason }));
  if (output.dryRun) lines.push(translate(locale, 'sam.cli.dryRun'));
  else if (!output.committed) lines.push(translate(locale, 'sam.import.hasRejected', { count: result.rejectedRows }));
  if (output.rejectsFile) lines.push(`→ ${output.rejectsFile}`);
  return lines.join('\n');
}

const percentText = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

function describePosition(position: PositionResult, locale: Locale): string {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const { summary } = position;
  const priced = Object.entries(summary.shortfallCost).map(([currency, amount]) => `${amount.toFixed(2)} ${currency}`).join(', ');
  const cost = shortfallCostUnknown(summary) ? t('sam.ui.costUnknown') : priced || '0';
  const lines = [t('sam.cli.positionSummary', { rate: percentText(summary.genuineRate), shortfalls: summary.shortfallRows, cost, expiring: position.expiring.length })];
  if (summary.unpricedShortfallRows > 0) lines.push(t('sam.cli.positionUnpriced', { count: summary.unpricedShortfallRows }));
  if (summary.freeInstallations > 0) lines.push(t('sam.cli.positionFree', { count: summary.freeInstallations }));
  for (const entry of position.byCategory) {
    if (entry.installations + entry.freeInstallations === 0) continue;
    lines.push(
      t('sam.cli.categoryLine', {
        category: t(`sam.inspectionCategory.${entry.category}`),
        rate: percentText(entry.genuineRate),
        covered: entry.coveredInstallations,
        installations: entry.installations,
        free: entry.freeInstallations,
        share: percentText(entry.domesticShare),
        domesticDevices: entry.domesticDevices,
        devices: entry.devices,
      }),
    );
  }
  for (const finding of position.findings) lines.push(`! ${finding.message}`);
  for (const row of position.rows) {
    const scope = row.scope.kind === 'enterprise' ? t('sam.scopeKind.enterprise') : row.scope.name;
    const entitled = row.entitled ?? t('sam.position.unlimited');
    lines.push(`${row.shortfall > 0 ? '!' : ' '} ${row.publisher} ${row.name} ${row.version} ${row.edition}`.trimEnd() + ` [${scope}] ${entitled} / ${row.consumed}${row.shortfall > 0 ? ` (−${row.shortfall})` : ''}`);
  }
  return lines.join('\n');
}

/** One line per snapshot: day, note, rate, and the domestic share of each category it has devices in. */
function describeHistory(history: readonly PositionSnapshot[], locale: Locale): string {
  return history
    .map((snapshot) => {
      const rates = snapshotRates(snapshot);
      const shares = snapshot.byCategory
        .filter((entry) => entry.category !== '' && entry.devices > 0)
        .map((entry) => `${translate(locale, `sam.inspectionCategory.${entry.category}`)} ${percentText(rates.byCategory.get(entry.category)?.domesticShare ?? null)}`);
      return translate(locale, 'sam.cli.snapshotLine', { day: snapshot.day, note: snapshot.note, rate: percentText(rates.genuineRate), shares: shares.join('，') || '—' });
    })
    .join('\n');
}

async function runImport(values: Record<string, string | boolean | string[] | undefined>, ctx: CommandContext): Promise<number> {
  const skipInvalid = values['skip-invalid'] === true;
  const rejects = typeof values.rejects === 'string' ? ctx.resolvePath(values.rejects) : undefined;
  if (skipInvalid && rejects === undefined) throw new UsageError('--skip-invalid needs --rejects R.csv, so rejected rows are never dropped silently');
  const mapping = typeof values.mapping === 'string' ? readMapping(ctx.resolvePath(values.mapping)) : undefined;
  const kind = oneOf('kind', values.kind ?? mapping?.kind, [...SAM_KINDS, 'auto'] as const, 'auto');
  const encoding = oneOf('encoding', values.encoding, ['auto', 'utf8', 'gbk'] as const, 'auto');
  const spec = { path: ctx.resolvePath(String(values.file)), kind, encoding, ...(mapping ? { columns: mapping.columns } : {}) };
  const dryRun = values['dry-run'] === true;
  const backend = ctx.backend();
  const result = dryRun
    ? await backend.call('sam.import.dryRun', spec, { locale: ctx.locale })
    : await backend.call('sam.import.commit', { ...spec, skipInvalid, ...(rejects ? { rejectsPath: rejects } : {}) }, { locale: ctx.locale });
  if (!result.ok) return ctx.report(result);
  const output = importOutput(result.value, dryRun);
  ctx.io.stdout(ctx.json ? `${JSON.stringify(output, null, 2)}\n` : `${describeImport(output, result.value, ctx.locale ?? 'zh-CN')}\n`);
  const failed = dryRun ? result.value.rejectedRows > 0 : !output.committed;
  return failed ? EXIT_FAILURE : EXIT_OK;
}

export const samCommands: Command[] = [
  {
    path: ['sam', 'import'],
    summary: 'Import software products, licences or installations from XLSX or CSV (软件资产导入)',
    usage: [
      'Prints { added, updated, unchanged, rejected: [{ row, column, reason }] }. All or nothing: when any row is',
      'rejected nothing is imported (exit 1), unless --skip-invalid imports the valid rows and writes the rejected',
      'ones to --rejects. Importing the same file again changes nothing.',
    ].join('\n'),
    options: {
      file: { type: 'string', required: true, description: 'the XLSX or CSV file (UTF-8, GBK or GB18030)', valueName: 'F' },
      kind: { type: 'string', description: 'products | entitlements | installations | auto (default: auto)', valueName: 'KIND' },
      encoding: { type: 'string', description: 'auto | utf8 | gbk (default: auto)', valueName: 'ENC' },
      mapping: { type: 'string', description: 'column mapping JSON: { "kind": …, "columns": { field: header } }', valueName: 'M.json' },
      'dry-run': { type: 'boolean', description: 'show what would change; change nothing' },
      'skip-invalid': { type: 'boolean', description: 'import the valid rows even if some are rejected (needs --rejects)' },
      rejects: { type: 'string', description: 'write the rejected rows, with reasons, to this CSV', valueName: 'R.csv' },
    },
    run: (values, _positionals, ctx) => runImport(values, ctx),
  },
  {
    path: ['sam', 'position'],
    summary: 'Show the effective licence position, shortfalls first (许可状况)',
    options: {
      scope: { type: 'string', description: 'only this subsidiary or department', valueName: 'S' },
      csv: { type: 'boolean', description: 'print the position rows as CSV' },
    },
    async run(values, _positionals, ctx) {
      const scope = typeof values.scope === 'string' ? values.scope : undefined;
      const result = await ctx.backend().call('sam.position', scope ? { scope } : {}, { locale: ctx.locale });
      if (result.ok && values.csv === true && !ctx.json) {
        const table = positionTable(result.value, ctx.locale ?? 'zh-CN');
        ctx.io.stdout('\ufeff' + csvLine(table.header) + [...table.rows].map((row) => csvLine(row)).join(''));
        return EXIT_OK;
      }
      return ctx.report(result, (position) => describePosition(position, ctx.locale ?? 'zh-CN'));
    },
  },
  {
    path: ['sam', 'snapshot'],
    summary: 'Keep today\'s position figures, to follow the rate and the domestic (信创) share over time (快照)',
    usage: 'Prints every snapshot, oldest first, with the new one last: { snapshot, history }.',
    options: {
      note: { type: 'string', description: 'a note to tell the snapshot apart, e.g. 2025 年第一季度盘点', valueName: 'TEXT' },
    },
    async run(values, _positionals, ctx) {
      const backend = ctx.backend();
      const taken = await backend.call('sam.snapshots.take', typeof values.note === 'string' ? { note: values.note } : {}, { locale: ctx.locale });
      if (!taken.ok) return ctx.report(taken);
      const history = await backend.call('sam.snapshots.list', {}, { locale: ctx.locale });
      if (!history.ok) return ctx.report(history);
      const value = { snapshot: taken.value, history: history.value };
      return ctx.report({ ok: true, value }, () => describeHistory(history.value, ctx.locale ?? 'zh-CN'));
    },
  },
  {
    path: ['sam', 'export'],
    summary: 'Export a register or the licence position to XLSX or CSV',
    options: {
      what: { type: 'string', required: true, description: EXPORT_TARGETS.join(' | '), valueName: 'WHAT' },
      out: { type: 'string', required: true, description: 'output file, .xlsx or .csv', valueName: 'F' },
      scope: { type: 'string', description: 'for the position: only this subsidiary or department', valueName: 'S' },
    },
    async run(values, _positionals, ctx) {
      const what = oneOf('what', values.what, EXPORT_TARGETS, 'products');
      const scope = typeof values.scope === 'string' ? { scope: values.scope } : {};
      const result = await ctx.backend().call('sam.export', { what, path: ctx.resolvePath(String(values.out)), ...scope }, { locale: ctx.locale });
      return ctx.report(result, ({ path, rows }) => `${rows} → ${path}`);
    },
  },
];
