import fs from 'node:fs';
import type { CyclePolicy, PlanCheck } from '../../../shared/contract/plan/methods';
import type { PlanPolicy } from '../../../shared/contract/plan/schemas';
import { translate, type Locale } from '../../../shared/i18n';
import { EXIT_FAILURE, EXIT_OK, type Command, type CommandContext } from '../types';
import { parseYear } from './assessment';
import { AppError } from '../../backend/errors';

function describeCheck(check: PlanCheck, locale: Locale): string {
  const name = locale === 'zh-CN' ? check.policy.nameZh : check.policy.nameEn;
  return [
    translate(locale, 'plan.ui.policy', {
      policy: name,
      start: check.policy.start,
      end: check.policy.end,
      filingDue: check.policy.filingDue,
    }),
    ...check.warnings.map((warning) => `⚠ ${warning.message}`),
    '',
    ...check.results.map((rule) => `${rule.ok ? '✓' : '✗'} ${rule.message}${rule.ok || !rule.field ? '' : `  [${rule.field}]`}`),
    '',
    translate(locale, check.ready ? 'plan.readiness.ready' : 'plan.readiness.blocked'),
  ].join('\n');
}

function describePolicies(policies: readonly CyclePolicy[], locale: Locale): string {
  return policies
    .map(({ policy, loadedAt }) => {
      const name = locale === 'zh-CN' ? policy.nameZh : policy.nameEn;
      const origin =
        loadedAt === null
          ? translate(locale, 'plan.cycle.builtIn')
          : translate(locale, 'plan.cycle.loadedAt', { at: loadedAt.slice(0, 10) });
      const unverified = policy.verified ? '' : `  ${translate(locale, 'plan.cycle.unverified')}`;
      return `${policy.id}  ${policy.version}  ${policy.cycle.start}–${policy.cycle.end}  ${name}  (${origin})${unverified}`;
    })
    .join('\n');
}

/** The policy file's JSON; the backend checks its shape and dates. */
function readPolicyFile(ctx: CommandContext, file: string): unknown {
  const resolved = ctx.resolvePath(file);
  try {
    return JSON.parse(fs.readFileSync(resolved, 'utf8')) as unknown;
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : ((error as NodeJS.ErrnoException).code ?? String(error));
    throw new AppError('error.file.read', { file: resolved, detail }, { file: resolved });
  }
}

export const planCommands: Command[] = [
  {
    path: ['plan', 'policies'],
    summary: 'The climbing-plan cycles and the policy version that judges each',
    async run(_values, _positionals, ctx) {
      const result = await ctx.backend().call('plan.policies', {}, { locale: ctx.locale });
      return ctx.report(result, (policies) => describePolicies(policies, ctx.locale ?? 'zh-CN'));
    },
  },
  {
    path: ['plan', 'load-policy'],
    summary:
      "Load a cycle's policy from a JSON file (a new cycle, or a new version of one); refused whole when a date or indicator is wrong",
    positionals: ['FILE.json'],
    async run(_values, [file], ctx) {
      const policy = readPolicyFile(ctx, file!);
      const result = await ctx.backend().call('plan.loadPolicy', { policy: policy as PlanPolicy }, { locale: ctx.locale });
      return ctx.report(result, (loaded) => describePolicies([loaded], ctx.locale ?? 'zh-CN'));
    },
  },
  {
    path: ['plan', 'check'],
    summary: "Check the climbing plan against the policy's rules (exit 1 when a rule fails)",
    options: { year: { type: 'string', description: 'plan year (default: the latest plan)', valueName: 'YEAR' } },
    async run(values, _positionals, ctx) {
      const backend = ctx.backend();
      const year = parseYear(values.year);
      let id: string | undefined;
      if (year !== undefined) {
        const found = await backend.call('plan.get', { year }, { locale: ctx.locale });
        if (!found.ok) return ctx.report(found);
        if (!found.value)
          return ctx.report({
            ok: false,
            error: { code: 'plan.none', message: translate(ctx.locale ?? 'zh-CN', 'plan.none'), details: { field: 'year' } },
          });
        id = found.value.plan.id;
      }
      const result = await backend.call('plan.check', id === undefined ? {} : { id }, { locale: ctx.locale });
      const code = ctx.report(result, (check) => describeCheck(check, ctx.locale ?? 'zh-CN'));
      return code === EXIT_OK && result.ok && !result.value.ready ? EXIT_FAILURE : code;
    },
  },
];
