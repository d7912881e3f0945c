/**
 * How a 软件正版化 inspection counts, as versioned data (docs/standards.md §6, "How inspections count"):
 * the categories in the order inspections take them, each with the definition the position page and the
 * report print beside its rate, and the per-core minimums of per-core licences. No official 正版化率
 * formula was found: the definitions are our reading (`verified: false`), so the page says so.
 */
import type { InspectionCategory } from '../../contract/sam/schemas';

export type CategoryGroup = 'general' | 'industrial' | 'professional' | 'infrastructure' | 'other';

export interface InspectionCategoryDefinition {
  code: InspectionCategory;
  /** The three general categories come first, then industrial, then professional software. */
  group: CategoryGroup;
  definitionZh: string;
  definitionEn: string;
  /**
   * Words that, inside a product's own free-text category, mean this category: a product classified before
   * the inspection category existed is counted under it without being edited.
   */
  words: readonly string[];
}

export interface CoreMinimum {
  /** Normalized publisher names (trimmed, lower case) the minimum applies to. */
  publishers: readonly string[];
  /** The product's normalized name starts with this. */
  namePrefix: string;
  perProcessor: number;
  perServer: number;
  source: string;
}

export interface InspectionCatalog {
  id: string;
  version: string;
  source: string;
  /** False: the definitions are our reading, not an official text. */
  verified: boolean;
  categories: readonly InspectionCategoryDefinition[];
  coreMinimums: readonly CoreMinimum[];
}

const RATE_RULE_ZH = '正版化率 = 有合法许可（或有证明的 OEM 许可）的安装数 ÷ 需要许可的安装数；免费/开源软件另列，不计入。';
const RATE_RULE_EN =
  'Rate = installations with a lawful licence (or an OEM licence with proof) ÷ installations that need a licence; free/open-source software is listed apart, outside the rate.';

export const INSPECTION_CATALOG: InspectionCatalog = {
  id: 'sam-inspection-count',
  version: '1.0.0',
  source:
    'docs/standards.md §6：正版化检查先查三类通用软件（操作系统、办公软件、杀毒软件），再查工业软件和专业软件；免费/开源软件另列；OEM 许可凭证明计入；按内核许可有最低计核数',
  verified: false,
  categories: [
    {
      code: 'os',
      group: 'general',
      definitionZh: `通用软件之一：台式机、笔记本和服务器上的操作系统。${RATE_RULE_ZH}`,
      definitionEn: `A general category: operating systems of desktops, laptops and servers. ${RATE_RULE_EN}`,
      words: ['操作系统', '系统软件', 'operating system', 'os'],
    },
    {
      code: 'office',
      group: 'general',
      definitionZh: `通用软件之一：文字处理、电子表格、演示文稿等办公套件。${RATE_RULE_ZH}`,
      definitionEn: `A general category: office suites (word processing, spreadsheets, presentations). ${RATE_RULE_EN}`,
      words: ['办公软件', '办公', 'office'],
    },
    {
      code: 'security',
      group: 'general',
      definitionZh: `通用软件之一：杀毒软件及终端安全软件。${RATE_RULE_ZH}`,
      definitionEn: `A general category: antivirus and endpoint security software. ${RATE_RULE_EN}`,
      words: ['杀毒软件', '杀毒', '防病毒', '安全软件', 'antivirus', 'security'],
    },
    {
      code: 'industrial',
      group: 'industrial',
      definitionZh: `通用软件之后检查：研发设计、生产控制、工业仿真等工业软件（如 CAD、CAE、MES）。${RATE_RULE_ZH}`,
      definitionEn: `Counted after the general categories: industrial software for design, production control and simulation (CAD, CAE, MES…). ${RATE_RULE_EN}`,
      words: ['工业软件', '工业', '设计软件', 'cad', 'cae', 'industrial'],
    },
    {
      code: 'professional',
      group: 'professional',
      definitionZh: `通用软件之后检查：财务、图形图像、开发工具等专业软件。${RATE_RULE_ZH}`,
      definitionEn: `Counted after the general categories: professional software such as finance, graphics and development tools. ${RATE_RULE_EN}`,
      words: ['专业软件', '专业', 'professional'],
    },
    {
      code: 'database',
      group: 'infrastructure',
      definitionZh: `基础软件：数据库管理系统（信创替代的重点类别之一）。${RATE_RULE_ZH}`,
      definitionEn: `Base software: database management systems (a main domestic-substitution category). ${RATE_RULE_EN}`,
      words: ['数据库', 'database'],
    },
    {
      code: 'middleware',
      group: 'infrastructure',
      definitionZh: `基础软件：应用服务器、消息队列等中间件（信创替代的重点类别之一）。${RATE_RULE_ZH}`,
      definitionEn: `Base software: middleware such as application servers and message queues (a main domestic-substitution category). ${RATE_RULE_EN}`,
      words: ['中间件', 'middleware'],
    },
    {
      code: 'other',
      group: 'other',
      definitionZh: `以上类别之外的软件。${RATE_RULE_ZH}`,
      definitionEn: `Software outside the categories above. ${RATE_RULE_EN}`,
      words: ['其他', '其它', 'other'],
    },
  ],
  coreMinimums: [
    {
      publishers: ['microsoft', '微软'],
      namePrefix: 'windows server',
      perProcessor: 8,
      perServer: 16,
      source: 'docs/standards.md §6：Windows Server 每处理器至少 8 核、每服务器至少 16 核',
    },
  ],
};

/** The definition of a category, or undefined for '' (not classified). */
export function categoryDefinition(
  code: InspectionCategory | '',
  catalog: InspectionCatalog = INSPECTION_CATALOG,
): InspectionCategoryDefinition | undefined {
  return catalog.categories.find((definition) => definition.code === code);
}

/** A category's definition in the reader's language ('' for not classified): Chinese for zh-CN, else English. */
export function definitionText(code: InspectionCategory | '', locale: string, catalog: InspectionCatalog = INSPECTION_CATALOG): string {
  const definition = categoryDefinition(code, catalog);
  if (definition === undefined) return '';
  return locale === 'zh-CN' ? definition.definitionZh : definition.definitionEn;
}
