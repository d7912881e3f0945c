/**
 * The SAM field catalogue: every register's fields declared once — id, type, labels in both languages,
 * the words spreadsheets head the column with, the values a choice takes with the words for each, whether a
 * record must have it. The contract's schemas, the SQL columns, the import, the export and the register
 * forms all derive from this (issue 16): adding a field to a register is a change here and nowhere else
 * (plus a migration for its column). Header and value words are matched after `normalizeWord`
 * (half-width, lower case, no spaces, dashes, underscores, colons, asterisks or bracketed units).
 *
 * Pure data and small readers only: shared/contract/sam/schemas.ts builds on it, so nothing here may
 * import a value from the contract.
 */

/** The values each choice type takes, in the order forms list them, with the words ledgers use for each. */
export const CHOICE_WORDS = {
  metric: {
    'per-device': ['每设备', '按设备', '设备', '按台', '每台', '单机', '节点锁定', 'per device', 'device', 'node locked'],
    'per-installation': ['每安装', '按安装', '安装', '按套', 'per installation', 'installation'],
    'named-user': ['指定用户', '命名用户', '按用户', '每用户', '用户', 'named user', 'per user', 'user'],
    'concurrent-user': ['并发', '并发用户', '浮动', '浮动许可', 'concurrent', 'concurrent user', 'floating'],
    'per-core': ['按核', '每核', '按内核', '内核', 'per core', 'core', 'cores'],
    cal: ['cal', '客户端访问许可', '客户端访问许可证', 'client access licence', 'client access license'],
    site: ['站点', '站点许可', '场地许可', 'site', 'site licence', 'site license'],
    enterprise: ['企业', '企业许可', '全企业', '企业协议', '不限量', '无限', 'enterprise', 'enterprise agreement', 'unlimited'],
  },
  licenceType: {
    commercial: ['商业', '商业软件', '商用', '付费', '正版', 'commercial', 'proprietary'],
    subscription: ['订阅', '订阅制', 'subscription', 'saas'],
    'free-open-source': [
      '免费',
      '开源',
      '免费软件',
      '开源软件',
      '自由软件',
      '免费开源',
      'free',
      'open source',
      'freeware',
      'foss',
      'free open source',
    ],
    oem: ['oem', 'oem预装', '预装', '随机', '随机附带', '预装版'],
  },
  scopeKind: {
    enterprise: ['企业', '全企业', '集团', '全集团', '全公司', 'enterprise', 'group', 'whole enterprise'],
    subsidiary: ['子公司', '下属单位', '下属企业', '二级单位', '单位', 'subsidiary'],
    department: ['部门', 'department', 'dept'],
  },
  term: {
    perpetual: ['永久', '买断', '永久授权', '永久许可', 'perpetual'],
    subscription: ['订阅', '年度订阅', '租用', '有期限', 'subscription', 'term', 'annual'],
  },
  /** The categories 软件正版化 inspections count by (docs/standards.md §6); '' (not classified) is what an empty cell leaves. */
  inspectionCategory: {
    os: ['操作系统', '桌面操作系统', '服务器操作系统', 'os', 'operating system'],
    office: ['办公软件', '办公', '办公套件', 'office', 'office software'],
    security: ['杀毒软件', '杀毒', '防病毒', '安全软件', '杀毒及安全软件', 'antivirus', 'security'],
    industrial: ['工业软件', '工业', 'industrial'],
    professional: ['专业软件', '专业', '设计软件', 'professional'],
    database: ['数据库', 'database', 'dbms'],
    middleware: ['中间件', 'middleware'],
    other: ['其他', '其他软件', 'other'],
  },
} as const;

export type ChoiceType = keyof typeof CHOICE_WORDS;
export type ChoiceValue<T extends ChoiceType> = Extract<keyof (typeof CHOICE_WORDS)[T], string>;

/** A choice type's values in their declared order. */
export function choiceValuesOf<T extends ChoiceType>(type: T): [ChoiceValue<T>, ...ChoiceValue<T>[]] {
  return Object.keys(CHOICE_WORDS[type]) as [ChoiceValue<T>, ...ChoiceValue<T>[]];
}

