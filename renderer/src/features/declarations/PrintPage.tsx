import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { MethodOutput } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useLocale, useT } from '../../app/settings-store';

/** A declaration laid out for print from printableForm: label/value pairs and tables, drafts marked. */
export function PrintPage() {
  const t = useT();
  const locale = useLocale();
  const { id = '' } = useParams();
  const [printable, setPrintable] = useState<MethodOutput<'declarations.printable'> | null>(null);
  // The backend lays it out in the workspace's language; reload when the user switches.
  useEffect(() => void api.call('declarations.printable', { id }).then(setPrintable), [id, locale]);
  if (!printable) return <p>{t('app.loading')}</p>;

  return (
    <article className="page printable" aria-labelledby="printable-title">
      <nav className="no-print page__actions">
        <Link to={`/declarations/${id}`}>{t('declarations.ui.backToForm')}</Link>
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('declarations.ui.printNow')}
        </button>
      </nav>
      <h1 id="printable-title">{printable.title}</h1>
      <p className="printable__meta">
        {t('declarations.ui.formVersion', { version: printable.formVersion })} · {printable.statusLabel}
        {printable.status !== 'ready' ? <strong className="printable__draft"> {t('declarations.ui.draftMark')}</strong> : null}
      </p>
      {printable.sections.map((section) => (
        <section key={section.id}>
          <h2>{section.title}</h2>
          {section.entries.map((entry) =>
            entry.kind === 'value' ? (
              <dl key={entry.fieldId} className="printable__pair">
                <dt>{entry.label}</dt>
                <dd>{entry.text || '—'}</dd>
              </dl>
            ) : (
              <div key={entry.fieldId}>
                <h3>{entry.label}</h3>
                <table className="data">
                  <thead>
                    <tr>
                      {entry.headers.map((h) => (
                        <th key={h} scope="col">
                          {h}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {entry.rows.map((row, i) => (
                      <tr key={i}>
                        {row.map((cell, j) => (
                          <td key={j}>{cell}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ),
          )}
        </section>
      ))}
    </article>
  );
}
