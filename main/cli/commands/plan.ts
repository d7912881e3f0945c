import type { PlanCheck } from '../../../shared/contract/plan/methods';
import { translate, type Locale } from '../../../shared/i18n';
import { EXIT_FAILURE, EXIT_OK, type Command } from '../types';
import { parseYear } from './assessment';

function describeCheck(check: PlanCheck, locale: Locale): string {
  return [
    ...check.results.map((rule) => `${rule.ok ? '✓' : '✗'} ${rule.message}${rule.ok || !rule.field ? '' : `  [${rule.field}]`}`),
    '',
    translate(locale, check.ready ? 'plan.readiness.ready' : 'plan.readiness.blocked'),
  ].join('\n');
}

export const planCommands: Command[] = [
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
        if (!found.value) return ctx.report({ ok: false, error: { code: 'plan.none', message: translate(ctx.locale ?? 'zh-CN', 'plan.none'), details: { field: 'year' } } });
        id = found.value.plan.id;
      }
      const result = await backend.call('plan.check', id === undefined ? {} : { id }, { locale: ctx.locale });
      const code = ctx.report(result, (check) => describeCheck(check, ctx.locale ?? 'zh-CN'));
      return code === EXIT_OK && result.ok && !result.value.ready ? EXIT_FAILURE : code;
    },
  },
];
