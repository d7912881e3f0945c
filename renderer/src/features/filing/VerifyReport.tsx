import { verifyStepOutcomes } from '../../../../shared/contract/filing/codes';
import type { Manifest, SignerInfo, VerifyError, VerifyResult } from '../../../../shared/contract/filing/schemas';
import { useLocale, useT } from '../../app/settings-store';
import { formatDateTime, groupedFingerprint } from './format';

/** Every check of a verification with pass or fail, then each problem with its code and the file it names. */
export function VerifyReport({
  errors,
  manifest,
  signer,
  inner,
}: {
  errors: readonly VerifyError[];
  manifest?: Manifest | undefined;
  signer?: SignerInfo | undefined;
  inner?: VerifyResult['inner'];
}) {
  const t = useT();
  const locale = useLocale();
  const valid = errors.length === 0;
  return (
    <section className="verify-report" aria-label={t('filing.verify.checks')}>
      <div className={`banner ${valid ? 'banner--ok' : 'banner--error'}`} role="status">
        {valid ? t('filing.verify.valid') : t('filing.verify.invalid', { count: errors.length })}
      </div>
      {manifest ? (
        <dl className="facts facts--tight">
          <dt>{t('filing.verify.enterprise')}</dt>
          <dd>{t('app.withNote', { text: manifest.enterprise.name, note: manifest.enterprise.uscc })}</dd>
          <dt>{t('filing.verify.period')}</dt>
          <dd>{manifest.period}</dd>
          <dt>{t('filing.verify.createdAt')}</dt>
          <dd>{formatDateTime(manifest.createdAt, locale)}</dd>
          <dt>{t('filing.verify.packageId')}</dt>
          <dd>{manifest.packageId}</dd>
          {signer ? (
            <>
              <dt>{t('filing.keys.subject')}</dt>
              <dd>{signer.subject}</dd>
              <dt>{t('filing.keys.fingerprint')}</dt>
              <dd>{groupedFingerprint(signer.fingerprintSha256)}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      <h3>{t('filing.verify.checks')}</h3>
      <ul className="checks">
        {verifyStepOutcomes(
          errors.map((e) => e.code),
          manifest,
        ).map(({ step, outcome }) => (
          <li key={step} className={`checks__item checks__item--${outcome}`} data-step={step}>
            <span className="checks__outcome">{t(`filing.verify.outcome.${outcome}`)}</span> {t(`filing.verify.step.${step}`)}
          </li>
        ))}
      </ul>
      {inner?.length ? <CarriedReport inner={inner} /> : null}
      {errors.length > 0 ? (
        <>
          <h3>{t('filing.verify.problems')}</h3>
          <table className="data">
            <thead>
              <tr>
                <th>{t('filing.file.path')}</th>
                <th>{t('filing.verify.problems')}</th>
              </tr>
            </thead>
            <tbody>
              {errors.map((error, index) => (
                <tr key={index}>
                  <td>{error.file ? <code>{error.file}</code> : '—'}</td>
                  <td>{error.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}

/** A roll-up's carried packages, tier by tier: each with its enterprise, its result and its first problem. */
function CarriedReport({ inner }: { inner: NonNullable<VerifyResult['inner']> }) {
  const t = useT();
  return (
    <section aria-labelledby="verify-carried">
      <h3 id="verify-carried">{t('filing.verify.carried')}</h3>
      <table className="data">
        <thead>
          <tr>
            <th>{t('filing.verify.carriedTier')}</th>
            <th>{t('filing.verify.enterprise')}</th>
            <th>{t('filing.file.path')}</th>
            <th>{t('filing.verify.carriedResult')}</th>
          </tr>
        </thead>
        <tbody>
          {inner.map((one) => (
            <tr key={one.path} data-testid="carried-package">
              <td>{one.tier}</td>
              <td>
                {one.enterprise.name}（{one.enterprise.uscc}）
              </td>
              <td>
                <code>{one.path}</code>
              </td>
              <td>
                {one.valid ? t('filing.verify.carriedValid') : `${t('filing.verify.carriedInvalid')}：${one.errors[0]?.message ?? ''}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
