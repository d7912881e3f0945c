/**
 * Filing packages from the command line (docs/filing-package.md): keys, export, verify, import, the
 * receiver's trust list, filings and consolidated view. The passphrase comes from DENGGAO_PASSPHRASE or a
 * prompt; with no terminal to prompt on, a missing passphrase is a usage error, never a hang.
 */
import fs from 'node:fs';
import type { VerifyResult } from '../../../shared/contract/filing/schemas';
import { AppError } from '../../backend/errors';
import { EXIT_FAILURE, EXIT_OK, UsageError, type Command, type CommandContext } from '../types';

const PASSPHRASE_ENV = 'DENGGAO_PASSPHRASE';

async function passphrase(ctx: CommandContext, confirm: boolean): Promise<string> {
  const fromEnv = ctx.io.env[PASSPHRASE_ENV];
  if (fromEnv) return fromEnv;
  if (!ctx.io.readSecret) throw new UsageError(`no passphrase: set ${PASSPHRASE_ENV} (stdin is not a terminal to ask on)`);
  const first = await ctx.io.readSecret('Passphrase: ');
  if (confirm && (await ctx.io.readSecret('Passphrase again: ')) !== first) throw new UsageError('the two passphrases differ');
  return first;
}

const strings = (value: string | boolean | string[] | undefined): string[] => (Array.isArray(value) ? value : typeof value === 'string' ? [value] : []);

/** The --trust files' certificates, as PEM or DER read from disk. */
function trustFiles(ctx: CommandContext, value: string | boolean | string[] | undefined): string[] {
  return strings(value).map((file) => {
    const resolved = ctx.resolvePath(file);
    try {
      const bytes = fs.readFileSync(resolved);
      const text = bytes.toString('latin1');
      // DER travels as PEM, which the backend reads the same way.
      return text.includes('-----BEGIN') ? text : `-----BEGIN CERTIFICATE-----\n${bytes.toString('base64')}\n-----END CERTIFICATE-----\n`;
    } catch (error) {
      throw new AppError('error.file.read', { file: resolved, detail: (error as NodeJS.ErrnoException).code ?? String(error) }, { file: resolved });
    }
  });
}

function describeVerify(result: VerifyResult): string {
  const lines = [result.valid ? 'valid' : 'INVALID'];
  if (result.manifest) lines.push(`enterprise: ${result.manifest.enterprise.name} (${result.manifest.enterprise.uscc}), period ${result.manifest.period}, ${result.manifest.files.length} files`);
  if (result.signer) lines.push(`signer: ${result.signer.subject}`, `fingerprint (SHA-256): ${result.signer.fingerprintSha256}`);
  for (const error of result.errors) lines.push(`  ${error.code}${error.file ? ` ${error.file}` : ''}: ${error.message}`);
  return lines.join('\n');
}

const trustOption = { trust: { type: 'string' as const, multiple: true, description: 'a certificate (PEM or DER) to trust for this call: a pinned signer or a CA', valueName: 'CERT.pem' } };

