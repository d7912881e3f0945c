import { useState } from 'react';
import type { AssessmentSummary, Template } from '../../../../shared/contract/assessment/schemas';
import { useLocale, useT } from '../../app/settings-store';
import { SelectField } from '../../components/Field';
import { localName } from './names';
import { useAssessment } from './store';

/** "2024 年 · 第 1 版 · 已定稿 · C 级 69.20" */
export function useSummaryLabel() {
  const t = useT();
  return (summary: AssessmentSummary) =>
    t('assessment.ui.summary', {
      year: summary.year,
      revision: summary.revision,
      status: t(`assessment.status.${summary.status}`),
      grade: summary.grade,
      total: summary.total.toFixed(2),
    });
}

/** Year over year: total and grade of each year's current revision, as a table with bars. */
export function Trend() {
  const t = useT();
  const trend = useAssessment((state) => state.trend);
  if (trend.length === 0) return null;
  return (
    <section className="card" aria-labelledby="trend-title">
      <h2 id="trend-title">{t('assessment.ui.trend')}</h2>
      <table className="data trend">
        <thead>
          <tr>
            <th>{t('assessment.ui.year')}</th>
            <th>{t('assessment.ui.totalHeader')}</th>
            <th>{t('assessment.ui.grade')}</th>
            <th aria-hidden="true" />
          </tr>
        </thead>
        <tbody>
          {trend.map((point) => (
            <tr key={point.year}>
              <td>
                {point.year}
                {point.status === 'draft' ? ` (${t('assessment.status.draft')})` : ''}
              </td>
              <td>{point.total.toFixed(2)}</td>
              <td>{point.grade}</td>
              <td aria-hidden="true">
                <span className="bar" style={{ width: `${point.total}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Side by side: which elements and indicators moved between two assessments. */
export function Compare({ template }: { template: Template | undefined }) {
  const t = useT();
  const locale = useLocale();
  const { summaries, comparison, compare } = useAssessment();
  const label = useSummaryLabel();
  const [beforeId, setBeforeId] = useState('');
  const [afterId, setAfterId] = useState('');
  if (summaries.length < 2) return null;
  const options = [{ value: '', label: '—' }, ...summaries.map((summary) => ({ value: summary.id, label: label(summary) }))];
  const indicatorName = (id: string) => {
    const indicator = template?.elements.flatMap((element) => element.indicators).find((candidate) => candidate.id === id);
    return indicator ? `${id} ${localName(indicator, locale)}` : id;
  };
  const elementName = (id: string) => {
    const element = template?.elements.find((candidate) => candidate.id === id);
    return element ? localName(element, locale) : id;
  };
  const signed = (n: number | null) => (n === null ? '—' : `${n > 0 ? '+' : ''}${n.toFixed(2)}`);

  return (
    <section className="card" aria-labelledby="compare-title">
      <h2 id="compare-title">{t('assessment.ui.compare')}</h2>
      <div className="toolbar">
        <SelectField name="before" label={t('assessment.ui.compareBefore')} value={beforeId} options={options} onChange={setBeforeId} />
        <SelectField name="after" label={t('assessment.ui.compareAfter')} value={afterId} options={options} onChange={setAfterId} />
        <button
          type="button"
          className="button"
          disabled={!beforeId || !afterId || beforeId === afterId}
          onClick={() => void compare(beforeId, afterId)}
        >
          {t('assessment.ui.compareRun')}
        </button>
      </div>
      {comparison ? (
        <div className="compare">
          <p>
            {t('assessment.ui.compareTotal', {
              before: comparison.total.before.toFixed(2),
              after: comparison.total.after.toFixed(2),
              delta: signed(comparison.total.delta),
              gradeBefore: comparison.grade.before,
              gradeAfter: comparison.grade.after,
            })}
          </p>
          <table className="data">
            <thead>
              <tr>
                <th>{t('assessment.ui.element')}</th>
                <th>{t('assessment.ui.compareBefore')}</th>
                <th>{t('assessment.ui.compareAfter')}</th>
                <th>{t('assessment.ui.change')}</th>
              </tr>
            </thead>
            <tbody>
              {comparison.elements.map((element) => (
                <tr key={element.elementId}>
                  <td>{elementName(element.elementId)}</td>
                  <td>{element.before?.toFixed(2) ?? '—'}</td>
                  <td>{element.after?.toFixed(2) ?? '—'}</td>
                  <td>{signed(element.delta)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('assessment.ui.moved', { count: comparison.moved.length })}</h3>
          <ul className="moves">
            {comparison.moved.map((move) => (
              <li key={move.indicatorId} className={`move move--${move.direction}`}>
                {t('app.labelled', {
                  label: indicatorName(move.indicatorId),
                  value: t('app.withNote', {
                    text: `${move.before}% → ${move.after}%`,
                    note: t(`assessment.move.${move.direction}`, { delta: Math.abs(move.delta) }),
                  }),
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
