/**
 * Governance findings as sentences. Params that hold ids (a duty, an implementation, a form…) are shown
 * with their catalog wording, so "dutyUnassigned {duty: 'integrate-flows'}" reads
 * "首席信息官职责未明确：整合信息流、物流、资金流".
 */
import type { Finding } from '../../contract/core';
import type { LocalizedText } from '../../contract/forms/schemas';
import { opinion2009 } from '../../catalogs/governance/opinion-2009';
import { DECLARATION_FORMS } from '../../catalogs/declarations';
import { format, type Locale } from '../../i18n/define';
import { governanceMessages } from '../../i18n/governance';
import { localize } from '../forms/localize';

const byId = (list: readonly { id: string; label: LocalizedText }[]) => new Map(list.map((entry) => [entry.id, entry.label]));

/** For each param name that carries an id, the wording of each id. */
const ID_PARAMS: Record<string, Map<string, LocalizedText>> = {
  duty: byId(opinion2009.cioDuties),
  implementation: byId(opinion2009.implementations),
  area: byId(opinion2009.responsibilityAreas),
  level: byId(opinion2009.kpiLevels),
  deadline: byId(opinion2009.deadlines),
  form: new Map(DECLARATION_FORMS.map(({ definition }) => [definition.id, definition.title])),
};

export function governanceFindingText(finding: Finding, locale: Locale): string {
  const table: Record<string, string> = governanceMessages[locale];
  const template = table[finding.code];
  if (template === undefined) return finding.code;
  const params = Object.fromEntries(
    Object.entries(finding.params ?? {}).map(([name, value]) => [name, paramText(name, value, locale, table)]),
  );
  return format(template, params);
}

function paramText(name: string, value: string | number, locale: Locale, table: Record<string, string>): string | number {
  if (name === 'status') return table[`governance.implementationStatus.${value}`] ?? value;
  const label = ID_PARAMS[name]?.get(String(value));
  return label ? localize(label, locale) : value;
}
