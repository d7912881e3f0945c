/**
 * Filing packages from the command line (docs/filing-package.md): keys, export, verify, import, the
 * receiver's trust list, filings and consolidated view. The passphrase comes from DENGGAO_PASSPHRASE or a
 * prompt; with no terminal to prompt on, a missing passphrase is a usage error, never a hang.
 */
import fs from 'node:fs';
import type { Grade } from '../../../shared/contract/assessment/schemas';
import type { IssuedReceipt, SentPackage } from '../../../shared/contract/filing/receipt';
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

const strings = (value: string | boolean | string[] | undefined): string[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];

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
      throw new AppError(
        'error.file.read',
        { file: resolved, detail: (error as NodeJS.ErrnoException).code ?? String(error) },
        { file: resolved },
      );
    }
  });
}

function describeVerify(result: VerifyResult): string {
  const lines = [result.valid ? 'valid' : 'INVALID'];
  if (result.manifest)
    lines.push(
      `enterprise: ${result.manifest.enterprise.name} (${result.manifest.enterprise.uscc}), period ${result.manifest.period}, ${result.manifest.files.length} files`,
    );
  if (result.signer) lines.push(`signer: ${result.signer.subject}`, `fingerprint (SHA-256): ${result.signer.fingerprintSha256}`);
  lines.push(...describeErrors(result.errors));
  for (const inner of result.inner ?? []) {
    lines.push(
      `${'  '.repeat(inner.tier)}${inner.valid ? 'valid  ' : 'INVALID'} ${inner.path}: ${inner.enterprise.name} (${inner.enterprise.uscc}), package ${inner.packageId}`,
    );
    lines.push(...describeErrors(inner.errors).map((line) => `${'  '.repeat(inner.tier)}${line}`));
  }
  return lines.join('\n');
}

/** One line per finding: its code, the member it concerns, its message. */
function describeErrors(errors: VerifyResult['errors']): string[] {
  return errors.map((error) => `  ${error.code}${error.file ? ` ${error.file}` : ''}: ${error.message}`);
}

const receiptOptions = {
  'receipt-out': { type: 'string' as const, description: 'sign a receipt (回执) and write it here', valueName: 'R.dgrcpt' },
  'key-dir': { type: 'string' as const, description: "the receiver's signing keys (default: the workspace's)", valueName: 'DIR' },
};

/** The receipt signing input from --receipt-out and --key-dir; undefined when no receipt was asked for. */
async function receiptSigning(ctx: CommandContext, values: Record<string, string | boolean | string[] | undefined>, required = false) {
  const out = values['receipt-out'];
  if (typeof out !== 'string') {
    if (required) throw new UsageError('--receipt-out is required: the decision travels in a signed receipt');
    return undefined;
  }
  const keyDir = values['key-dir'];
  return {
    out: ctx.resolvePath(out),
    passphrase: await passphrase(ctx, false),
    ...(typeof keyDir === 'string' ? { keyDir: ctx.resolvePath(keyDir) } : {}),
  };
}

/** SECTION:TEXT — the text may contain colons. */
function parseReason(value: string): { section: string; text: string } {
  const colon = value.indexOf(':');
  if (colon <= 0 || colon === value.length - 1) throw new UsageError(`--reason ${value}: expected SECTION:TEXT`);
  return { section: value.slice(0, colon).trim(), text: value.slice(colon + 1).trim() };
}

/** INDICATOR:POINTS[:NOTE] */
function parseAdjustment(value: string): { indicatorId: string; reviewedPoints: number; note: string } {
  const [indicatorId, points, ...note] = value.split(':');
  const reviewedPoints = Number(points);
  if (!indicatorId || points === undefined || points.trim() === '' || !Number.isFinite(reviewedPoints))
    throw new UsageError(`--adjust ${value}: expected INDICATOR:POINTS[:NOTE]`);
  return { indicatorId, reviewedPoints, note: note.join(':') };
}

function describeIssued(receipt: IssuedReceipt): string {
  const reasons = receipt.reasons.map((reason) => `  ${reason.section}: ${reason.text}`);
  return [`receipt: ${receipt.result}, accession number ${receipt.accessionNumber} → ${receipt.path}`, ...reasons].join('\n');
}

function describeSent(sent: SentPackage): string {
  const receipt = sent.receipt;
  const reasons = receipt?.reasons.map((reason) => `  ${reason.section}: ${reason.text}`) ?? [];
  const refusal = receipt?.refusal.map((finding) => `  ${finding.code}: ${finding.message}`) ?? [];
  return [
    `${sent.packageId}  ${sent.period.padEnd(8)} ${sent.state}${receipt ? `  ${receipt.accessionNumber} (${receipt.issuedAt})` : ''}${sent.amends ? `  amends ${sent.amends}` : ''}`,
    ...reasons,
    ...refusal,
  ].join('\n');
}