export const BOOLEAN_WORDS: Record<'true' | 'false', readonly string[]> = {
  true: ['是', '有', '允许', '可', 'y', 'yes', 'true', '1', '√', '✓', '✔'],
  false: ['否', '无', '不', '不允许', '不可', 'n', 'no', 'false', '0', '×', '✗', '✘'],
};

export const CURRENCY_WORDS: Record<string, readonly string[]> = {
  CNY: ['人民币', '元', 'rmb', 'cny', '¥', '￥'],
  USD: ['美元', 'usd', '$', 'us$'],
  EUR: ['欧元', 'eur', '€'],
  HKD: ['港币', '港元', 'hkd'],
  JPY: ['日元', 'jpy'],
  GBP: ['英镑', 'gbp', '£'],
};

/** One vocabulary of types for every layer: the schema, the column, the import's reading and the form's input follow from it. */
export type FieldType = 'text' | 'integer' | 'decimal' | 'date' | 'boolean' | 'currency' | ChoiceType;

/**
 * What a column's sampled values must look like for the import to offer it as this field whatever its
 * header says: 'choice' (the field's own words), 'date', 'count' (whole numbers), 'money' (amounts),
 * 'deviceName' (host names such as PC-0012 or BJ-FIN-023).
 */
export type ContentHint = 'choice' | 'date' | 'count' | 'money' | 'deviceName';

export interface FieldLabel {
  'zh-CN': string;
  'en-US': string;
}

export interface FieldDefinition {
  readonly id: string;
  readonly type: FieldType;
  readonly label: FieldLabel;
  /** Header words an import recognises the column by. */
  readonly synonyms: readonly string[];
  /** A record without it is refused (text: not empty; choice: no default). */
  readonly required?: boolean;
  /** A record needs at least one of the fields naming this group (an installation's device or user). */
  readonly requiredOneOf?: string;
  /** The choice or currency a record takes when it names none. */
  readonly fallback?: string;
  /** A choice that may be left unset ('' = not classified). */
  readonly blank?: boolean;
  /** The smallest whole number an integer takes (default 0). */
  readonly minimum?: 0 | 1;
  /** The column in SQLite when it is not the id in snake_case. */
  readonly column?: string;
  /** Where a nested record keeps the value (an entitlement's scope): the flat field stands for it in files, columns and forms. */
  readonly path?: readonly [string, string];
  readonly content?: ContentHint;
  /** Shown in the register's table by default. */
  readonly shown?: boolean;
  /** The export's header when it is not the label (it must still be a header the import recognises). */
  readonly exportLabel?: FieldLabel;
}

const define = <const F extends FieldDefinition>(field: F): F => field;

/**
 * Headers that name a licence's scope and, by their wording, its kind: 使用部门 holds department names,
 * 所属子公司 subsidiaries. A column so headed is the scope's name, and the scope's kind follows from it.
 */
export const SCOPE_KIND_HEADERS: Record<'subsidiary' | 'department', readonly string[]> = {
  subsidiary: ['所属子公司', '使用子公司', '适用子公司', '子公司', '使用单位', '适用单位', '所属单位', '下属单位', 'Subsidiary'],
  department: ['使用部门', '适用部门', '所属部门', '部门', '使用科室', 'Department', 'Dept'],
};

// ---- fields several registers share ------------------------------------------------------------------------

