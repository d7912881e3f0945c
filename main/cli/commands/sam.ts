import fs from 'node:fs';
import type { AliasDictionary } from '../../../shared/contract/sam/aliases';
import type { CommitResult, ImportReport, PositionResult } from '../../../shared/contract/sam/methods';
import type { PositionSnapshot } from '../../../shared/contract/sam/schemas';
import { EXPORT_TARGETS, SAM_KINDS } from '../../../shared/contract/sam/vocabulary';
import { snapshotRates } from '../../../shared/domain/sam/snapshot';
import { shortfallCostUnknown } from '../../../shared/domain/sam/figures';
import { translate, type Locale, type MessageKey } from '../../../shared/i18n';
import { readJsonFile } from '../files';
import { EXIT_FAILURE, EXIT_OK, UsageError, type Command, type CommandContext } from '../types';
import { formatPercent } from '../../../shared/i18n/formats';

function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly unknown[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}`);
  return value as T;
}

type StringMap = Record<string, string>;

/** The string entries of a JSON object; anything else in it is not a mapping and is left out. */
function stringsOf(value: unknown): StringMap {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/**
 * A mapping file: a saved profile ({ kind, columns, values, constants }, as the mapping screen saves it)
 * or just field → header text. `values` maps a field's words to its values (站点授权 → site); `constants`
 * sets a field for every row.
 */
function readMapping(file: string): { kind?: string; columns: StringMap; values: Record<string, StringMap>; constants: StringMap } {
  const data = readJsonFile(file) as Record<string, unknown>;
  const isProfile = ['columns', 'values', 'constants'].some((key) => typeof data[key] === 'object' && data[key] !== null);
  const values =
    typeof data.values === 'object' && data.values !== null
      ? Object.fromEntries(Object.entries(data.values).map(([field, map]) => [field, stringsOf(map)]))
      : {};
  return {
    ...(typeof data.kind === 'string' ? { kind: data.kind } : {}),
    columns: stringsOf(isProfile ? data.columns : data),
    values,
    constants: stringsOf(data.constants),
  };
}

function importOutput(result: ImportReport | CommitResult, dryRun: boolean) {
  return {
    added: result.added,
    updated: result.updated,
    unchanged: result.unchanged,
    rejected: result.rejected.map(({ row, serial, column, reason }) => ({
      row,
      ...(serial === undefined ? {} : { serial }),
      column,
      reason,
    })),
    ...(result.warnings.length > 0 ? { warnings: result.warnings.map(({ row, column, reason }) => ({ row, column, reason })) } : {}),
    productsAdded: result.productsAdded,
    dryRun,
    committed: 'committed' in result ? result.committed : false,
    ...('rejectsFile' in result && result.rejectsFile !== null ? { rejectsFile: result.rejectsFile } : {}),
  };
}

/** A commit that took rows but wrote none: said plainly, never as a success. */
function importedNothing(output: ReturnType<typeof importOutput>, result: ImportReport): boolean {
  return output.committed && output.added + output.updated === 0 && result.rejectedRows > 0;
}

function describeImport(output: ReturnType<typeof importOutput>, result: ImportReport, locale: Locale): string {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  const lines = [
    t('sam.cli.importSummary', {
      added: output.added,
      updated: output.updated,
      unchanged: output.unchanged,
      rejected: result.rejectedRows,
    }),
  ];
  if (output.productsAdded > 0)
    lines.push(t(output.dryRun ? 'sam.cli.productsToAdd' : 'sam.cli.productsAdded', { count: output.productsAdded }));
  for (const { row, serial, column, reason } of output.rejected) {
    lines.push(
      serial === undefined
        ? t('sam.cli.rejectedRow', { row, column, reason })
        : t('sam.cli.rejectedRowWithSerial', { row, serial, column, reason }),
    );
  }
  for (const warning of output.warnings ?? [])
    lines.push(t('sam.cli.warningRow', { row: warning.row, column: warning.column, reason: warning.reason }));
  if (output.dryRun) lines.push(t('sam.cli.dryRun'));
  else if (importedNothing(output, result)) lines.push(t('sam.import.nothingImported', { count: result.rejectedRows }));
  else if (!output.committed) lines.push(t('sam.import.hasRejected', { count: result.rejectedRows }));
  if (output.rejectsFile) lines.push(`→ ${output.rejectsFile}`);
  return lines.join('\n');
}

function describeAliases(edited: boolean, dictionary: AliasDictionary, locale: Locale): string {
  const lines = [
    translate(locale, edited ? 'sam.cli.aliasesEdited' : 'sam.cli.aliasesShipped', { id: dictionary.id, version: dictionary.version }),
  ];
  for (const entry of dictionary.publishers) lines.push(`${entry.name} ← ${entry.aliases.join(' / ')}`);
  for (const entry of dictionary.products) lines.push(`${entry.publisher} ${entry.name} ← ${entry.aliases.join(' / ')}`);
  return lines.join('\n');
}

function describePosition(position: PositionResult, locale: Locale): string {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  const { summary } = position;
  const priced = Object.entries(summary.shortfallCost)
    .map(([currency, amount]) => `${amount.toFixed(2)} ${currency}`)
    .join(', ');
  const cost = shortfallCostUnknown(summary) ? t('sam.ui.costUnknown') : priced || '0';
  const lines = [
    t('sam.cli.positionSummary', {
      rate: formatPercent(summary.genuineRate),
      shortfalls: summary.shortfallRows,
      cost,
      expiring: position.expiring.length,
    }),
  ];
  if (summary.unpricedShortfallRows > 0) lines.push(t('sam.cli.positionUnpriced', { count: summary.unpricedShortfallRows }));
  if (summary.freeInstallations > 0) lines.push(t('sam.cli.positionFree', { count: summary.freeInstallations }));
  for (const entry of position.byCategory) {
    if (entry.installations + entry.freeInstallations === 0) continue;
    lines.push(
      t('sam.cli.categoryLine', {
        category: t(`sam.inspectionCategory.${entry.category}`),
        rate: formatPercent(entry.genuineRate),
        covered: entry.coveredInstallations,
        installations: entry.installations,
        free: entry.freeInstallations,
        share: formatPercent(entry.domesticShare),
        domesticDevices: entry.domesticDevices,
        devices: entry.devices,
      }),
    );
  }
  for (const finding of position.findings) lines.push(`! ${finding.message}`);
  for (const row of position.rows) {
    const scope = row.scope.kind === 'enterprise' ? t('sam.scopeKind.enterprise') : row.scope.name;
    const entitled = row.entitled ?? t('sam.position.unlimited');
    lines.push(
      `${row.shortfall > 0 ? '!' : ' '} ${row.publisher} ${row.name} ${row.version} ${row.edition}`.trimEnd() +
        ` [${scope}] ${entitled} / ${row.consumed}${row.shortfall > 0 ? ` (−${row.shortfall})` : ''}`,
    );
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
        .map(
          (entry) =>
            `${translate(locale, `sam.inspectionCategory.${entry.category}`)} ${formatPercent(rates.byCategory.get(entry.category)?.domesticShare ?? null)}`,
        );
      return translate(locale, 'sam.cli.snapshotLine', {
        day: snapshot.day,
        note: snapshot.note,
        rate: formatPercent(rates.genuineRate),
        shares: shares.join('，') || '—',
      });
    })
    .join('\n');
}

async function runImport(values: Record<string, string | boolean | string[] | undefined>, ctx: CommandContext): Promise<number> {
  const skipInvalid = values['skip-invalid'] === true;
  const rejects = typeof values.rejects === 'string' ? ctx.resolvePath(values.rejects) : undefined;
  if (skipInvalid && rejects === undefined)
    throw new UsageError('--skip-invalid needs --rejects R.csv, so rejected rows are never dropped silently');
  const mapping = typeof values.mapping === 'string' ? readMapping(ctx.resolvePath(values.mapping)) : undefined;
  const kind = oneOf('kind', values.kind ?? mapping?.kind, [...SAM_KINDS, 'auto'] as const, 'auto');
  const encoding = oneOf('encoding', values.encoding, ['auto', 'utf8', 'gbk'] as const, 'auto');
  const spec = {
    path: ctx.resolvePath(String(values.file)),
    kind,
    encoding,
    ...(mapping ? { columns: mapping.columns, values: mapping.values, constants: mapping.constants } : {}),
  };
  const dryRun = values['dry-run'] === true;
  const backend = ctx.backend();
  const result = dryRun
    ? await backend.call('sam.import.dryRun', spec, { locale: ctx.locale })
    : await backend.call(
        'sam.import.commit',
        { ...spec, skipInvalid, ...(rejects ? { rejectsPath: rejects } : {}) },
        { locale: ctx.locale },
      );
  if (!result.ok) return ctx.report(result);
  const output = importOutput(result.value, dryRun);
  ctx.io.stdout(ctx.json ? `${JSON.stringify(output, null, 2)}\n` : `${describeImport(output, result.value, ctx.locale ?? 'zh-CN')}\n`);
  const failed = dryRun ? result.value.rejectedRows > 0 : !output.committed || importedNothing(output, result.value);
  return failed ? EXIT_FAILURE : EXIT_OK;
}

export const samCommands: Command[] = [
  {
    path: ['sam', 'import'],
    summary: 'Import software products, licences or installations from XLSX or CSV (软件资产导入)',
    usage: [
      'Prints { added, updated, unchanged, rejected: [{ row, serial?, column, reason }], warnings?, productsAdded }.',
      'Columns are recognised by header and by content; --mapping adds value mappings (站点授权 → site) and',
      'constants (scopeKind = 部门). A commit that imports nothing while refusing rows exits 1. All or nothing: when any row is',
      'rejected nothing is imported (exit 1), unless --skip-invalid imports the valid rows and writes the rejected',
      'ones to --rejects. Importing the same file again changes nothing.',
    ].join('\n'),
    options: {
      file: { type: 'string', required: true, description: 'the XLSX or CSV file (UTF-8, GBK or GB18030)', valueName: 'F' },
      kind: { type: 'string', description: 'products | entitlements | installations | auto (default: auto)', valueName: 'KIND' },
      encoding: { type: 'string', description: 'auto | utf8 | gbk (default: auto)', valueName: 'ENC' },
      mapping: {
        type: 'string',
        description:
          'mapping JSON: { "kind": …, "columns": { field: header }, "values": { field: { word: value } }, "constants": { field: text } }',
        valueName: 'M.json',
      },
      'dry-run': { type: 'boolean', description: 'show what would change; change nothing' },
      'skip-invalid': { type: 'boolean', description: 'import the valid rows even if some are rejected (needs --rejects)' },
      rejects: { type: 'string', description: 'write the rejected rows, with reasons, to this CSV', valueName: 'R.csv' },
    },
    run: (values, _positionals, ctx) => runImport(values, ctx),
  },
  {
    path: ['sam', 'aliases'],
    summary: 'Show, replace or reset the publisher and product alias dictionary (厂商与产品别名)',
    usage: [
      'Without options prints the dictionary in use. --set F.json replaces it with the file (as --out writes it);',
      'a name that stands for two publishers or two products is refused, naming it, and nothing changes.',
      'Imports and saved records use the names it keeps (微软 for Microsoft, Microsoft Corporation, …).',
    ].join('\n'),
    options: {
      out: { type: 'string', description: 'write the dictionary in use to this JSON file', valueName: 'F.json' },
      set: { type: 'string', description: 'replace the dictionary with this JSON file', valueName: 'F.json' },
      reset: { type: 'boolean', description: 'go back to the dictionary the program ships' },
    },
    async run(values, _positionals, ctx) {
      const backend = ctx.backend();
      if (typeof values.set === 'string' || values.reset === true) {
        const dictionary = values.reset === true ? null : readJsonFile(ctx.resolvePath(values.set as string));
        const saved = await backend.call('sam.aliases.save', { dictionary } as never, { locale: ctx.locale });
        return ctx.report(saved, ({ edited }) =>
          translate(ctx.locale ?? 'zh-CN', edited ? 'sam.cli.aliasesSaved' : 'sam.cli.aliasesReset'),
        );
      }
      const current = await backend.call('sam.aliases.get', {}, { locale: ctx.locale });
      if (current.ok && typeof values.out === 'string') {
        const file = ctx.resolvePath(values.out);
        fs.writeFileSync(file, `${JSON.stringify(current.value.dictionary, null, 2)}\n`);
        return ctx.report(current, () => `→ ${file}`);
      }
      return ctx.report(current, ({ edited, dictionary }) => describeAliases(edited, dictionary, ctx.locale ?? 'zh-CN'));
    },
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
        // The export code reads the registers too, which loads the SAM schemas: only for this one printer.
        const [{ positionTable }, { csvLine }] = await Promise.all([
          import('../../backend/sam/export-jobs'),
          import('../../backend/sam/import/export'),
        ]);
        const table = positionTable(result.value, ctx.locale ?? 'zh-CN');
        ctx.io.stdout('\ufeff' + csvLine(table.header) + [...table.rows].map((row) => csvLine(row)).join(''));
        return EXIT_OK;
      }
      return ctx.report(result, (position) => describePosition(position, ctx.locale ?? 'zh-CN'));
    },
  },
  {
    path: ['sam', 'snapshot'],
    summary: "Keep today's position figures, to follow the rate and the domestic (信创) share over time (快照)",
    usage: 'Prints every snapshot, oldest first, with the new one last: { snapshot, history }.',
    options: {
      note: { type: 'string', description: 'a note to tell the snapshot apart, e.g. 2025 年第一季度盘点', valueName: 'TEXT' },
    },
    async run(values, _positionals, ctx) {
      const backend = ctx.backend();
      const taken = await backend.call('sam.snapshots.take', typeof values.note === 'string' ? { note: values.note } : {}, {
        locale: ctx.locale,
      });
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
      const result = await ctx
        .backend()
        .call('sam.export', { what, path: ctx.resolvePath(String(values.out)), ...scope }, { locale: ctx.locale });
      return ctx.report(result, ({ path, rows }) => `${rows} → ${path}`);
    },
  },
];
