/**
 * When an assessment may be finalized: every indicator carries a valid answer, and every indicator whose
 * template asks for evidence has at least one file attached. A finalized assessment is what gets filed,
 * so it must be whole.
 */
import type { Finding } from '../../contract/core';
import type { Answer, Template } from '../../contract/assessment/schemas';
import { validateAnswer } from './rules';

/** The indicator an evidence file belongs to: its owner entity is `<assessment id>/<indicator id>`. */
export function indicatorOfEvidence(entityId: string): string {
  return entityId.slice(entityId.indexOf('/') + 1);
}

/** The indicators that have at least one evidence file. */
export function indicatorsWithEvidence(evidence: readonly { owner: { entityId: string } }[]): Set<string> {
  return new Set(evidence.map((file) => indicatorOfEvidence(file.owner.entityId)));
}

/** Each finding's field is the indicator id, so the page can flag the question. */
export function finalizeBlockers(template: Template, answers: readonly Answer[], indicatorsWithEvidence: ReadonlySet<string>): Finding[] {
  const values = new Map(answers.map((answer) => [answer.indicatorId, answer.value] as const));
  return template.elements.flatMap((element) =>
    element.indicators.flatMap((indicator): Finding[] => {
      const value = values.get(indicator.id);
      const findings: Finding[] = [];
      if (value === undefined || validateAnswer(indicator, value).length > 0) {
        findings.push({ code: 'assessment.finalize.unanswered', field: indicator.id, params: { indicator: indicator.id } });
      }
      if (indicator.evidenceRequired && !indicatorsWithEvidence.has(indicator.id)) {
        findings.push({ code: 'assessment.finalize.evidenceMissing', field: indicator.id, params: { indicator: indicator.id } });
      }
      return findings;
    }),
  );
}
