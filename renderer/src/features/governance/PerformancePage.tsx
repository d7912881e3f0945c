import { KPI_LEVEL_IDS, type Kpi, type KpiLevel } from '../../../../shared/contract/governance/schemas';
import { opinion2009 } from '../../../../shared/catalogs/governance/opinion-2009';
import { localize } from '../../../../shared/domain/forms';
import { performanceCoverage, performanceGaps } from '../../../../shared/domain/governance';
import { useLocale, useT } from '../../app/settings-store';
import { TextField } from '../../components/Field';
import { CellInput, CheckField, DateField, GapList, RecordPage, useRecordEditor } from './parts';
import type { KeysUnder } from '../../../../shared/i18n';

/** The first `k<n>` not yet taken, so a new KPI never repeats an id. */
function nextKpiId(kpis: readonly Kpi[]): string {
  const taken = new Set(kpis.map((k) => k.id));
  let n = kpis.length + 1;
  while (taken.has(`k${n}`)) n += 1;
  return `k${n}`;
}

export function PerformancePage() {
  const t = useT();
  const locale = useLocale();
  const { view, draft: performance, errors, onBlur, update } = useRecordEditor('performance');
  if (!view) return <p>{t('app.loading')}</p>;

  const setKpi = (index: number, patch: Partial<Kpi>) =>
    update({ kpis: performance.kpis.map((kpi, i) => (i === index ? { ...kpi, ...patch } : kpi)) });
  const label = (key: KeysUnder<'governance.label.performance.'>) => t(`governance.label.performance.${key}`);
  const coverage = performanceCoverage(performance);
  const levelLabel = (level: KpiLevel) => localize(opinion2009.kpiLevels.find((l) => l.id === level)!.label, locale);

  return (
    <RecordPage record="performance" onBlur={onBlur} title={t('governance.label.performance')} intro={t('governance.ui.performanceIntro')}>
      <GapList gaps={performanceGaps(performance)} />
      <fieldset>
        <legend>{t('governance.label.performance')}</legend>
        <CheckField label={label('established')} checked={performance.established} onChange={(established) => update({ established })} />
        <div className="grid">
          <DateField
            label={label('establishedOn')}
            value={performance.establishedOn}
            onChange={(establishedOn) => update({ establishedOn })}
            error={errors.establishedOn}
          />
          <TextField name="document" label={label('document')} value={performance.document} onChange={(document) => update({ document })} />
        </div>
      </fieldset>
      <section className="card" aria-labelledby="coverage-title">
        <h2 id="coverage-title">{label('coverage')}</h2>
        <ul className="coverage">
          {opinion2009.responsibilityAreas.map(({ id, label: areaLabel }) => {
            const covered = coverage.coveredAreas.includes(id);
            return (
              <li key={id} className={covered ? 'coverage--covered' : 'coverage--missing'}>
                {t('app.labelled', {
                  label: localize(areaLabel, locale),
                  value: t(covered ? 'governance.ui.covered' : 'governance.ui.uncovered'),
                })}
              </li>
            );
          })}
        </ul>
      </section>
      {performance.kpis.map((kpi, index) => {
        const error = (key: string) => errors[`kpis[${index}].${key}`];
        const number = t('governance.ui.kpiNumber', { number: index + 1 });
        const setActual = (at: number, patch: Partial<Kpi['actuals'][number]>) =>
          setKpi(index, { actuals: kpi.actuals.map((actual, i) => (i === at ? { ...actual, ...patch } : actual)) });
        return (
          <fieldset key={index}>
            <legend>{kpi.name || number}</legend>
            <div className="grid">
              <TextField
                name={`kpis.${index}.name`}
                label={label('kpi.name')}
                value={kpi.name}
                onChange={(name) => setKpi(index, { name })}
                error={error('name')}
                required
              />
              <TextField
                name={`kpis.${index}.ownerUnit`}
                label={label('kpi.ownerUnit')}
                value={kpi.ownerUnit}
                onChange={(ownerUnit) => setKpi(index, { ownerUnit })}
                error={error('ownerUnit')}
                required
              />
              <label className="field">
                <span>{label('kpi.level')}</span>
                <select value={kpi.level} onChange={(e) => setKpi(index, { level: e.target.value as KpiLevel })}>
                  {KPI_LEVEL_IDS.map((level) => (
                    <option key={level} value={level}>
                      {levelLabel(level)}
                    </option>
                  ))}
                </select>
              </label>
              <TextField
                name={`kpis.${index}.target`}
                label={label('kpi.target')}
                value={kpi.target}
                onChange={(target) => setKpi(index, { target })}
              />
            </div>
            <fieldset className="nested">
              <legend>{label('kpi.areas')}</legend>
              {error('areas') ? (
                <div className="field__error" role="alert">
                  {error('areas')}
                </div>
              ) : null}
              {opinion2009.responsibilityAreas.map(({ id, label: areaLabel }) => (
                <CheckField
                  key={id}
                  label={localize(areaLabel, locale)}
                  checked={kpi.areas.includes(id)}
                  onChange={(on) => setKpi(index, { areas: on ? [...kpi.areas, id] : kpi.areas.filter((a) => a !== id) })}
                />
              ))}
            </fieldset>
            <fieldset className="nested">
              <legend>{label('kpi.actuals')}</legend>
              {kpi.actuals.map((actual, at) => (
                <div key={at} className="actual">
                  <CellInput
                    label={`${label('kpi.period')} ${at + 1}`}
                    value={actual.period}
                    onChange={(period) => setActual(at, { period })}
                    error={error(`actuals[${at}].period`)}
                  />
                  <CellInput
                    label={`${label('kpi.value')} ${at + 1}`}
                    value={actual.value}
                    onChange={(value) => setActual(at, { value })}
                    error={error(`actuals[${at}].value`)}
                  />
                  <button
                    type="button"
                    className="button"
                    onClick={() => setKpi(index, { actuals: kpi.actuals.filter((_, i) => i !== at) })}
                  >
                    {t('governance.ui.remove')}
                  </button>
                </div>
              ))}
              <button
                type="button"
                className="button"
                onClick={() => setKpi(index, { actuals: [...kpi.actuals, { period: '', value: '' }] })}
              >
                {t('governance.ui.addActual')}
              </button>
            </fieldset>
            <button type="button" className="button" onClick={() => update({ kpis: performance.kpis.filter((_, i) => i !== index) })}>
              {t('governance.ui.removeKpi', { name: kpi.name || number })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button"
        onClick={() =>
          update({
            kpis: [
              ...performance.kpis,
              { id: nextKpiId(performance.kpis), name: '', ownerUnit: '', level: 'unit', target: '', areas: [], actuals: [] },
            ],
          })
        }
      >
        {t('governance.ui.addKpi')}
      </button>
    </RecordPage>
  );
}