const PUBLISHER = define({
  id: 'publisher',
  type: 'text',
  required: true,
  shown: true,
  label: { 'zh-CN': '厂商', 'en-US': 'Publisher' },
  synonyms: ['厂商', '发行商', '生产厂商', '制造商', '开发商', '软件厂商', '出品商', 'Publisher', 'Manufacturer', 'Software publisher'],
});
const NAME = define({
  id: 'name',
  type: 'text',
  required: true,
  shown: true,
  label: { 'zh-CN': '软件名称', 'en-US': 'Software' },
  synonyms: [
    '软件名称',
    '产品名称',
    '软件名',
    '软件',
    '产品',
    '名称',
    'Software',
    'Product',
    'Software name',
    'Product name',
    'Name',
    'Display name',
    'Application',
  ],
});
const VERSION = define({
  id: 'version',
  type: 'text',
  shown: true,
  label: { 'zh-CN': '版本', 'en-US': 'Version' },
  synonyms: ['版本', '版本号', '软件版本', 'Version', 'Product version', 'Display version'],
});
const EDITION = define({
  id: 'edition',
  type: 'text',
  shown: true,
  label: { 'zh-CN': '版本类型', 'en-US': 'Edition' },
  synonyms: ['版本类型', '发行版', '版别', '产品版本类型', 'Edition'],
});
/** The fields that name a product: entitlements and installations carry them too (flat, as spreadsheets do). */
export const PRODUCT_REF = [PUBLISHER, NAME, VERSION, EDITION] as const;
const DEPARTMENT = define({
  id: 'department',
  type: 'text',
  shown: true,
  label: { 'zh-CN': '部门', 'en-US': 'Department' },
  synonyms: ['部门', '所属部门', '使用部门', 'Department', 'Dept'],
});
const SUBSIDIARY = define({
  id: 'subsidiary',
  type: 'text',
  shown: true,
  label: { 'zh-CN': '所属单位', 'en-US': 'Subsidiary' },
  synonyms: ['单位', '所属单位', '子公司', '下属单位', '所属公司', 'Subsidiary', 'Company', 'Entity'],
});
const CORES = define({
  id: 'cores',
  type: 'integer',
  minimum: 1,
  label: { 'zh-CN': '内核数', 'en-US': 'Cores' },
  synonyms: ['核数', '内核数', 'CPU核数', '处理器核数', 'Cores', 'Core count', 'CPU cores'],
});
const ASSET_NUMBER = define({
  id: 'assetNumber',
  type: 'text',
  shown: true,
  label: { 'zh-CN': '资产编号', 'en-US': 'Asset number' },
  synonyms: ['资产编号', '资产编码', '资产号', 'Asset number', 'Asset tag', 'Asset ID'],
});

// ---- the registers -----------------------------------------------------------------------------------------

