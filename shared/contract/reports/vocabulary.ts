/**
 * The reports' codes as plain values, on their own so that code which only needs the list — the CLI's options —
 * does not build the domain's schemas at start (shared/contract/domains.ts).
 */

/**
 * summary: for leadership, a few pages; plan: the climbing plan as a filing document; mlps: grading report and
 * filing form per protected object; gaps: gap assessment with remediation; sam: licence position; declarations:
 * each declaration form; full: everything in one document; filing-form: the 2025 filing form (备案表) with its
 * 数据摸底调查表, table 1 once and tables 2–4 per object; grading-report: the 定级报告 per graded object; protection-plan: the 保护工作方案 of level-3+ objects.
 */
export const REPORT_KINDS = [
  'summary',
  'plan',
  'mlps',
  'gaps',
  'sam',
  'declarations',
  'full',
  'filing-form',
  'grading-report',
  'protection-plan',
] as const;

/**
 * Classification marks a user may print on a report. Codes only: the words (公开, 内部 …) are in
 * shared/i18n/reports.ts. 秘密 / 机密 are the state-secret levels of the Law on Guarding State Secrets (its
 * official English calls them "confidential" / "secret"); 普通商密 / 核心商密 are the business-secret marks of
 * SASAC's 《中央企业商业秘密保护暂行规定》 (2010). 绝密 is left out on purpose: top-secret material does not
 * belong on an ordinary office computer.
 */
export const CLASSIFICATION_MARKS = ['public', 'internal', 'commercialSecret', 'coreCommercialSecret', 'confidential', 'secret'] as const;
