import type { AssessmentScore, Template } from '../../../../shared/contract/assessment/schemas';
import { useLocale, useT } from '../../app/settings-store';
import { localName } from './names';
import { RadarChart } from './RadarChart';

interface ScorePanelProps {
  template: Template;
  score: AssessmentScore;
  /** Last year's element scores, drawn beneath this year's on the radar. */
  previous?: { label: string; elements: { elementId: string; score: number }[] } | undefined;
}

/** Total, grade, the formula that produced them, element scores and the radar chart. */
export function ScorePanel({ template, score, previous }: ScorePanelProps) {
  const t = useT();
  const locale = useLocale();
  const elementName = (elementId: string) => {
    const element = template.elements.find((candidate) => candidate.id === elementId);
    return element ? localName(element, locale) : elementId;
  };
  const axes = score.elements.map((element) => elementName(element.elementId));
  const previousValues =
    previous && score.elements.map((element) => previous.elements.find((p) => p.elementId === element.elementId)?.score ?? 0);

  return (
    <section className="card score" aria-labelledby="score-title">
      <h2 id="score-title">{t('assessment.ui.score')}</h2>
      <div className="score__body">
        <div className="score__figures">
          <p className="score__total">
            <span className="score__grade" data-testid="grade">
              {t(`assessment.grade.${score.grade}`)}
            </span>
            <span>{t('assessment.ui.total', { total: score.total.toFixed(2) })}</span>
          </p>
          <p className="score__completion">{t('assessment.completion', score.completion)}</p>
          <table className="data">
            <thead>
              <tr>
                <th>{t('assessment.ui.element')}</th>
                <th>{t('assessment.ui.elementWeight')}</th>
                <th>{t('assessment.ui.elementScore')}</th>
                <th>{t('assessment.ui.completion')}</th>
              </tr>
            </thead>
            <tbody>
              {score.elements.map((element) => (
                <tr key={element.elementId}>
                  <td>{elementName(element.elementId)}</td>
                  <td>{element.weight}</td>
                  <td>{element.score.toFixed(2)}</td>
                  <td>{t('assessment.completion', element.completion)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="score__thresholds">
            {t('assessment.ui.thresholds')}{' '}
            {Object.entries(template.gradeThresholds)
              .map(([grade, minimum]) => `${grade} ≥ ${minimum}`)
              .join(t('app.separator.clauses'))}
          </p>
        </div>
        <RadarChart
          title={t('assessment.ui.radar')}
          axes={axes}
          series={{ label: t('assessment.ui.thisAssessment'), values: score.elements.map((element) => element.score) }}
          compareWith={previous && previousValues ? { label: previous.label, values: previousValues } : undefined}
        />
      </div>
      <p className="score__formula">
        <strong>{t('assessment.ui.formula')}</strong> {t.code(score.formula.code, score.formula.params)}
      </p>
      <p className="notice" role="note">
        {t('assessment.notice.templateDefaults')} {locale === 'zh-CN' ? template.notesZh : template.notesEn}
      </p>
    </section>
  );
}