export const PRODUCT_FIELDS = [
  ...PRODUCT_REF,
  define({
    id: 'category',
    type: 'text',
    shown: true,
    label: { 'zh-CN': '类别', 'en-US': 'Category' },
    synonyms: ['类别', '分类', '软件类别', '软件分类', '产品类别', 'Category'],
  }),
  define({
    id: 'licenceType',
    type: 'licenceType',
    fallback: 'commercial',
    content: 'choice',
    shown: true,
    label: { 'zh-CN': '许可类型', 'en-US': 'Licence type' },
    synonyms: ['许可类型', '授权类型', '许可方式', '授权方式', '许可证类型', 'Licence type', 'License type', 'Licensing'],
  }),
  // The licence of free or open-source software (e.g. "Apache-2.0"): no entitlement needed, but recorded.
  define({
    id: 'licenceName',
    type: 'text',
    shown: true,
    label: { 'zh-CN': '许可证名称', 'en-US': 'Licence name' },
    synonyms: ['许可证名称', '开源许可证', '许可协议', '许可证', 'Licence', 'License', 'Licence name', 'License name'],
  }),
  // ISO/IEC 19770-2 SWID tagId, when the product ships one.
  define({
    id: 'swidTagId',
    type: 'text',
    label: { 'zh-CN': 'SWID 标签', 'en-US': 'SWID tag' },
    synonyms: ['SWID', 'SWID标签', 'SWID tag', 'Tag ID', 'TagId', 'SWID tag id'],
  }),
  // What a 正版化 inspection counts by (docs/standards.md, "How a 正版化 inspection counts").
  define({
    id: 'inspectionCategory',
    type: 'inspectionCategory',
    blank: true,
    fallback: '',
    content: 'choice',
    shown: true,
    label: { 'zh-CN': '正版化检查类别', 'en-US': 'Inspection category' },
    synonyms: ['检查类别', '正版化类别', '软件大类', '统计类别', 'Inspection category'],
  }),
  // Domestic (信创) software: what the domestic-substitution share counts.
  define({
    id: 'domestic',
    type: 'boolean',
    shown: true,
    label: { 'zh-CN': '国产（信创）', 'en-US': 'Domestic (Xinchuang)' },
    synonyms: ['信创', '是否信创', '国产', '是否国产', '国产软件', 'Domestic'],
  }),
  // For OEM software: the proof of the OEM licence held (COA label, the device's invoice…); OEM counts only with it.
  define({
    id: 'oemProof',
    type: 'text',
    label: { 'zh-CN': 'OEM 许可证明', 'en-US': 'OEM licence proof' },
    synonyms: ['OEM证明', '预装证明', 'OEM凭证', 'OEM proof', 'COA'],
  }),
  // Per-core licensing: the fewest cores a licence must cover per processor and per server (none = the catalog's).
  define({
    id: 'minCoresPerProcessor',
    type: 'integer',
    minimum: 1,
    label: { 'zh-CN': '每处理器最少计核数', 'en-US': 'Minimum cores per processor' },
    synonyms: ['每处理器最少核数', '每CPU最少核数', 'Min cores per processor'],
  }),
  define({
    id: 'minCoresPerServer',
    type: 'integer',
    minimum: 1,
    label: { 'zh-CN': '每服务器最少计核数', 'en-US': 'Minimum cores per server' },
    synonyms: ['每服务器最少核数', '每台服务器最少核数', 'Min cores per server'],
  }),
  // The edition's rank within its product (higher = more capable): edition downgrade rights cover lower ranks.
  define({
    id: 'editionRank',
    type: 'integer',
    label: { 'zh-CN': '版本类型等级', 'en-US': 'Edition rank' },
    synonyms: ['版别等级', '版本等级', 'Edition rank'],
  }),
] as const;

