import type { AuditEntry } from '../../../shared/contract/audit/schemas';
import type { BackupInfo } from '../../../shared/contract/backup/schemas';
import { formatBytes } from '../../../shared/contract/limits';
import { translate, type Locale } from '../../../shared/i18n';
import { EXIT_FAILURE, UsageError, type Command } from '../types';

const describeBackup = (b: BackupInfo, locale: Locale) =>
  `${b.createdAt}  ${translate(locale, `backup.kind.${b.kind}`)}  ${formatBytes(b.size)}  v${b.schemaVersion ?? '?'}  ${b.path}`;

const describeEntry = (e: AuditEntry) => `#${e.seq}  ${e.at}  ${e.actor || '-'}  ${e.method}  ${e.entity ?? ''}`;

function nonNegativeInt(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} must be a whole number`);
  return n;
}

export const reliabilityCommands: Command[] = [
  {
    path: ['backup'],
    summary: 'Back up the workspace database now (SQLite online backup), into backups/ or to --out',
    options: { out: { type: 'string', description: 'write the copy to this file instead of the backups folder', valueName: 'FILE' } },
    async run(values, _positionals, ctx) {
      const out = typeof values.out === 'string' ? ctx.resolvePath(values.out) : undefined;
      const backend = ctx.backend();
      const result = out
        ? await backend.backupTo(out).then((value) => ({ ok: true as const, value }))
        : await backend.call('backup.create', {}, { locale: ctx.locale });
      return ctx.report(result, (b) => `→ ${b.path} (${formatBytes(b.size)})`);
    },
  },
  {
    path: ['backup', 'list'],
    summary: 'List the backups in the workspace, newest first',
    async run(_values, _positionals, ctx) {
      const result = await ctx.backend().call('backup.list', {}, { locale: ctx.locale });
      const locale = ctx.locale ?? 'zh-CN';
      return ctx.report(result, (list) =>
        list.length ? list.map((b) => describeBackup(b, locale)).join('\n') : translate(locale, 'app.settings.noBackups'),
      );
    },
  },
  {
    path: ['restore'],
    summary: 'Replace the workspace database with a backup (checked first; the current state is backed up)',
    options: { file: { type: 'string', required: true, description: 'the backup to restore', valueName: 'FILE' } },
    async run(values, _positionals, ctx) {
      const result = await ctx.backend().call('backup.restore', { path: ctx.resolvePath(String(values.file)) }, { locale: ctx.locale });
      return ctx.report(result, (r) => `← ${r.restoredFrom}\n(${r.safetyBackup.path})`);
    },
  },
  {
    path: ['audit', 'verify'],
    summary: "Check the audit log's hash chain; exit 1 naming the first broken entry",
    async run(_values, _positionals, ctx) {
      const result = await ctx.backend().call('audit.verify', {}, { locale: ctx.locale });
      if (!result.ok) return ctx.report(result);
      const v = result.value;
      const locale = ctx.locale ?? 'zh-CN';
      if (ctx.json) ctx.io.stdout(`${JSON.stringify(v, null, 2)}\n`);
      if (v.ok) {
        if (!ctx.json) ctx.io.stdout(`${translate(locale, 'app.settings.auditOk', { entries: v.entries })}\nhead: ${v.head ?? '-'}\n`);
        return 0;
      }
      const contradicted = v.backupAnchors.contradicted[0];
      const message = v.firstBroken
        ? translate(locale, 'app.settings.auditBroken', {
            seq: v.firstBroken.seq,
            reason: translate(locale, `audit.broken.${v.firstBroken.reason}`),
          })
        : translate(locale, 'app.settings.auditAnchorContradicted', { seq: contradicted!.seq, backup: contradicted!.backup });
      ctx.io.stderr(`denggao: ${message}\n`);
      return EXIT_FAILURE;
    },
  },
  {
    path: ['audit', 'list'],
    summary: 'List audit log entries, newest first',
    options: {
      limit: { type: 'string', description: 'entries per page (default 50, at most 500)', valueName: 'N' },
      offset: { type: 'string', description: 'entries to skip from the newest (default 0)', valueName: 'N' },
      method: { type: 'string', description: 'only entries of this method, e.g. profile.save', valueName: 'METHOD' },
    },
    async run(values, _positionals, ctx) {
      const limit = nonNegativeInt(values.limit, 'limit');
      const offset = nonNegativeInt(values.offset, 'offset');
      const input = {
        ...(limit !== undefined ? { limit } : {}),
        ...(offset !== undefined ? { offset } : {}),
        ...(typeof values.method === 'string' ? { method: values.method } : {}),
      };
      const result = await ctx.backend().call('audit.list', input, { locale: ctx.locale });
      return ctx.report(result, (page) => [...page.entries.map(describeEntry), `(${page.entries.length} / ${page.total})`].join('\n'));
    },
  },
];
