import type { PlanCheck } from '../../../../shared/contract/plan/methods';
import { useT } from '../../app/settings-store';

/** Every rule of the policy with a tick or a cross and the sentence that explains it. */
export function RuleCheck({ check }: { check: PlanCheck }) {
  const t = useT();
  return (
    <section className="card rules" aria-labelledby="rules-title">
      <h2 id="rules-title">{t('plan.ui.rules')}</h2>
      <ul>
        {check.results.map((rule, index) => (
          <li key={`${rule.code}-${rule.field ?? ''}-${index}`} className={rule.ok ? 'rule rule--ok' : 'rule rule--failed'}>
            <span aria-hidden="true">{rule.ok ? '✓' : '✗'}</span>
            <span className="visually-hidden">{rule.ok ? t('plan.ui.rulePassed') : t('plan.ui.ruleFailed')}</span> {rule.message}
          </li>
        ))}
      </ul>
      <p className={check.ready ? 'rules__verdict rules__verdict--ok' : 'rules__verdict'}>
        {t(check.ready ? 'plan.readiness.ready' : 'plan.readiness.blocked')}
      </p>
    </section>
  );
}
