/**
 * The graded-protection calendar as data (docs/standards.md §2): filing, certificate, renewal, assessment,
 * self-inspection and the 保护工作方案, and which register changes ask for expert review again. A newer notice
 * changes this catalog (new version), not the code.
 */
import type { ProtectedObject } from '../../contract/mlps/records';
import type { ScheduleRules } from '../../contract/mlps/schemas';

/**
 * Register fields whose change is a material change (our reading, unverified: the 2025 regime says a system that
 * "changes materially" is reviewed again without listing what counts): what it is, what it serves, where it runs
 * and connects, and what data it holds. A change of level (re-grading) always counts.
 */
const MATERIAL_CHANGE_FIELDS = [
  'kind',
  'businessType',
  'serviceScope',
  'serviceUsers',
  'networkCoverage',
  'interconnections',
  'hostedOn',
  'extensions',
  'dataCategories',
  'processesMuchPersonalInfo',
  'servesPublic',
] as const satisfies ReadonlyArray<keyof ProtectedObject>;

export const mlpsSchedule: ScheduleRules = {
  id: 'mlps-schedule-cn',
  version: '2025.1.0',
  source:
    'docs/standards.md §2: filing within 30 days of grading (new systems: of going live), certificate within 10 working ' +
    'days; 2025 notice (公网安〔2025〕1001号 as explained 2025-04-27): certificates valid 3 years (pre-2025 filings from ' +
    '2025-01-01), a year more per completed assessment, renewal applied for within the 3 months before expiry, a ' +
    '保护工作方案 from every level-3+ operator, expert review again after a change of level or a material change; ' +
    'assessment of levels 3–5 once a year; self-inspection (公通字〔2007〕43号 art. 14) level 3 yearly, level 4 half-yearly.',
  notes:
    'Working days skip weekends only, not public holidays. Unverified, our choices: the 保护工作方案 is due 30 days after ' +
    'the assessment it builds on (no deadline was found); the register fields that count as a material change; no ' +
    'self-inspection interval is stated for level 5, so none is scheduled.',
  filingDeadlineDays: 30,
  certificateWorkingDays: 10,
  certificateValidityYears: 3,
  certificateValidityEpoch: '2025-01-01',
  extensionYearsPerAssessment: 1,
  renewalWindowMonths: 3,
  assessmentIntervalMonths: { '3': 12, '4': 12, '5': 12 },
  selfInspectionIntervalMonths: { '3': 12, '4': 6 },
  protectionPlan: { fromLevel: 3, dueDaysAfterAssessment: 30, deadlineVerified: false },
  materialChangeFields: [...MATERIAL_CHANGE_FIELDS],
  upcomingWithinDays: 30,
};