export const ENTITLEMENT_FIELDS = [
  ...PRODUCT_REF,
  define({
    id: 'metric',
    type: 'metric',
    required: true,
    content: 'choice',
    shown: true,
    label: { 'zh-CN': '许可模式', 'en-US': 'Metric' },
    synonyms: [
      '许可模式',
      '授权模式',
      '许可计量',
      '计量方式',
      '许可度量',
      '授权方式',
      '许可方式',
      'Metric',
      'Licence metric',
      'License metric',
      'Licensing model',
    ],
  }),
  // Seats, devices, users or cores bought; none for site and enterprise licences (unlimited within scope).
  define({
    id: 'quantity',
    type: 'integer',
    content: 'count',
    shown: true,
    label: { 'zh-CN': '许可数量', 'en-US': 'Quantity' },
    synonyms: [
      '数量',
      '许可数量',
      '授权数量',
      '购买数量',
      '套数',
      '点数',
      'Seats',
      'Quantity',
      'Qty',
      'Licences',
      'Licenses',
      'Licence count',
      'License count',
    ],
  }),
  define({
    id: 'scopeKind',
    type: 'scopeKind',
    fallback: 'enterprise',
    path: ['scope', 'kind'],
    content: 'choice',
    shown: true,
    label: { 'zh-CN': '范围类型', 'en-US': 'Scope type' },
    synonyms: ['范围类型', '适用范围类型', '授权范围类型', 'Scope type', 'Scope kind'],
  }),
  define({
    id: 'scopeName',
    type: 'text',
    path: ['scope', 'name'],
    shown: true,
    label: { 'zh-CN': '范围名称', 'en-US': 'Scope name' },
    synonyms: [
      '范围名称',
      '适用范围',
      '授权范围',
      '使用范围',
      'Scope',
      'Scope name',
      ...SCOPE_KIND_HEADERS.subsidiary,
      ...SCOPE_KIND_HEADERS.department,
    ],
  }),
  define({
    id: 'term',
    type: 'term',
    fallback: 'perpetual',
    content: 'choice',
    shown: true,
    label: { 'zh-CN': '期限类型', 'en-US': 'Term' },
    synonyms: ['期限类型', '授权期限', '许可期限', '期限', 'Term', 'Term type'],
  }),
  define({
    id: 'start',
    type: 'date',
    label: { 'zh-CN': '开始日期', 'en-US': 'Start date' },
    synonyms: ['开始日期', '起始日期', '生效日期', '购买日期', '采购日期', 'Start', 'Start date', 'Purchase date', 'Valid from'],
  }),
  // The last day of a subscription, inclusive.
  define({
    id: 'end',
    type: 'date',
    content: 'date',
    shown: true,
    label: { 'zh-CN': '到期日', 'en-US': 'End date' },
    synonyms: [
      '到期日',
      '到期日期',
      '截止日期',
      '结束日期',
      '失效日期',
      'End',
      'End date',
      'Expiry',
      'Expiry date',
      'Expiration date',
      'Valid to',
      'Renewal date',
    ],
  }),
  define({
    id: 'unitCost',
    type: 'decimal',
    content: 'money',
    shown: true,
    label: { 'zh-CN': '单价', 'en-US': 'Unit cost' },
    synonyms: ['单价', '单位成本', '单位价格', 'Unit cost', 'Unit price', 'Price'],
  }),
  define({
    id: 'totalCost',
    type: 'decimal',
    label: { 'zh-CN': '总价', 'en-US': 'Total cost' },
    synonyms: ['总价', '总金额', '金额', '合同金额', '采购金额', 'Total cost', 'Total', 'Amount'],
  }),
  define({
    id: 'currency',
    type: 'currency',
    fallback: 'CNY',
    label: { 'zh-CN': '币种', 'en-US': 'Currency' },
    synonyms: ['币种', '货币', 'Currency'],
  }),
  define({
    id: 'purchaseOrder',
    type: 'text',
    label: { 'zh-CN': '采购订单号', 'en-US': 'Purchase order' },
    synonyms: ['采购订单', '采购订单号', '订单号', '采购单号', 'Purchase order', 'PO', 'PO number'],
  }),
  define({
    id: 'contract',
    type: 'text',
    label: { 'zh-CN': '合同编号', 'en-US': 'Contract' },
    synonyms: ['合同', '合同号', '合同编号', 'Contract', 'Contract number'],
  }),
  define({
    id: 'vendor',
    type: 'text',
    label: { 'zh-CN': '供应商', 'en-US': 'Vendor' },
    synonyms: ['供应商', '经销商', '销售商', 'Vendor', 'Reseller', 'Supplier'],
  }),
  // The enterprise asset number (资产编号) linking the licence to the asset register.
  ASSET_NUMBER,
  // The right to run an earlier version than the one bought.
  define({
    id: 'downgradeRights',
    type: 'boolean',
    label: { 'zh-CN': '降级权', 'en-US': 'Downgrade rights' },
    synonyms: ['降级权', '降级权利', '可降级', '允许降级', 'Downgrade rights', 'Downgrade'],
  }),
  // The right to run a lower edition than the one bought (ranks: the products' editionRank).
  define({
    id: 'editionDowngradeRights',
    type: 'boolean',
    label: { 'zh-CN': '版本类型降级权', 'en-US': 'Edition downgrade rights' },
    synonyms: ['版别降级权', '可降版别', 'Edition downgrade rights'],
  }),
] as const;

