/**
 * Graded-protection policy facts as data (docs/standards.md §2 and §4), so a newer notice changes data, not code.
 */
import type { GradingMatrix, MlpsPolicy, ScoringRules } from '../../contract/mlps/schemas';

/** GB/T 22240-2020 (same matrix as 2008): object harmed × degree of harm → level. Source: docs/standards.md §2. */
export const gradingMatrix: GradingMatrix = {
  id: 'gbt22240-2020-matrix',
  version: '1.0.0',
  notes: 'GB/T 22240-2020 grading matrix, unchanged from GB/T 22240-2008. Source: docs/standards.md §2.',
  levels: {
    citizen: { general: 1, serious: 2, 'especially-serious': 2 },
    society: { general: 2, serious: 3, 'especially-serious': 4 },
    nation: { general: 3, serious: 4, 'especially-serious': 5 },
  },
};

/** Who files and who signs off; the calendar itself is shared/catalogs/mlps/schedule.ts. */
export const mlpsPolicy: MlpsPolicy = {
  id: 'mlps-policy-cn',
  version: '2025.2.0',
  notes:
    'Level 2 and above file with public security; an initial level of 2 or above goes through expert review and, only ' +
    "where the unit has an industry competent department (表三 是否有主管部门), that department's approval; big-data " +
    'platforms with much personal information, and platforms serving the public, are in principle level 3 or above ' +
    '(GB/T 22240-2020). Source: docs/standards.md §2. The filing and inspection calendar moved to mlps-schedule-cn.',
  filingFromLevel: 2,
  reviewFromLevel: 2,
  bigDataPersonalInfoMinLevel: 3,
  publicPlatformMinLevel: 3,
};

export const mlpsScoringRules: ScoringRules = {
  id: 'mlps-scoring',
  version: '2.0.0',
  notes:
    'Pre-2021 formula: score = 100 − mean over 层面 of (Σw·不符合 + 0.5·Σw·部分符合)/Σw × 100; the 层面 of the old ' +
    'reports are the ten families. 2021 template bands: 优 (no medium or high risk, ≥ 90), 良 (no high risk, ≥ 80), 中 ' +
    '(no high risk, ≥ 70), else 差 — over a deduction score whose formula was not found, so the bands are applied to ' +
    'the pre-2021 score and never labelled the 2021 result. 2025 template: 符合 above 90 % and no 重大风险隐患, ' +
    '基本符合 60–90 % whatever the risks, 不符合 below 60 %; a 重大风险隐患 is judged on its own (a register per ' +
    'object), not one high-risk item. Source: docs/standards.md. Our choices (unverified): a partial item counts half ' +
    'towards the 2025 compliance rate; a remediated major hidden risk no longer keeps the verdict from 符合.',
  pre2021: { id: 'mlps-score-pre2021', meanOver: 'family', partialCredit: 0.5, defaultWeight: 1 },
  result2021: {
    id: 'mlps-result-2021-bands-on-pre2021',
    grades: [
      { grade: 'excellent', minScore: 90, worstRiskAllowed: 'low' },
      { grade: 'good', minScore: 80, worstRiskAllowed: 'medium' },
      { grade: 'fair', minScore: 70, worstRiskAllowed: 'medium' },
    ],
  },
  compliance2025: {
    id: 'mlps-compliance-2025',
    partialCredit: 0.5,
    compliantAbove: 90,
    basicFrom: 60,
    remediatedMajorHiddenRisksBlock: false,
  },
};
