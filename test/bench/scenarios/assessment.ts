import fs from 'node:fs';
import { DEFAULT_TEMPLATE } from '../../../shared/catalogs/assessment/default-template';
import type { Answer, Rule } from '../../../shared/contract/assessment/schemas';
import { scoreAssessment } from '../../../shared/domain/assessment';
import { createBackend } from '../../../main/backend';
import { makeTempDir } from '../../support/workspace';
import { medianMs, type Scenario } from '../harness';

const ROUNDS = 50;

/** A valid answer for every rule kind: the page saves all of them when a user answers the whole template. */
function someAnswer(rule: Rule, round: number): Answer['value'] {
  switch (rule.kind) {
    case 'yesno':
      return round % 2 === 0;
    case 'scale':
      return round % 6;
    case 'numeric':
      return rule.bands[round % rule.bands.length]!.min;
    case 'single':
      return rule.options[round % rule.options.length]!.id;
    case 'multi':
      return [rule.options[round % rule.options.length]!.id];
  }
}

const answersFor = (round: number): Answer[] =>
  DEFAULT_TEMPLATE.elements.flatMap((element) =>
    element.indicators.map((indicator) => ({ indicatorId: indicator.id, value: someAnswer(indicator.rule, round) })),
  );

export const assessmentScenarios: Scenario[] = [
  {
    name: `save and rescore every answer of the default template (${DEFAULT_TEMPLATE.elements.flatMap((e) => e.indicators).length} indicators)`,
    async run() {
      const dir = makeTempDir('denggao-bench-');
      const backend = createBackend({ dataDir: dir });
      const created = await backend.call('assessment.create', { year: 2024 });
      if (!created.ok) throw new Error(created.error.message);
      const id = created.value.assessment.id;
      let round = 0;
      const figure = await medianMs(ROUNDS, async () => {
        const saved = await backend.call('assessment.saveAnswers', { id, answers: answersFor(round++) });
        if (!saved.ok) throw new Error(saved.error.message);
      });
      const baseline = await medianMs(ROUNDS, () => scoreAssessment(DEFAULT_TEMPLATE, answersFor(round++)));
      backend.close();
      fs.rmSync(dir, { recursive: true, force: true });
      return { figure, baseline, unit: 'ms (median)', baselineLabel: 'pure scoreAssessment, no storage' };
    },
  },
];
