/**
 * What an import can fill, per kind of register, and the words spreadsheets use for it — as data, so a
 * missing synonym is a one-line change. Header and value words are matched after `normalizeWord`
 * (half-width, lower case, no spaces, dashes, underscores, colons, asterisks or bracketed units).
 */
import type { InspectionCategory, LicenceType, Metric, SamKind, ScopeKind, Term } from '../../contract/sam/schemas';

export type FieldType = 'text' | 'integer' | 'decimal' | 'date' | 'boolean' | 'metric' | 'licenceType' | 'scopeKind' | 'term' | 'inspectionCategory' | 'currency';

/** Which version of these words an import used: recorded so a changed synonym can be told from a bug. */
export const SAM_IMPORT_VOCABULARY = { id: 'sam-import-vocabulary', version: '2.0.0' } as const;

/**
 * What a column's sampled values must look like for the import to offer it as this field whatever its
 * header says: 'choice' (the field's own words), 'date', 'count' (whole numbers), 'money' (amounts),
 * 'deviceName' (host names such as PC-0012 or BJ-FIN-023).
 */
export type ContentHint = 'choice' | 'date' | 'count' | 'money' | 'deviceName';

export interface FieldSpec {
  type: FieldType;
  synonyms: readonly string[];
  /** Set when a column can be recognised by its values; absent for free text no content can reveal. */
  content?: ContentHint;
}

/**
 * Headers that name a licence's scope and, by their wording, its kind: 使用部门 holds department names,
 * 所属子公司 subsidiaries. A column so headed is the scope's name, and the scope's kind follows from it.
 */
export const SCOPE_KIND_HEADERS: Record<'subsidiary' | 'department', readonly string[]> = {
  subsidiary: ['所属子公司', '使用子公司', '适用子公司', '子公司', '使用单位', '适用单位', '所属单位', '下属单位', 'Subsidiary'],
  department: ['使用部门', '适用部门', '所属部门', '部门', '使用科室', 'Department', 'Dept'],
};
const SCOPE_NAME_HEADERS = [...SCOPE_KIND_HEADERS.subsidiary, ...SCOPE_KIND_HEADERS.department];

const productRef = {
  publisher: { type: 'text', synonyms: ['厂商', '发行商', '生产厂商', '制造商', '开发商', '软件厂商', '出品商', 'Publisher', 'Manufacturer', 'Software publisher'] },
  name: { type: 'text', synonyms: ['软件名称', '产品名称', '软件名', '软件', '产品', '名称', 'Software', 'Product', 'Software name', 'Product name', 'Name', 'Display name', 'Application'] },
  version: { type: 'text', synonyms: ['版本', '版本号', '软件版本', 'Version', 'Product version', 'Display version'] },
  edition: { type: 'text', synonyms: ['版本类型', '发行版', '版别', '产品版本类型', 'Edition'] },
} as const satisfies Record<string, FieldSpec>;

