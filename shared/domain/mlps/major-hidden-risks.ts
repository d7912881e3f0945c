/**
 * The register of 重大风险隐患 (major hidden risks): what the 2025 conclusion reads, what a report counts
 * ("N (M 已整改)"), and what a readiness check asks ("does this object still have an open one?").
 */
import type { Finding } from '../../contract/core';
import type { MajorHiddenRisk } from '../../contract/mlps/records';

/** The fields the rules read; a stored record or one being saved both fit. */
export type MajorHiddenRiskFacts = Pick<MajorHiddenRisk, 'objectId' | 'remediated'>;

/** The object's major hidden risks not yet remediated. */
export function openMajorHiddenRisks<T extends MajorHiddenRiskFacts>(risks: readonly T[], objectId: string): T[] {
  return risks.filter((risk) => risk.objectId === objectId && !risk.remediated);
}

/** Counted as the 2025 template counts them: all recorded (before remediation), and how many were fixed. */
export function tallyMajorHiddenRisks(risks: readonly Pick<MajorHiddenRisk, 'remediated'>[]): { recorded: number; remediated: number } {
  return { recorded: risks.length, remediated: risks.filter((risk) => risk.remediated).length };
}

/**
 * What is wrong with a major hidden risk before it is saved: a finding it names that the object's assessment
 * does not have (its level and extensions decide), the same finding twice, a remediation date on one not
 * remediated or before the risk was found. Each names the field it is about.
 */
export function checkMajorHiddenRisk(
  risk: Pick<MajorHiddenRisk, 'itemIds' | 'remediated' | 'remediatedOn' | 'identifiedOn'>,
  itemIdsInScope: ReadonlySet<string>,
): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  risk.itemIds.forEach((itemId, row) => {
    const field = `itemIds[${row}]`;
    if (!itemIdsInScope.has(itemId)) findings.push({ code: 'mlps.majorHiddenRisk.itemNotInScope', field, row, params: { itemId } });
    else if (seen.has(itemId)) findings.push({ code: 'mlps.majorHiddenRisk.duplicateItem', field, row, params: { itemId } });
    seen.add(itemId);
  });
  if (risk.remediatedOn && !risk.remediated) findings.push({ code: 'mlps.majorHiddenRisk.dateWithoutRemediation', field: 'remediatedOn' });
  // ISO dates compare as text.
  if (risk.remediatedOn && risk.identifiedOn && risk.remediatedOn < risk.identifiedOn) {
    findings.push({ code: 'mlps.majorHiddenRisk.remediatedBeforeFound', field: 'remediatedOn', params: { found: risk.identifiedOn } });
  }
  return findings;
}
