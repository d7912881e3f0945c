/** Side-by-side compare of two scored assessments (e.g. the 2007 baseline and this year). */
import type { AssessmentComparison, AssessmentScore, IndicatorMove } from '../../contract/assessment/schemas';
import { round2 } from './scoring';

/**
 * Indicators are matched by id, so assessments on different template versions compare on what they share;
 * moves are in score-rate percentage points (ratio × 100), largest first.
 */
export function compareAssessments(before: AssessmentScore, after: AssessmentScore): AssessmentComparison {
  const beforeById = new Map(before.indicators.map((indicator) => [indicator.indicatorId, indicator]));
  const afterIds = new Set(after.indicators.map((indicator) => indicator.indicatorId));

  const moved: IndicatorMove[] = [];
  for (const indicator of after.indicators) {
    const earlier = beforeById.get(indicator.indicatorId);
    if (!earlier) continue;
    const was = round2(earlier.ratio * 100);
    const now = round2(indicator.ratio * 100);
    const delta = round2(now - was);
    if (delta !== 0) {
      moved.push({
        indicatorId: indicator.indicatorId,
        elementId: indicator.elementId,
        before: was,
        after: now,
        delta,
        direction: delta > 0 ? 'up' : 'down',
      });
    }
  }
  moved.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.indicatorId.localeCompare(b.indicatorId));

  return {
    moved,
    onlyBefore: before.indicators.filter((indicator) => !afterIds.has(indicator.indicatorId)).map((indicator) => indicator.indicatorId),
    onlyAfter: after.indicators.filter((indicator) => !beforeById.has(indicator.indicatorId)).map((indicator) => indicator.indicatorId),
    elements: compareElements(before, after),
    total: { before: before.total, after: after.total, delta: round2(after.total - before.total) },
    grade: { before: before.grade, after: after.grade },
  };
}

function compareElements(before: AssessmentScore, after: AssessmentScore): AssessmentComparison['elements'] {
  const scoreOf = (score: AssessmentScore, elementId: string) =>
    score.elements.find((element) => element.elementId === elementId)?.score ?? null;
  const ids = [...new Set([...after.elements, ...before.elements].map((element) => element.elementId))];
  return ids.map((elementId) => {
    const was = scoreOf(before, elementId);
    const now = scoreOf(after, elementId);
    return { elementId, before: was, after: now, delta: was === null || now === null ? null : round2(now - was) };
  });
}
