/**
 * The assessment an enterprise stands on: the latest finalized revision that no finalized revision has
 * replaced (a draft revision does not replace it until it is finalized itself). The one place for this rule:
 * the workspace (main/backend/assessment/repository.ts `latestFinalized`) and filed data JSON both use it.
 */
import type { AssessmentRecord, Finalization } from '../../contract/assessment/schemas';

export function currentFinalizedAssessment(
  records: readonly AssessmentRecord[],
): (AssessmentRecord & { finalization: Finalization }) | null {
  const finalized = records.filter(
    (record): record is AssessmentRecord & { finalization: Finalization } => record.status === 'finalized' && record.finalization !== null,
  );
  const replaced = new Set(finalized.flatMap((record) => (record.supersedes ? [record.supersedes] : [])));
  const current = finalized.filter((record) => !replaced.has(record.id)).sort((a, b) => b.year - a.year || b.revision - a.revision);
  return current[0] ?? null;
}
