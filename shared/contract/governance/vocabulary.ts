/**
 * The 2009 opinion's governance codes as plain values, on their own so that code which only needs the ids —
 * the opinion's catalogue, the CLI's printers — does not build the domain's schemas at start
 * (shared/contract/domains.ts).
 */

/** The CIO's duties as point 2 of the opinion lists them, one id per clause of the text. */
export const CIO_DUTY_IDS = [
  'mine-information-resources',
  'set-it-strategy',
  'lay-out-it',
  'evaluate-it-value',
  'integrate-flows',
  'select-and-implement-systems',
  'inform-decisions',
  'reengineer-processes',
  'arrange-it-training',
  'find-information-bottlenecks',
] as const;

/** 机构, 职能, 人员, 责任 — the "four implementations" of the IT department. */
export const IMPLEMENTATION_IDS = ['organization', 'functions', 'staff', 'responsibility'] as const;

/** 建设, 应用, 维护, 升级, 优化 — the responsibilities point 3 says must reach every level. */
export const RESPONSIBILITY_AREA_IDS = ['construction', 'application', 'maintenance', 'upgrade', 'optimization'] as const;

/** From the leadership down to every employee ("一把手工程" → "全员工程"). */
export const KPI_LEVEL_IDS = ['leadership', 'unit', 'employee'] as const;