export const FIELDS = {
  products: {
    ...productRef,
    category: { type: 'text', synonyms: ['类别', '分类', '软件类别', '软件分类', '产品类别', 'Category'] },
    licenceType: { type: 'licenceType', content: 'choice', synonyms: ['许可类型', '授权类型', '许可方式', '授权方式', '许可证类型', 'Licence type', 'License type', 'Licensing'] },
    licenceName: { type: 'text', synonyms: ['许可证名称', '开源许可证', '许可协议', '许可证', 'Licence', 'License', 'Licence name', 'License name'] },
    swidTagId: { type: 'text', synonyms: ['SWID', 'SWID标签', 'SWID tag', 'Tag ID', 'TagId', 'SWID tag id'] },
    // What a 正版化 inspection counts by (docs/standards.md, "How a 正版化 inspection counts").
    inspectionCategory: { type: 'inspectionCategory', content: 'choice', synonyms: ['检查类别', '正版化类别', '软件大类', '统计类别', 'Inspection category'] },
    domestic: { type: 'boolean', synonyms: ['信创', '是否信创', '国产', '是否国产', '国产软件', 'Domestic'] },
    oemProof: { type: 'text', synonyms: ['OEM证明', '预装证明', 'OEM凭证', 'OEM proof', 'COA'] },
    minCoresPerProcessor: { type: 'integer', synonyms: ['每处理器最少核数', '每CPU最少核数', 'Min cores per processor'] },
    minCoresPerServer: { type: 'integer', synonyms: ['每服务器最少核数', '每台服务器最少核数', 'Min cores per server'] },
    editionRank: { type: 'integer', synonyms: ['版别等级', '版本等级', 'Edition rank'] },
  },
  entitlements: {
    ...productRef,
    metric: { type: 'metric', content: 'choice', synonyms: ['许可模式', '授权模式', '许可计量', '计量方式', '许可度量', '授权方式', '许可方式', 'Metric', 'Licence metric', 'License metric', 'Licensing model'] },
    quantity: { type: 'integer', content: 'count', synonyms: ['数量', '许可数量', '授权数量', '购买数量', '套数', '点数', 'Seats', 'Quantity', 'Qty', 'Licences', 'Licenses', 'Licence count', 'License count'] },
    scopeKind: { type: 'scopeKind', content: 'choice', synonyms: ['范围类型', '适用范围类型', '授权范围类型', 'Scope type', 'Scope kind'] },
    scopeName: { type: 'text', synonyms: ['范围名称', '适用范围', '授权范围', '使用范围', 'Scope', 'Scope name', ...SCOPE_NAME_HEADERS] },
    term: { type: 'term', content: 'choice', synonyms: ['期限类型', '授权期限', '许可期限', '期限', 'Term', 'Term type'] },
    start: { type: 'date', synonyms: ['开始日期', '起始日期', '生效日期', '购买日期', '采购日期', 'Start', 'Start date', 'Purchase date', 'Valid from'] },
    end: { type: 'date', content: 'date', synonyms: ['到期日', '到期日期', '截止日期', '结束日期', '失效日期', 'End', 'End date', 'Expiry', 'Expiry date', 'Expiration date', 'Valid to', 'Renewal date'] },
    unitCost: { type: 'decimal', content: 'money', synonyms: ['单价', '单位成本', '单位价格', 'Unit cost', 'Unit price', 'Price'] },
    totalCost: { type: 'decimal', synonyms: ['总价', '总金额', '金额', '合同金额', '采购金额', 'Total cost', 'Total', 'Amount'] },
    currency: { type: 'currency', synonyms: ['币种', '货币', 'Currency'] },
    purchaseOrder: { type: 'text', synonyms: ['采购订单', '采购订单号', '订单号', '采购单号', 'Purchase order', 'PO', 'PO number'] },
    contract: { type: 'text', synonyms: ['合同', '合同号', '合同编号', 'Contract', 'Contract number'] },
    vendor: { type: 'text', synonyms: ['供应商', '经销商', '销售商', 'Vendor', 'Reseller', 'Supplier'] },
    assetNumber: { type: 'text', synonyms: ['资产编号', '资产编码', '资产号', 'Asset number', 'Asset tag', 'Asset ID'] },
    downgradeRights: { type: 'boolean', synonyms: ['降级权', '降级权利', '可降级', '允许降级', 'Downgrade rights', 'Downgrade'] },
    editionDowngradeRights: { type: 'boolean', synonyms: ['版别降级权', '可降版别', 'Edition downgrade rights'] },
  },
  installations: {
    ...productRef,
    device: { type: 'text', content: 'deviceName', synonyms: ['设备', '计算机名', '计算机', '主机名', '设备名称', '终端', 'Device', 'Computer', 'Computer name', 'Hostname', 'Host', 'Machine'] },
    user: { type: 'text', synonyms: ['用户', '使用人', '使用者', '用户名', '责任人', 'User', 'User name', 'Username', 'Owner'] },
    department: { type: 'text', synonyms: ['部门', '所属部门', '使用部门', 'Department', 'Dept'] },
    subsidiary: { type: 'text', synonyms: ['单位', '所属单位', '子公司', '下属单位', '所属公司', 'Subsidiary', 'Company', 'Entity'] },
    installDate: { type: 'date', content: 'date', synonyms: ['安装日期', '安装时间', 'Install date', 'Installed on', 'Installation date', 'InstallDate'] },
    cores: { type: 'integer', synonyms: ['核数', '内核数', 'CPU核数', '处理器核数', 'Cores', 'Core count', 'CPU cores'] },
    source: { type: 'text', synonyms: ['来源', '数据来源', 'Source'] },
  },
} as const satisfies Record<SamKind, Record<string, FieldSpec>>;

export type FieldOf<K extends SamKind> = Extract<keyof (typeof FIELDS)[K], string>;
export type AnyField = FieldOf<'products'> | FieldOf<'entitlements'> | FieldOf<'installations'>;