export const filingCommands: Command[] = [
  {
    path: ['keygen'],
    summary: 'Make signing keys (P-256 with a self-signed certificate, and SM2), encrypted under a passphrase',
    usage: `The passphrase comes from ${PASSPHRASE_ENV}, or is asked for twice on the terminal.`,
    options: {
      out: { type: 'string', required: true, description: 'key directory to create', valueName: 'DIR' },
      name: { type: 'string', required: true, description: 'enterprise name (the certificate subject)', valueName: 'NAME' },
      uscc: { type: 'string', required: true, description: 'unified social credit code (统一社会信用代码)', valueName: 'CODE' },
    },
    async run(values, _positionals, ctx) {
      const secret = await passphrase(ctx, true);
      const result = await ctx.backend().call(
        'filing.keys.generate',
        { keyDir: ctx.resolvePath(String(values.out)), name: String(values.name), uscc: String(values.uscc), passphrase: secret },
        { locale: ctx.locale },
      );
      return ctx.report(result, (info) => `→ ${info.keyDir}\nsubject: ${info.signer?.subject}\nfingerprint (SHA-256): ${info.signer?.fingerprintSha256}\nSM2 key fingerprint: ${info.signer?.sm2PublicKeyFingerprint}`);
    },
  },
  {
    path: ['package', 'export'],
    summary: "Write and sign a filing package (备案包) of the workspace's data, attachments and reports",
    usage: `The passphrase comes from ${PASSPHRASE_ENV}, or is asked for on the terminal. Without --include, every section of the data is filed.`,
    options: {
      'key-dir': { type: 'string', required: true, description: 'the signing keys', valueName: 'DIR' },
      out: { type: 'string', required: true, description: 'the package to write', valueName: 'F.dgpkg' },
      include: { type: 'string', multiple: true, description: 'a data section to file (profile, attachments, …; attachments brings the files)', valueName: 'SECTION' },
      report: { type: 'string', multiple: true, description: 'a PDF report to put under reports/', valueName: 'FILE.pdf' },
      period: { type: 'string', description: 'the period filed: 2025, 2025-H1, 2025-Q3 or 2025-07 (default: this year)', valueName: 'PERIOD' },
      'no-audit-log': { type: 'boolean', description: "leave the audit log out (its entries hold the values of every recorded change, of sections left out too)" },
    },
    async run(values, _positionals, ctx) {
      const include = strings(values.include);
      const secret = await passphrase(ctx, false);
      const result = await ctx.backend().call(
        'filing.export',
        {
          keyDir: ctx.resolvePath(String(values['key-dir'])),
          out: ctx.resolvePath(String(values.out)),
          period: typeof values.period === 'string' ? values.period : String(new Date().getFullYear()),
          reports: strings(values.report).map(ctx.resolvePath),
          ...(include.length > 0 ? { sections: include } : {}),
          includeAuditLog: values['no-audit-log'] !== true,
          passphrase: secret,
        },
        { locale: ctx.locale },
      );
      return ctx.report(result, (done) => `→ ${done.path}\npackage id: ${done.packageId}\n${done.files} files, ${done.packageBytes} bytes\nsigner fingerprint (SHA-256): ${done.signerFingerprint}`);
    },
  },
  {
    path: ['package', 'verify'],
    summary: 'Check a filing package: structure, manifest, hashes, CMS and SM2 signatures, trust',
    usage: 'Trusted: the certificates given with --trust and the workspace trust list. Exit 0 when valid, 1 when not.',
    positionals: ['F.dgpkg'],
    options: trustOption,
    async run(values, positionals, ctx) {
      const result = await ctx.backend().call('filing.verify', { path: ctx.resolvePath(positionals[0]!), trust: trustFiles(ctx, values.trust) }, { locale: ctx.locale });
      if (!result.ok) return ctx.report(result);
      ctx.io.stdout(`${ctx.json ? JSON.stringify(result.value, null, 2) : describeVerify(result.value)}\n`);
      return result.value.valid ? EXIT_OK : EXIT_FAILURE;
    },
  },
  {
    path: ['package', 'import'],
    summary: 'Import a verified filing package into this (receiving) workspace',
    usage: 'Only a valid package from a trusted signer is imported; a package id already held is refused.',
    positionals: ['F.dgpkg'],
    options: trustOption,
    async run(values, positionals, ctx) {
      const result = await ctx.backend().call('filing.import', { path: ctx.resolvePath(positionals[0]!), trust: trustFiles(ctx, values.trust) }, { locale: ctx.locale });
      return ctx.report(result, ({ filing }) => `imported: ${filing.enterprise.name} (${filing.enterprise.uscc}), period ${filing.period}, package ${filing.packageId}`);
    },
  },
  {
    path: ['trust', 'add'],
    summary: "Add a certificate to the receiver's trust list (a signer pinned by fingerprint, or a CA)",
    positionals: ['CERT.pem'],
    options: { label: { type: 'string', description: 'a name to show for it', valueName: 'TEXT' } },
    async run(values, positionals, ctx) {
      const result = await ctx.backend().call('filing.trust.add', { path: ctx.resolvePath(positionals[0]!), ...(typeof values.label === 'string' ? { label: values.label } : {}) }, { locale: ctx.locale });
      return ctx.report(result, (entry) => `${entry.fingerprintSha256} ${entry.isCa ? 'CA ' : ''}${entry.subject}`);
    },
  },
  {
    path: ['trust', 'list'],
    summary: "The receiver's trust list",
    async run(_values, _positionals, ctx) {
      const result = await ctx.backend().call('filing.trust.list', {}, { locale: ctx.locale });
      return ctx.report(result, (entries) => entries.map((e) => `${e.id}  ${e.fingerprintSha256}  ${e.isCa ? 'CA ' : ''}${e.subject}${e.label ? `  (${e.label})` : ''}`).join('\n'));
    },
  },
  {
    path: ['trust', 'remove'],
    summary: 'Remove a certificate from the trust list (by the id `trust list` shows)',
    positionals: ['ID'],
    async run(_values, positionals, ctx) {
      const result = await ctx.backend().call('filing.trust.remove', { id: positionals[0]! }, { locale: ctx.locale });
      return ctx.report(result, ({ removed }) => (removed ? 'removed' : 'no such entry'));
    },
  },
  {
    path: ['filings', 'list'],
    summary: 'The filings this workspace received, by enterprise and period (with history)',
    options: {
      uscc: { type: 'string', description: 'only this enterprise', valueName: 'CODE' },
      period: { type: 'string', description: 'only this period', valueName: 'PERIOD' },
    },
    async run(values, _positionals, ctx) {
      const filter = { ...(typeof values.uscc === 'string' ? { uscc: values.uscc } : {}), ...(typeof values.period === 'string' ? { period: values.period } : {}) };
      const result = await ctx.backend().call('filing.filings.list', filter, { locale: ctx.locale });
      return ctx.report(result, (filings) =>
        filings.map((f) => `${f.enterprise.uscc}  ${f.period.padEnd(8)} ${f.createdAt}  ${f.current ? 'current ' : 'history '} ${f.enterprise.name}`).join('\n'),
      );
    },
  },
  {
    path: ['consolidated'],
    summary: 'The consolidated view over the received filings (grades, plans, protected objects, gaps, licences)',
    options: { period: { type: 'string', description: "a period (default: each enterprise's newest filing)", valueName: 'PERIOD' } },
    async run(values, _positionals, ctx) {
      const result = await ctx.backend().call('filing.consolidated', typeof values.period === 'string' ? { period: values.period } : {}, { locale: ctx.locale });
      return ctx.report(result, (view) =>
        [
          `period: ${view.period ?? 'newest of each enterprise'}; enterprises: ${view.enterprises.length}`,
          `by grade: ${view.byGrade.map((g) => `${g.grade} ${g.count}`).join(', ')}`,
          `plans: ${view.planProgress.enterprises}, milestones ${view.planProgress.done}/${view.planProgress.milestones} done, ${view.planProgress.overdue} overdue`,
          `protected objects: ${view.protectedObjects.total}; ${view.protectedObjects.levels.map((l) => `L${l.level} ${l.objects} (${l.notFiled} not filed)`).join(', ')}`,
          `gap results: ${view.gap.compliant} compliant, ${view.gap.basicallyCompliant} basically, ${view.gap.noncompliant} non-compliant (${view.gap.provisional} provisional); major hidden risks ${view.gap.majorHiddenRisks} (${view.gap.majorHiddenRisksRemediated} remediated)`,
          `licences: genuine rate ${view.licences.genuineRate === null ? '—' : `${(view.licences.genuineRate * 100).toFixed(1)} %`}, shortfall ${view.licences.shortfallUnits}`,
        ].join('\n'),
      );
    },
  },
];