const trustOption = {
  trust: {
    type: 'string' as const,
    multiple: true,
    description: 'a certificate (PEM or DER) to trust for this call: a pinned signer or a CA',
    valueName: 'CERT.pem',
  },
};

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
      const result = await ctx
        .backend()
        .call(
          'filing.keys.generate',
          { keyDir: ctx.resolvePath(String(values.out)), name: String(values.name), uscc: String(values.uscc), passphrase: secret },
          { locale: ctx.locale },
        );
      return ctx.report(
        result,
        (info) =>
          `→ ${info.keyDir}\nsubject: ${info.signer?.subject}\nfingerprint (SHA-256): ${info.signer?.fingerprintSha256}\nSM2 key fingerprint: ${info.signer?.sm2PublicKeyFingerprint}`,
      );
    },
  },
  {
    path: ['package', 'export'],
    summary: "Write and sign a filing package (备案包) of the workspace's data, attachments and reports",
    usage: `The passphrase comes from ${PASSPHRASE_ENV}, or is asked for on the terminal. Without --include, every section of the data is filed.`,
    options: {
      'key-dir': { type: 'string', required: true, description: 'the signing keys', valueName: 'DIR' },
      out: { type: 'string', required: true, description: 'the package to write', valueName: 'F.dgpkg' },
      include: {
        type: 'string',
        multiple: true,
        description: 'a data section to file (profile, attachments, …; attachments brings the files)',
        valueName: 'SECTION',
      },
      report: { type: 'string', multiple: true, description: 'a PDF report to put under reports/', valueName: 'FILE.pdf' },
      period: {
        type: 'string',
        description: 'the period filed: 2025, 2025-H1, 2025-Q3 or 2025-07 (default: this year)',
        valueName: 'PERIOD',
      },
      'no-audit-log': {
        type: 'boolean',
        description: 'leave the audit log out (its entries hold the values of every recorded change, of sections left out too)',
      },
      amends: {
        type: 'string',
        description: 'the id of a package this workspace sent for the same period that this one replaces (an amendment)',
        valueName: 'PACKAGE_ID',
      },
      'include-filings': {
        type: 'boolean',
        description:
          'a roll-up: also carry, unchanged and still signed, the packages this workspace accepted for the period, with its consolidated view of them',
      },
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
          ...(typeof values.amends === 'string' ? { amends: values.amends } : {}),
          includeFilings: values['include-filings'] === true,
          passphrase: secret,
        },
        { locale: ctx.locale },
      );
      return ctx.report(
        result,
        (done) =>
          `→ ${done.path}\npackage id: ${done.packageId}\n${done.files} files, ${done.packageBytes} bytes\nsigner fingerprint (SHA-256): ${done.signerFingerprint}`,
      );
    },
  },
  {
    path: ['package', 'verify'],
    summary: 'Check a filing package: structure, manifest, hashes, CMS and SM2 signatures, trust',
    usage:
      'Trusted: the certificates given with --trust and the workspace trust list. A roll-up that verifies has each package it carries checked against the signers it declares for it, tier by tier; --json lists them under inner: [{ path, valid, enterprise, packageId, tier, errors }]. Exit 0 when valid (every carried package too), 1 when not.',
    positionals: ['F.dgpkg'],
    options: trustOption,
    async run(values, positionals, ctx) {
      const result = await ctx
        .backend()
        .call('filing.verify', { path: ctx.resolvePath(positionals[0]!), trust: trustFiles(ctx, values.trust) }, { locale: ctx.locale });
      if (!result.ok) return ctx.report(result);
      ctx.io.stdout(`${ctx.json ? JSON.stringify(result.value, null, 2) : describeVerify(result.value)}\n`);
      return result.value.valid ? EXIT_OK : EXIT_FAILURE;
    },
  },
  {
    path: ['package', 'import'],
    summary: 'Import a verified filing package into this (receiving) workspace',
    usage: `Only a valid package from a trusted signer is imported; a package id already held is refused. With --receipt-out, the receiver signs a receipt (回执) with its keys: accepted, or refused when a package whose signer is proven is refused; the passphrase comes from ${PASSPHRASE_ENV} or the terminal.`,
    positionals: ['F.dgpkg'],
    options: { ...trustOption, ...receiptOptions },
    async run(values, positionals, ctx) {
      const receipt = await receiptSigning(ctx, values);
      const result = await ctx
        .backend()
        .call(
          'filing.import',
          { path: ctx.resolvePath(positionals[0]!), trust: trustFiles(ctx, values.trust), ...(receipt ? { receipt } : {}) },
          { locale: ctx.locale },
        );
      return ctx.report(result, ({ filing, receipt: signed }) =>
        [
          `imported: ${filing.enterprise.name} (${filing.enterprise.uscc}), period ${filing.period}, package ${filing.packageId}`,
          ...(signed ? [describeIssued(signed)] : []),
        ].join('\n'),
      );
    },
  },
  {
    path: ['filings', 'return'],
    summary: 'Return an imported filing for correction (退回补正), with reasons per section, in a signed receipt',
    usage: `Each --reason is SECTION:TEXT, SECTION a data section the filing carries (profile, assessments, …) or general. The passphrase comes from ${PASSPHRASE_ENV} or the terminal.`,
    positionals: ['ID'],
    options: {
      reason: { type: 'string', multiple: true, required: true, description: 'why, for one section', valueName: 'SECTION:TEXT' },
      ...receiptOptions,
    },
    async run(values, positionals, ctx) {
      const reasons = strings(values.reason).map(parseReason);
      const receipt = (await receiptSigning(ctx, values, true))!;
      const result = await ctx
        .backend()
        .call('filing.filings.decide', { id: positionals[0]!, result: 'returned', reasons, ...receipt }, { locale: ctx.locale });
      return ctx.report(result, describeIssued);
    },
  },
  {
    path: ['filings', 'accept'],
    summary: 'Accept an imported filing (受理) in a signed receipt; a review recorded for it goes back in the receipt',
    usage: `The passphrase comes from ${PASSPHRASE_ENV} or the terminal.`,
    positionals: ['ID'],
    options: receiptOptions,
    async run(values, positionals, ctx) {
      const receipt = (await receiptSigning(ctx, values, true))!;
      const result = await ctx
        .backend()
        .call('filing.filings.decide', { id: positionals[0]!, result: 'accepted', ...receipt }, { locale: ctx.locale });
      return ctx.report(result, describeIssued);
    },
  },
  {
    path: ['filings', 'review'],
    summary: 'Record the review (复评) of an imported filing: a reviewed grade, notes, per-indicator adjustments',
    positionals: ['ID'],
    options: {
      grade: { type: 'string', required: true, description: 'the reviewed grade (A–E)', valueName: 'GRADE' },
      notes: { type: 'string', description: 'the reviewer’s notes', valueName: 'TEXT' },
      adjust: {
        type: 'string',
        multiple: true,
        description: 'an indicator’s reviewed points, with a note',
        valueName: 'INDICATOR:POINTS[:NOTE]',
      },
    },
    async run(values, positionals, ctx) {
      const adjustments = strings(values.adjust).map(parseAdjustment);
      // The grade is checked at the backend's edge, like any input (a bad one names the field).
      const input = {
        filingId: positionals[0]!,
        reviewedGrade: String(values.grade) as Grade,
        notes: typeof values.notes === 'string' ? values.notes : '',
        adjustments,
      };
      const result = await ctx.backend().call('filing.review.save', input, { locale: ctx.locale });
      return ctx.report(
        result,
        (review) =>
          `reviewed grade ${review.reviewedGrade} (self-assessed ${review.selfGrade ?? '—'}), ${review.adjustments.length} adjustments`,
      );
    },
  },
  {
    path: ['receipt', 'verify'],
    summary: 'Check a receipt (回执): its format, CMS and SM2 signatures, and whether its signer is trusted',
    usage: 'Trusted: the certificates given with --trust and the workspace trust list. Exit 0 when valid, 1 when not.',
    positionals: ['R.dgrcpt'],
    options: trustOption,
    async run(values, positionals, ctx) {
      const result = await ctx
        .backend()
        .call(
          'filing.receipt.verify',
          { path: ctx.resolvePath(positionals[0]!), trust: trustFiles(ctx, values.trust) },
          { locale: ctx.locale },
        );
      if (!result.ok) return ctx.report(result);
      const { valid, result: decision, accessionNumber, packageId, errors, receipt } = result.value;
      const human = () =>
        [
          valid ? 'valid' : 'INVALID',
          ...(receipt
            ? [
                `${decision} — accession number ${accessionNumber}, package ${packageId}, by ${receipt.receiver.name} (${receipt.receiver.uscc}) at ${receipt.issuedAt}`,
              ]
            : []),
          ...describeErrors(errors),
        ].join('\n');
      ctx.io.stdout(`${ctx.json ? JSON.stringify({ valid, result: decision, accessionNumber, packageId, errors }, null, 2) : human()}\n`);
      return valid ? EXIT_OK : EXIT_FAILURE;
    },
  },
  {
    path: ['receipt', 'import'],
    summary: 'Import a receipt for a package this workspace sent (its state becomes accepted, returned or refused)',
    usage: "The receipt must verify and its signer be trusted (the receiver's certificate in the trust list, or --trust).",
    positionals: ['R.dgrcpt'],
    options: trustOption,
    async run(values, positionals, ctx) {
      const result = await ctx
        .backend()
        .call(
          'filing.receipt.import',
          { path: ctx.resolvePath(positionals[0]!), trust: trustFiles(ctx, values.trust) },
          { locale: ctx.locale },
        );
      return ctx.report(result, describeSent);
    },
  },
  {
    path: ['sent', 'list'],
    summary: 'The packages this workspace signed, each with its state (sent, accepted, returned, refused)',
    async run(_values, _positionals, ctx) {
      const result = await ctx.backend().call('filing.sent.list', {}, { locale: ctx.locale });
      return ctx.report(result, (sent) => sent.map(describeSent).join('\n'));
    },
  },
  {
    path: ['trust', 'add'],
    summary: "Add a certificate to the receiver's trust list (a signer pinned by fingerprint, or a CA)",
    positionals: ['CERT.pem'],
    options: { label: { type: 'string', description: 'a name to show for it', valueName: 'TEXT' } },
    async run(values, positionals, ctx) {
      const result = await ctx
        .backend()
        .call(
          'filing.trust.add',
          { path: ctx.resolvePath(positionals[0]!), ...(typeof values.label === 'string' ? { label: values.label } : {}) },
          { locale: ctx.locale },
        );
      return ctx.report(result, (entry) => `${entry.fingerprintSha256} ${entry.isCa ? 'CA ' : ''}${entry.subject}`);
    },
  },
  {
    path: ['trust', 'list'],
    summary: "The receiver's trust list",
    async run(_values, _positionals, ctx) {
      const result = await ctx.backend().call('filing.trust.list', {}, { locale: ctx.locale });
      return ctx.report(result, (entries) =>
        entries
          .map((e) => `${e.id}  ${e.fingerprintSha256}  ${e.isCa ? 'CA ' : ''}${e.subject}${e.label ? `  (${e.label})` : ''}`)
          .join('\n'),
      );
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
      const filter = {
        ...(typeof values.uscc === 'string' ? { uscc: values.uscc } : {}),
        ...(typeof values.period === 'string' ? { period: values.period } : {}),
      };
      const result = await ctx.backend().call('filing.filings.list', filter, { locale: ctx.locale });
      return ctx.report(result, (filings) =>
        filings
          .map(
            (f) =>
              `${f.enterprise.uscc}  ${f.period.padEnd(8)} ${f.createdAt}  ${f.current ? 'current ' : 'history '} ${f.enterprise.name}`,
          )
          .join('\n'),
      );
    },
  },
  {
    path: ['consolidated'],
    summary: 'The consolidated view over the received filings (grades, plans, protected objects, gaps, licences)',
    usage:
      'Without --parent, the enterprises that filed here directly; with it, those a roll-up filing carried (drill down group → second tier → unit).',
    options: {
      period: { type: 'string', description: "a period (default: each enterprise's newest filing)", valueName: 'PERIOD' },
      parent: { type: 'string', description: 'the id of a roll-up filing: the filings it carried', valueName: 'FILING_ID' },
    },
    async run(values, _positionals, ctx) {
      const input = {
        ...(typeof values.period === 'string' ? { period: values.period } : {}),
        ...(typeof values.parent === 'string' ? { parentId: values.parent } : {}),
      };
      const result = await ctx.backend().call('filing.consolidated', input, { locale: ctx.locale });
      return ctx.report(result, (view) =>
        [
          ...(view.trail?.length ? [`in: ${view.trail.map((filing) => filing.enterprise.name).join(' → ')}`] : []),
          `period: ${view.period ?? 'newest of each enterprise'}; enterprises: ${view.enterprises.length}`,
          ...view.enterprises.map(
            ({ filing, summary }) =>
              `  ${filing.enterprise.name} (${filing.enterprise.uscc}): grade ${summary.assessment?.grade ?? '—'}, package ${filing.packageId}${filing.children > 0 ? `, carries ${filing.children} (--parent ${filing.id})` : ''}`,
          ),
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
