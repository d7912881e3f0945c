/**
 * The position by inspection category (the three general categories first, each with its definition) and
 * the domestic (信创) share of each category across devices. Definitions come from the inspection catalog
 * (shared/catalogs/sam/inspection.ts); the page says they are unverified when the catalog is.
 */
import type { PositionResult } from '../../../../shared/contract/sam/methods';
import { definitionText } from '../../../../shared/catalogs/sam/inspection';
import { inspectedCategories } from '../../../../shared/domain/sam/position';
import { useLocale, useT } from '../../app/settings-store';
import { percent } from './store';

export function CategoryTable({ position }: { position: PositionResult }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="card sam-categories" aria-labelledby="sam-categories-title">
      <h2 id="sam-categories-title">{t('sam.ui.byCategoryTitle')}</h2>
      <p className="page__intro">{t('sam.ui.byCategoryIntro')}</p>
      <table className="data" aria-labelledby="sam-categories-title">
        <thead>
          <tr>
            <th scope="col">{t('sam.ui.col.category')}</th>
            <th scope="col">{t('sam.ui.col.group')}</th>
            <th scope="col">{t('sam.ui.col.rate')}</th>
            <th scope="col">{t('sam.ui.col.needing')}</th>
            <th scope="col">{t('sam.ui.col.covered')}</th>
            <th scope="col">{t('sam.ui.col.free')}</th>
            <th scope="col">{t('sam.ui.col.definition')}</th>
          </tr>
        </thead>
        <tbody>
          {inspectedCategories(position.byCategory).map((entry) => (
            <tr key={entry.category || 'unclassified'}>
              <th scope="row">{t(`sam.inspectionCategory.${entry.category}`)}</th>
              <td>{t(`sam.inspectionGroup.${entry.group}`)}</td>
              <td>{percent(entry.genuineRate)}</td>
              <td>{entry.installations}</td>
              <td>{entry.coveredInstallations}</td>
              <td>{entry.freeInstallations}</td>
              <td className="sam-definition">{definitionText(entry.category, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {position.catalog.verified ? null : <p className="sam-note" role="note">{t('sam.ui.catalogUnverified', { id: position.catalog.id, version: position.catalog.version })}</p>}
    </section>
  );
}

export function DomesticTable({ position }: { position: PositionResult }) {
  const t = useT();
  return (
    <section className="card sam-domestic" aria-labelledby="sam-domestic-title">
      <h2 id="sam-domestic-title">{t('sam.ui.domesticTitle')}</h2>
      <p className="page__intro">{t('sam.ui.domesticIntro')}</p>
      <table className="data" aria-labelledby="sam-domestic-title">
        <thead>
          <tr>
            <th scope="col">{t('sam.ui.col.category')}</th>
            <th scope="col">{t('sam.ui.col.devices')}</th>
            <th scope="col">{t('sam.ui.col.domesticDevices')}</th>
            <th scope="col">{t('sam.ui.col.domesticShare')}</th>
            <th scope="col">{t('sam.ui.col.domesticInstallations')}</th>
          </tr>
        </thead>
        <tbody>
          {inspectedCategories(position.byCategory).map((entry) => (
            <tr key={entry.category || 'unclassified'}>
              <th scope="row">{t(`sam.inspectionCategory.${entry.category}`)}</th>
              <td>{entry.devices}</td>
              <td>{entry.domesticDevices}</td>
              <td>{percent(entry.domesticShare)}</td>
              <td>{entry.domesticInstallations}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
