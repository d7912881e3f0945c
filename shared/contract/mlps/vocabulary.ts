/**
 * The graded-protection vocabulary as plain values: the codes the schemas (./schemas.ts, ./records.ts) are
 * built from, on their own so that code which only needs a list of codes — the CLI's options, a migration —
 * does not build the domain's schemas at start (shared/contract/domains.ts).
 */

/** 受侵害的客体: 公民、法人和其他组织的合法权益 / 社会秩序、公共利益 / 国家安全. */
export const HARMED_OBJECTS = ['citizen', 'society', 'nation'] as const;

/** 对客体的侵害程度: 一般损害 / 严重损害 / 特别严重损害. */
export const HARM_DEGREES = ['general', 'serious', 'especially-serious'] as const;

/** Requirement sets and their digit in item ids (GB/T 28448-2019): 1 general, 2 cloud, 3 mobile, 4 IoT, 5 ICS. */
export const REQUIREMENT_SETS = ['general', 'cloud', 'mobile', 'iot', 'ics'] as const;
/** The extended requirement sets, every set but the general one. */
export const EXTENSION_SETS = ['cloud', 'mobile', 'iot', 'ics'] as const satisfies readonly (typeof REQUIREMENT_SETS)[number][];

/**
 * The seven elements of GB/T 20988 (要素): 数据备份系统, 备用数据处理系统, 备用网络系统, 备用基础设施, 专业技术支持能力,
 * 运行维护管理能力, 灾难恢复预案. A level is reached only when every element meets it.
 */
export const DR_ELEMENTS = [
  'dataBackup',
  'backupDataProcessing',
  'backupNetwork',
  'backupInfrastructure',
  'technicalSupport',
  'operationsManagement',
  'recoveryPlan',
] as const;

/**
 * 备案表编号: the unit's number on the filing form's cover — the receiving police office's 6-digit code and the
 * unit's 5-digit serial (docs/standards.md §2). One per unit, not per system.
 */
export const FILING_FORM_NUMBER_PATTERN = /^\d{11}$/;

/** The principles a major hidden risk is judged by (the 2025 report template). */
export const MAJOR_HIDDEN_RISK_PRINCIPLES = ['relevance', 'severity', 'frequency'] as const;