export const INSTALLATION_FIELDS = [
  // Optional here: desktop-management exports name the software, not its publisher; the import finds it by the name.
  { ...PUBLISHER, required: false },
  NAME,
  VERSION,
  EDITION,
  define({
    id: 'device',
    type: 'text',
    requiredOneOf: 'deviceOrUser',
    content: 'deviceName',
    shown: true,
    label: { 'zh-CN': '设备', 'en-US': 'Device' },
    synonyms: [
      '设备',
      '计算机名',
      '计算机',
      '主机名',
      '设备名称',
      '终端',
      'Device',
      'Computer',
      'Computer name',
      'Hostname',
      'Host',
      'Machine',
    ],
  }),
  define({
    id: 'user',
    type: 'text',
    requiredOneOf: 'deviceOrUser',
    shown: true,
    label: { 'zh-CN': '用户', 'en-US': 'User' },
    synonyms: ['用户', '使用人', '使用者', '用户名', '责任人', 'User', 'User name', 'Username', 'Owner'],
  }),
  DEPARTMENT,
  SUBSIDIARY,
  define({
    id: 'installDate',
    type: 'date',
    content: 'date',
    shown: true,
    label: { 'zh-CN': '安装日期', 'en-US': 'Install date' },
    synonyms: ['安装日期', '安装时间', 'Install date', 'Installed on', 'Installation date', 'InstallDate'],
  }),
  // Processor cores of the device, for per-core licences.
  CORES,
  // 'manual', or 'import:<file name>' for rows that came from an import.
  define({ id: 'source', type: 'text', label: { 'zh-CN': '来源', 'en-US': 'Source' }, synonyms: ['来源', '数据来源', 'Source'] }),
] as const;

/** A device (computer, server) as a light record: what per-device and per-core licences count. */
/** A device's or a person's name: the same field as a product's name, in the words of its own register. */
const DEVICE_NAME = {
  ...NAME,
  label: { 'zh-CN': '设备名称', 'en-US': 'Device name' },
  synonyms: ['设备名称', '计算机名', '计算机', '主机名', '设备', 'Device', 'Device name', 'Computer', 'Computer name', 'Hostname', 'Name'],
} as const;
const USER_NAME = {
  ...NAME,
  label: { 'zh-CN': '姓名', 'en-US': 'Name' },
  synonyms: ['姓名', '用户', '用户名', '使用人', '人员', 'User', 'User name', 'Username', 'Name'],
} as const;

export const DEVICE_FIELDS = [DEVICE_NAME, DEPARTMENT, SUBSIDIARY, { ...CORES, shown: true }, ASSET_NUMBER] as const;

/** A person as a light record: what named-user licences count. */
export const USER_FIELDS = [USER_NAME, DEPARTMENT, SUBSIDIARY] as const;

export const SAM_FIELD_CATALOGUE = {
  products: PRODUCT_FIELDS,
  entitlements: ENTITLEMENT_FIELDS,
  installations: INSTALLATION_FIELDS,
  devices: DEVICE_FIELDS,
  users: USER_FIELDS,
} as const;

export type SamFieldCatalogue = Readonly<Record<keyof typeof SAM_FIELD_CATALOGUE, readonly FieldDefinition[]>>;

// ---- readers every layer uses ------------------------------------------------------------------------------

/** The SQL column of a field: the id in snake_case unless the catalogue names another. */
export function columnOf(field: FieldDefinition): string {
  return field.column ?? field.id.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** A record's value for a flat field (an entitlement's scopeKind reads record.scope.kind). */
export function flatValue(record: Readonly<Record<string, unknown>>, field: FieldDefinition): unknown {
  if (field.path === undefined) return record[field.id];
  return (record[field.path[0]] as Record<string, unknown> | undefined)?.[field.path[1]];
}

/** Flat values (as columns, files and forms hold them) → the record's shape: nested fields go back under their path. */
export function nestFlat(fields: readonly FieldDefinition[], flat: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const field of fields) {
    const value = flat[field.id];
    if (field.path === undefined) record[field.id] = value;
    else ((record[field.path[0]] ??= {}) as Record<string, unknown>)[field.path[1]] = value;
  }
  return record;
}

/**
 * Every field label as its message key (`sam.field.<id>`), for the message tables: the first register's label
 * of an id (a product's name is 软件名称). Pages that show one register read its own label off the catalogue
 * (a device's name is 设备名称).
 */
export function fieldLabelMessages(catalogue: SamFieldCatalogue, locale: keyof FieldLabel): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const fields of Object.values(catalogue)) for (const field of fields) messages[`sam.field.${field.id}`] ??= field.label[locale];
  return messages;
}