/** Columns a file must have, per kind; an inner list means "at least one of these". */
export const REQUIRED_COLUMNS: { [K in SamKind]: ReadonlyArray<readonly FieldOf<K>[]> } = {
  products: [['publisher'], ['name']],
  entitlements: [['publisher'], ['name'], ['metric']],
  // No publisher: desktop-management exports have none; the product is found by its name (import-jobs.ts).
  installations: [['name'], ['device', 'user']],
};

/** The fields that name the product; every kind has them, so they say nothing about which kind a file is. */
export const SHARED_FIELDS: readonly string[] = ['publisher', 'name', 'version', 'edition'];

export const METRIC_WORDS: Record<Metric, readonly string[]> = {
  'per-device': ['每设备', '按设备', '设备', '按台', '每台', '单机', '节点锁定', 'per device', 'device', 'node locked'],
  'per-installation': ['每安装', '按安装', '安装', '按套', 'per installation', 'installation'],
  'named-user': ['指定用户', '命名用户', '按用户', '每用户', '用户', 'named user', 'per user', 'user'],
  'concurrent-user': ['并发', '并发用户', '浮动', '浮动许可', 'concurrent', 'concurrent user', 'floating'],
  'per-core': ['按核', '每核', '按内核', '内核', 'per core', 'core', 'cores'],
  cal: ['cal', '客户端访问许可', '客户端访问许可证', 'client access licence', 'client access license'],
  site: ['站点', '站点许可', '场地许可', 'site', 'site licence', 'site license'],
  enterprise: ['企业', '企业许可', '全企业', '企业协议', '不限量', '无限', 'enterprise', 'enterprise agreement', 'unlimited'],
};

export const LICENCE_TYPE_WORDS: Record<LicenceType, readonly string[]> = {
  commercial: ['商业', '商业软件', '商用', '付费', '正版', 'commercial', 'proprietary'],
  subscription: ['订阅', '订阅制', 'subscription', 'saas'],
  'free-open-source': ['免费', '开源', '免费软件', '开源软件', '自由软件', '免费开源', 'free', 'open source', 'freeware', 'foss', 'free open source'],
  oem: ['oem', 'oem预装', '预装', '随机', '随机附带', '预装版'],
};

export const SCOPE_KIND_WORDS: Record<ScopeKind, readonly string[]> = {
  enterprise: ['企业', '全企业', '集团', '全集团', '全公司', 'enterprise', 'group', 'whole enterprise'],
  subsidiary: ['子公司', '下属单位', '下属企业', '二级单位', '单位', 'subsidiary'],
  department: ['部门', 'department', 'dept'],
};

export const TERM_WORDS: Record<Term, readonly string[]> = {
  perpetual: ['永久', '买断', '永久授权', '永久许可', 'perpetual'],
  subscription: ['订阅', '年度订阅', '租用', '有期限', 'subscription', 'term', 'annual'],
};

/** The inspection categories as ledgers word them; '' (not classified) is what an empty cell leaves. */
export const INSPECTION_CATEGORY_WORDS: Record<InspectionCategory, readonly string[]> = {
  os: ['操作系统', '桌面操作系统', '服务器操作系统', 'os', 'operating system'],
  office: ['办公软件', '办公', '办公套件', 'office', 'office software'],
  security: ['杀毒软件', '杀毒', '防病毒', '安全软件', '杀毒及安全软件', 'antivirus', 'security'],
  industrial: ['工业软件', '工业', 'industrial'],
  professional: ['专业软件', '专业', '设计软件', 'professional'],
  database: ['数据库', 'database', 'dbms'],
  middleware: ['中间件', 'middleware'],
  other: ['其他', '其他软件', 'other'],
};

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

/** The choice types' words, by type: a choice field accepts exactly the keys of its table. */
export const CHOICE_WORDS = {
  metric: METRIC_WORDS,
  licenceType: LICENCE_TYPE_WORDS,
  scopeKind: SCOPE_KIND_WORDS,
  term: TERM_WORDS,
  inspectionCategory: INSPECTION_CATEGORY_WORDS,
} as const satisfies Partial<Record<FieldType, Record<string, readonly string[]>>>;
export type ChoiceType = keyof typeof CHOICE_WORDS;

export function isChoiceType(type: FieldType): type is ChoiceType {
  return type in CHOICE_WORDS;
}
