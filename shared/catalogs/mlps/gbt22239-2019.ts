/**
 * GB/T 22239-2019 baseline requirements, levels 1–4: families, control points, item ids and a short summary of
 * each item in our own words. The standard's text is copyrighted and is not reproduced here; an enterprise that
 * holds a licence can import a full-text catalog of the same shape.
 *
 * The tables below are compact: per family, its control points in the standard's order, each with entries
 * `[levels, summary]` where `levels` lists the levels ('1234', '34', …) whose requirements contain that item.
 * `buildCatalog` expands them into items numbered per level and family the way GB/T 28448-2019 numbers them
 * (`L3-CES1-01`). The result is plain data in the contract schema's shape; its test holds it to the schema (not each start).
 */
import {
  CATALOG_LEVELS,
  FAMILY_CODES,
  REQUIREMENT_SET_DIGIT,
  type ControlCatalog,
  type ControlFamily,
  type ControlItem,
  type ControlPoint,
  type ExpectedItemCounts,
  type FamilyCode,
  type RequirementSet,
} from '../../contract/mlps/schemas';

/** `[levels, summary]`: levels as a string of digits, e.g. '234' for levels 2, 3 and 4. */
type Entry = readonly [levels: string, summary: string];
type PointTable = readonly [nameZh: string, nameEn: string, entries: readonly Entry[]];
type SetTable = Partial<Record<FamilyCode, readonly PointTable[]>>;

export const GBT22239_FAMILIES: readonly ControlFamily[] = [
  { code: 'PES', nameZh: '安全物理环境', nameEn: 'Physical environment security', layer: 'technical' },
  { code: 'CNS', nameZh: '安全通信网络', nameEn: 'Communication network security', layer: 'technical' },
  { code: 'ABS', nameZh: '安全区域边界', nameEn: 'Area boundary security', layer: 'technical' },
  { code: 'CES', nameZh: '安全计算环境', nameEn: 'Computing environment security', layer: 'technical' },
  { code: 'SMC', nameZh: '安全管理中心', nameEn: 'Security management center', layer: 'technical' },
  { code: 'PSS', nameZh: '安全管理制度', nameEn: 'Security policies and rules', layer: 'management' },
  { code: 'ORS', nameZh: '安全管理机构', nameEn: 'Security organisation', layer: 'management' },
  { code: 'HRS', nameZh: '安全管理人员', nameEn: 'Security personnel', layer: 'management' },
  { code: 'CMS', nameZh: '安全建设管理', nameEn: 'Security construction management', layer: 'management' },
  { code: 'MMS', nameZh: '安全运维管理', nameEn: 'Security operation and maintenance', layer: 'management' },
];

/** 可信验证 grows with the level: what is verified, when, and where the result goes. */
function trustedVerification(device: string): PointTable {
  return [
    '可信验证',
    'Trusted verification',
    [
      ['1', `基于可信根校验${device}的引导与系统程序，受损时报警`],
      ['2', `可信校验${device}引导、系统程序、关键配置及应用，受损时报警`],
      ['3', `可信校验${device}并在应用关键环节动态校验，结果送管理中心`],
      ['4', `可信校验${device}并在全部执行环节动态校验，结果送管理中心`],
    ],
  ];
}

const GENERAL: SetTable = {
  PES: [
    [
      '物理位置选择',
      'Site selection',
      [
        ['234', '机房建筑能防震、防风、防雨'],
        ['234', '机房避开顶层和地下室，否则加强防水防潮'],
      ],
    ],
    [
      '物理访问控制',
      'Physical access control',
      [
        ['1', '机房出入有人值守或电子门禁'],
        ['234', '机房出入口用电子门禁识别并记录人员'],
        ['4', '重要区域加设第二道电子门禁'],
      ],
    ],
    [
      '防盗窃和防破坏',
      'Theft and vandalism protection',
      [
        ['1234', '设备和主要部件固定并做明显标记'],
        ['234', '通信线缆隐蔽铺设'],
        ['34', '设防盗报警或有人值守的视频监控'],
      ],
    ],
    [
      '防雷击',
      'Lightning protection',
      [
        ['1234', '机柜和设备经接地系统可靠接地'],
        ['34', '采取防感应雷措施'],
      ],
    ],
    [
      '防火',
      'Fire protection',
      [
        ['1', '机房配备灭火器材'],
        ['234', '自动检测火情、报警并灭火的消防系统'],
        ['234', '机房用耐火建材'],
        ['34', '机房分区并做防火隔离'],
      ],
    ],
    [
      '防水和防潮',
      'Water and moisture protection',
      [
        ['1234', '防止雨水从门窗、屋顶和墙体渗入'],
        ['234', '防止结露和地下积水渗透'],
        ['34', '装设漏水检测报警'],
      ],
    ],
    [
      '防静电',
      'Anti-static',
      [
        ['234', '防静电地板或地面并接地'],
        ['34', '采取措施消除或防止静电'],
      ],
    ],
    ['温湿度控制', 'Temperature and humidity control', [['1234', '温湿度自动调节在设备允许范围内']]],
    [
      '电力供应',
      'Power supply',
      [
        ['1234', '供电线路有稳压和过压防护'],
        ['234', '有短时备用电源（如UPS）'],
        ['34', '冗余或并行的供电线路'],
        ['4', '有应急供电设施（如发电机）'],
      ],
    ],
    [
      '电磁防护',
      'Electromagnetic protection',
      [
        ['234', '电源线与通信线缆分开铺设'],
        ['3', '关键设备电磁屏蔽'],
        ['4', '关键区域电磁屏蔽'],
      ],
    ],
  ],
  CNS: [
    [
      '网络架构',
      'Network architecture',
      [
        ['34', '网络设备处理能力满足业务高峰'],
        ['34', '网络带宽满足业务高峰'],
        ['234', '划分网络区域并按管理需要分配地址'],
        ['234', '重要区域不在边界且与其他区域技术隔离'],
        ['34', '线路、关键网络和计算设备硬件冗余'],
        ['4', '按业务重要性分配带宽，保障重要业务'],
      ],
    ],
    [
      '通信传输',
      'Communication transmission',
      [
        ['1234', '用校验或密码技术保证传输完整性'],
        ['34', '用密码技术保证传输保密性'],
        ['4', '通信前用密码技术验证双方身份'],
        ['4', '用硬件密码模块做重要通信的密码运算与密钥管理'],
      ],
    ],
    trustedVerification('通信设备'),
  ],
  ABS: [
    [
      '边界防护',
      'Boundary protection',
      [
        ['1234', '跨边界流量只经受控接口'],
        ['34', '发现并限制私接内网的设备'],
        ['34', '发现并限制内部用户私自外联'],
        ['34', '无线接入须经受控网关'],
        ['4', '对私接和私自外联能有效阻断'],
        ['4', '对接入设备做可信验证'],
      ],
    ],
    [
      '访问控制',
      'Access control',
      [
        ['1234', '边界访问规则默认拒绝'],
        ['1234', '清理冗余规则，规则数量最少'],
        ['1234', '按地址、端口和协议放行或拒绝'],
        ['234', '依会话状态放行或拒绝数据流'],
        ['3', '按应用协议和内容控制访问'],
        ['4', '边界以协议转换或隔离方式交换数据'],
      ],
    ],
    [
      '入侵防范',
      'Intrusion prevention',
      [
        ['2', '关键节点监视网络攻击'],
        ['34', '关键节点检测并阻止外部攻击'],
        ['34', '关键节点检测并阻止内部攻击'],
        ['34', '分析网络行为，识别新型攻击'],
        ['34', '记录攻击要素，严重入侵时报警'],
      ],
    ],
    [
      '恶意代码和垃圾邮件防范',
      'Malware and spam protection',
      [
        ['234', '关键节点查杀恶意代码并保持更新'],
        ['34', '关键节点过滤垃圾邮件并保持更新'],
      ],
    ],
    [
      '安全审计',
      'Security audit',
      [
        ['234', '边界和重要节点审计，覆盖每个用户'],
        ['234', '审计记录含时间、用户、事件类型和结果'],
        ['234', '保护并定期备份审计记录'],
        ['3', '单独审计远程访问和上网行为'],
      ],
    ],
    trustedVerification('边界设备'),
  ],
  CES: [
    [
      '身份鉴别',
      'Identification and authentication',
      [
        ['1234', '用户身份唯一，口令复杂并定期更换'],
        ['1234', '登录失败处理和超时退出'],
        ['234', '远程管理防鉴别信息被窃听'],
        ['34', '两种以上鉴别组合，其一为密码技术'],
      ],
    ],
    [
      '访问控制',
      'Access control',
      [
        ['1234', '为用户分配账户和权限'],
        ['1234', '重命名或删除默认账户，改默认口令'],
        ['1234', '清理多余过期账户，不共用账户'],
        ['234', '管理用户最小权限与权限分离'],
        ['34', '由授权主体配置访问控制策略'],
        ['34', '控制粒度到用户或进程、文件或表'],
        ['3', '重要主客体设安全标记并据此控制访问'],
        ['4', '主客体设安全标记，实施强制访问控制'],
      ],
    ],
    [
      '安全审计',
      'Security audit',
      [
        ['234', '启用审计，覆盖每个用户'],
        ['234', '审计记录含时间、用户、事件类型和结果'],
        ['234', '保护并定期备份审计记录'],
        ['34', '保护审计进程不被擅自中断'],
      ],
    ],
    [
      '入侵防范',
      'Intrusion prevention',
      [
        ['1234', '最小安装'],
        ['1234', '关闭无用服务、共享和高危端口'],
        ['234', '限定可远程管理的终端'],
        ['234', '校验输入数据的有效性'],
        ['234', '发现已知漏洞并评估后修补'],
        ['34', '检测对重要节点的入侵并报警'],
      ],
    ],
    [
      '恶意代码防范',
      'Malware protection',
      [
        ['12', '装防恶意代码软件并及时更新'],
        ['3', '以防护技术或主动免疫机制识别并阻断恶意代码'],
        ['4', '以主动免疫可信机制识别并阻断恶意代码'],
      ],
    ],
    trustedVerification('计算设备'),
    [
      '数据完整性',
      'Data integrity',
      [
        ['1234', '保证重要数据传输中的完整性'],
        ['34', '保证重要数据存储中的完整性'],
        ['4', '需认定法律责任时以密码技术实现抗抵赖'],
      ],
    ],
    [
      '数据保密性',
      'Data confidentiality',
      [
        ['34', '密码技术保证重要数据传输中的保密性'],
        ['34', '密码技术保证重要数据存储中的保密性'],
      ],
    ],
    [
      '数据备份恢复',
      'Data backup and recovery',
      [
        ['1234', '重要数据本地备份与恢复'],
        ['2', '重要数据定时异地备份'],
        ['34', '重要数据异地实时备份'],
        ['34', '重要数据处理系统热冗余'],
        ['4', '异地灾备中心，业务可实时切换'],
      ],
    ],
    [
      '剩余信息保护',
      'Residual information protection',
      [
        ['234', '释放前彻底清除鉴别信息'],
        ['34', '释放前彻底清除敏感数据'],
      ],
    ],
    [
      '个人信息保护',
      'Personal information protection',
      [
        ['234', '只采集和保存业务必需的个人信息'],
        ['234', '防止个人信息被未授权访问和使用'],
      ],
    ],
  ],
  SMC: [
    [
      '系统管理',
      'System administration',
      [
        ['234', '系统管理员经鉴别、限定方式操作并受审计'],
        ['234', '系统管理员管理资源、配置和运行'],
      ],
    ],
    [
      '审计管理',
      'Audit administration',
      [
        ['234', '审计管理员经鉴别、限定方式操作并受审计'],
        ['234', '审计管理员分析审计记录并处置'],
      ],
    ],
    [
      '安全管理',
      'Security administration',
      [
        ['34', '安全管理员经鉴别、限定方式操作并受审计'],
        ['34', '安全管理员配置安全策略和标记'],
      ],
    ],
    [
      '集中管控',
      'Centralised control',
      [
        ['34', '划出专用管理区域管控安全设备'],
        ['34', '管理设备走安全的信息传输路径'],
        ['34', '集中监测链路和设备运行状态'],
        ['34', '集中收集分析审计数据并按规定留存'],
        ['34', '集中管理策略、恶意代码库和补丁'],
        ['34', '识别、报警和分析安全事件'],
        ['4', '全系统统一时钟源'],
      ],
    ],
  ],
  PSS: [
    ['安全策略', 'Security strategy', [['234', '总体方针与安全策略，明确目标和框架']]],
    [
      '管理制度',
      'Management rules',
      [
        ['1234', '主要安全管理活动有制度'],
        ['234', '日常管理操作有操作规程'],
        ['34', '策略、制度、规程和记录表单成体系'],
      ],
    ],
    [
      '制定和发布',
      'Drafting and issuing',
      [
        ['234', '指定专人或部门制定制度'],
        ['234', '正式发布制度并做版本控制'],
      ],
    ],
    ['评审和修订', 'Review and revision', [['234', '定期评审制度的适用性并修订']]],
  ],
  ORS: [
    [
      '岗位设置',
      'Posts',
      [
        ['34', '成立由主管领导牵头的网络安全领导小组'],
        ['234', '设安全管理职能部门和负责人岗位'],
        ['1234', '设系统、审计、安全管理员岗位并明确职责'],
      ],
    ],
    [
      '人员配备',
      'Staffing',
      [
        ['1234', '配备足够的各类管理员'],
        ['34', '专职安全管理员，不兼任'],
        ['4', '关键事务岗位多人共管'],
      ],
    ],
    [
      '授权和审批',
      'Authorisation and approval',
      [
        ['1234', '明确审批事项、部门和批准人'],
        ['234', '变更、重要操作和接入等按程序审批'],
        ['34', '定期复查并更新审批事项'],
      ],
    ],
    [
      '沟通和合作',
      'Communication and cooperation',
      [
        ['234', '内部各部门和人员定期沟通协调'],
        ['234', '与主管部门、供应商、专家和安全组织合作'],
        ['234', '维护外联单位联系表'],
      ],
    ],
    [
      '审核和检查',
      'Audit and inspection',
      [
        ['234', '定期常规安全检查'],
        ['34', '定期全面安全检查'],
        ['34', '按检查表检查，形成报告并通报'],
      ],
    ],
  ],
  HRS: [
    [
      '人员录用',
      'Recruitment',
      [
        ['1234', '指定部门或人员负责录用'],
        ['234', '审查录用人员背景与资质，考核技能'],
        ['34', '签保密协议，关键岗位签岗位责任书'],
        ['4', '关键岗位人员从内部选拔'],
      ],
    ],
    [
      '人员离岗',
      'Leaving',
      [
        ['1234', '离岗即收回权限、证件和设备'],
        ['34', '办理调离手续并承诺保密'],
      ],
    ],
    [
      '安全意识教育和培训',
      'Awareness and training',
      [
        ['1234', '安全意识教育和岗位技能培训'],
        ['34', '按岗位制定培训计划'],
        ['34', '定期考核岗位技能'],
      ],
    ],
    [
      '外部人员访问管理',
      'External personnel access',
      [
        ['1234', '外部人员进入受控区域须批准并陪同登记'],
        ['234', '外部人员接入网络须批准并分配专用账户'],
        ['234', '外部人员离场后清除其权限'],
        ['34', '外部人员签保密协议，不得越权或外泄'],
        ['4', '关键区域和关键系统不许外部人员访问'],
      ],
    ],
  ],
  CMS: [
    [
      '定级和备案',
      'Grading and filing',
      [
        ['1234', '书面说明等级及定级方法和理由'],
        ['234', '组织专家论证审定定级结果'],
        ['234', '定级结果经主管部门批准'],
        ['234', '向主管部门和公安机关备案'],
      ],
    ],
    [
      '安全方案设计',
      'Security design',
      [
        ['1234', '按等级选基本措施，按风险分析调整'],
        ['2', '按保护对象的等级设计安全方案'],
        ['34', '整体规划安全措施，含密码应用'],
        ['234', '方案经专家论证和批准后实施'],
      ],
    ],
    [
      '产品采购和使用',
      'Product procurement and use',
      [
        ['1234', '安全产品采购使用符合国家规定'],
        ['234', '密码产品和服务符合密码管理要求'],
        ['34', '预先选型测试，定期更新候选名单'],
        ['4', '重要部位产品经专业测评后选用'],
      ],
    ],
    [
      '自行软件开发',
      'In-house software development',
      [
        ['234', '开发环境与运行环境物理分离'],
        ['34', '软件开发管理制度'],
        ['34', '代码编写安全规范'],
        ['34', '有设计文档和使用指南并受控'],
        ['234', '开发中做安全测试，安装前查恶意代码'],
        ['34', '程序库变更经授权并做版本控制'],
        ['34', '开发人员专职，其活动受控'],
      ],
    ],
    [
      '外包软件开发',
      'Outsourced software development',
      [
        ['234', '交付前查恶意代码'],
        ['234', '开发方提供设计文档和使用指南'],
        ['34', '开发方提供源代码并审查后门'],
      ],
    ],
    [
      '工程实施',
      'Project implementation',
      [
        ['1234', '指定部门或人员管理工程实施'],
        ['234', '按实施方案控制工程过程'],
        ['34', '第三方工程监理'],
      ],
    ],
    [
      '测试验收',
      'Testing and acceptance',
      [
        ['1234', '按验收方案测试并出报告'],
        ['234', '上线前安全测试并出报告'],
      ],
    ],
    [
      '系统交付',
      'Delivery',
      [
        ['1234', '按交付清单清点设备、软件和文档'],
        ['1234', '培训运维技术人员'],
        ['234', '移交建设过程和运维文档'],
      ],
    ],
    [
      '等级测评',
      'Level assessment',
      [
        ['234', '定期等级测评并整改不符合项'],
        ['234', '重大变更或等级变化时测评'],
        ['234', '测评机构的选择合规'],
      ],
    ],
    [
      '服务供应商选择',
      'Service provider selection',
      [
        ['1234', '服务供应商选择合规'],
        ['1234', '与供应商签协议明确安全义务'],
        ['34', '定期监督评审供应商服务及其变更'],
      ],
    ],
  ],
  MMS: [
    [
      '环境管理',
      'Environment management',
      [
        ['1234', '专人负责机房出入和设施维护'],
        ['1234', '机房安全管理制度'],
        ['234', '重要区域不接待来访，敏感资料不乱放'],
        ['4', '按级别授权出入，实时监视重要区域'],
      ],
    ],
    [
      '资产管理',
      'Asset management',
      [
        ['234', '资产清单含责任部门、重要程度和位置'],
        ['34', '按重要程度标识和管理资产'],
        ['34', '规定信息分类标识及使用传输存储'],
      ],
    ],
    [
      '介质管理',
      'Media management',
      [
        ['1234', '介质安全存放，专人管理并定期盘点'],
        ['234', '控制介质传递并登记归档'],
      ],
    ],
    [
      '设备维护管理',
      'Equipment maintenance',
      [
        ['1234', '专人定期维护设备和线路'],
        ['234', '设备维护管理制度'],
        ['34', '设备带出须审批，所含数据加密'],
        ['34', '报废或重用前彻底清除数据'],
      ],
    ],
    [
      '漏洞和风险管理',
      'Vulnerability and risk management',
      [
        ['1234', '识别漏洞隐患，评估后及时修补'],
        ['34', '定期安全测评并处置问题'],
      ],
    ],
    [
      '网络和系统安全管理',
      'Network and system security management',
      [
        ['1234', '划分管理员角色并明确权责'],
        ['1234', '专人管理账户的申请、建立和删除'],
        ['234', '网络和系统安全管理制度'],
        ['234', '重要设备配置和操作手册'],
        ['234', '详细记录运维操作日志'],
        ['34', '专人分析日志和告警，发现可疑行为'],
        ['34', '变更性运维须审批并留审计日志'],
        ['34', '运维工具接入须审批，用后清除敏感数据'],
        ['34', '远程运维须审批，用后即关闭'],
        ['34', '外联须授权，定期查违规外联'],
      ],
    ],
    [
      '恶意代码防范管理',
      'Malware protection management',
      [
        ['1234', '提高防范意识，外来设备接入前查毒'],
        ['12', '恶意代码防范管理制度'],
        ['2', '定期检查恶意代码库升级情况'],
        ['34', '定期验证防范措施的有效性'],
      ],
    ],
    [
      '配置管理',
      'Configuration management',
      [
        ['234', '记录保存基本配置信息'],
        ['34', '配置变更纳入变更管理并更新配置库'],
      ],
    ],
    [
      '密码管理',
      'Cryptography management',
      [
        ['234', '遵守密码相关国家和行业标准'],
        ['234', '使用经核准的密码技术和产品'],
        ['4', '硬件密码模块做密码运算和密钥管理'],
      ],
    ],
    [
      '变更管理',
      'Change management',
      [
        ['234', '明确需求，变更方案经审批后实施'],
        ['34', '变更申报审批程序并记录'],
        ['34', '变更中止和失败回退程序'],
      ],
    ],
    [
      '备份与恢复管理',
      'Backup and recovery management',
      [
        ['1234', '识别需定期备份的信息和系统'],
        ['1234', '规定备份方式、频度、介质和保存期'],
        ['234', '按重要性制定备份恢复策略和程序'],
      ],
    ],
    [
      '安全事件处置',
      'Incident handling',
      [
        ['1234', '及时报告安全弱点和可疑事件'],
        ['1234', '事件报告和处置制度'],
        ['234', '分析原因、取证、记录并总结'],
        ['34', '重大事件另有处置和报告程序'],
        ['4', '建立跨单位联合处置机制'],
      ],
    ],
    [
      '应急预案管理',
      'Contingency plans',
      [
        ['34', '统一的应急预案框架'],
        ['234', '重要事件的专项应急预案'],
        ['234', '定期培训和演练预案'],
        ['34', '定期评估修订预案'],
        ['4', '跨单位联合应急预案并演练'],
      ],
    ],
    [
      '外包运维管理',
      'Outsourced operations',
      [
        ['234', '外包运维服务商选择合规'],
        ['234', '签协议明确外包运维范围和内容'],
        ['34', '服务商具备等保运维能力并写入协议'],
        ['34', '协议明确敏感信息处理和中断保障'],
      ],
    ],
  ],
};

const CLOUD: SetTable = {
  PES: [['基础设施位置', 'Infrastructure location', [['1234', '云计算基础设施位于境内']]]],
  CNS: [
    [
      '网络架构',
      'Network architecture',
      [
        ['1234', '云平台不承载高于其等级的业务'],
        ['1234', '不同客户的虚拟网络相互隔离'],
        ['234', '能按客户需要提供传输、边界和入侵防护'],
        ['34', '客户可自主设置安全策略'],
        ['34', '开放接口，允许接入第三方安全产品'],
        ['4', '虚拟资源可设安全标记做强制访问控制'],
        ['4', '提供协议转换或隔离的数据交换方式'],
        ['4', '四级业务使用独立资源池'],
      ],
    ],
  ],
  ABS: [
    [
      '访问控制',
      'Access control',
      [
        ['1234', '虚拟化网络边界设访问控制'],
        ['234', '不同等级区域边界设访问控制'],
      ],
    ],
    [
      '入侵防范',
      'Intrusion prevention',
      [
        ['234', '检测客户发起的攻击'],
        ['234', '检测对虚拟网络节点的攻击'],
        ['234', '检测虚拟机与宿主机间的异常流量'],
        ['34', '发现攻击或异常流量时告警'],
      ],
    ],
    [
      '安全审计',
      'Security audit',
      [
        ['234', '审计远程管理中的特权命令'],
        ['234', '云服务商的操作可被客户审计'],
      ],
    ],
  ],
  CES: [
    ['身份鉴别', 'Identification and authentication', [['34', '远程管理云设备时双向身份验证']]],
    [
      '访问控制',
      'Access control',
      [
        ['1234', '虚拟机迁移时访问策略随迁'],
        ['1234', '客户可设虚拟机间访问策略'],
      ],
    ],
    [
      '入侵防范',
      'Intrusion prevention',
      [
        ['34', '检测虚拟机资源隔离失效并告警'],
        ['34', '检测非授权新建或启用虚拟机并告警'],
        ['34', '检测恶意代码在虚拟机间蔓延并告警'],
      ],
    ],
    [
      '镜像和快照保护',
      'Image and snapshot protection',
      [
        ['234', '提供加固的操作系统镜像'],
        ['234', '镜像和快照完整性校验'],
        ['34', '防止镜像和快照中敏感资源被非法访问'],
      ],
    ],
    [
      '数据完整性和保密性',
      'Data integrity and confidentiality',
      [
        ['1234', '客户数据和个人信息存于境内'],
        ['234', '客户授权后云服务商才可管理其数据'],
        ['234', '虚拟机迁移中保证数据完整并可恢复'],
        ['34', '支持客户自管密钥和加解密'],
      ],
    ],
    [
      '数据备份恢复',
      'Data backup and recovery',
      [
        ['234', '客户在本地保留业务数据备份'],
        ['234', '可查询数据及备份的存放位置'],
        ['34', '云存储保有多份一致副本'],
        ['34', '支持客户迁出业务系统和数据'],
      ],
    ],
    [
      '剩余信息保护',
      'Residual information protection',
      [
        ['234', '回收虚拟机内存和存储时彻底清除'],
        ['234', '客户删除数据时删除全部副本'],
      ],
    ],
  ],
  SMC: [
    [
      '集中管控',
      'Centralised control',
      [
        ['34', '按策略统一调度物理和虚拟资源'],
        ['34', '管理流量与业务流量分离'],
        ['34', '按职责划分集中审计'],
        ['34', '按职责划分集中监测运行状态'],
      ],
    ],
  ],
  CMS: [
    [
      '云服务商选择',
      'Cloud provider selection',
      [
        ['1234', '选择合规且能力匹配等级的云服务商'],
        ['1234', 'SLA写明服务内容和技术指标'],
        ['1234', 'SLA写明权限、责任和违约条款'],
        ['234', '合约到期交还全部数据并清除'],
        ['34', '与云服务商签保密协议'],
      ],
    ],
    [
      '供应链管理',
      'Supply chain management',
      [
        ['1234', '供应商选择合规'],
        ['234', '及时向客户通报供应链安全事件和威胁'],
        ['34', '供应商重大变更通报客户并评估风险'],
      ],
    ],
  ],
  MMS: [['云计算环境管理', 'Cloud environment management', [['234', '运维地点在境内，境外运维合规']]]],
};

const MOBILE: SetTable = {
  PES: [['无线接入点的物理位置', 'Wireless access point location', [['1234', '合理布放无线接入设备，避免过度覆盖和干扰']]]],
  ABS: [
    ['边界防护', 'Boundary protection', [['1234', '有线与无线网络之间经无线接入网关']]],
    ['访问控制', 'Access control', [['1234', '无线接入设备开启接入认证']]],
    [
      '入侵防范',
      'Intrusion prevention',
      [
        ['234', '检测非授权无线设备和终端接入'],
        ['234', '检测扫描、DDoS、破解和中间人等攻击'],
        ['234', '检测SSID广播、WPS等高风险功能开启'],
        ['234', '禁用高风险无线功能'],
        ['234', '多个AP不共用鉴别密钥'],
        ['34', '阻断非授权无线设备和终端'],
      ],
    ],
  ],
  CES: [
    [
      '移动终端管控',
      'Mobile device control',
      [
        ['34', '终端安装并运行管理客户端'],
        ['34', '终端可被远程锁定和擦除'],
        ['4', '终端只用于指定业务'],
      ],
    ],
    [
      '移动应用管控',
      'Mobile application control',
      [
        ['234', '可选择允许安装运行的应用'],
        ['234', '只允许指定证书签名的应用'],
        ['34', '应用白名单'],
        ['4', '执行服务端推送的应用管控策略'],
      ],
    ],
  ],
  CMS: [
    [
      '移动应用软件采购',
      'Mobile app procurement',
      [
        ['1234', '应用来自可靠渠道或可靠签名'],
        ['234', '应用由指定开发者开发'],
      ],
    ],
    [
      '移动应用软件开发',
      'Mobile app development',
      [
        ['1234', '审查移动应用开发者资格'],
        ['234', '开发签名证书合法'],
      ],
    ],
  ],
  MMS: [['配置管理', 'Configuration management', [['34', '合法无线设备和终端配置库']]]],
};

const IOT: SetTable = {
  PES: [
    [
      '感知节点设备物理防护',
      'Sensor node physical protection',
      [
        ['1234', '感知节点环境不致物理损坏'],
        ['1234', '感知节点环境能真实反映被测状态'],
        ['34', '环境不影响感知节点正常工作'],
        ['34', '关键感知节点供电持久稳定'],
      ],
    ],
  ],
  ABS: [
    ['接入控制', 'Access control', [['1234', '只有授权感知节点可接入']]],
    [
      '入侵防范',
      'Intrusion prevention',
      [
        ['234', '限制感知节点的通信目标地址'],
        ['234', '限制网关节点的通信目标地址'],
      ],
    ],
  ],
  CES: [
    [
      '感知节点设备安全',
      'Sensor node security',
      [
        ['34', '只有授权用户可改感知节点软件配置'],
        ['34', '感知节点鉴别所连网关节点'],
        ['34', '感知节点鉴别所连其他节点'],
      ],
    ],
    [
      '网关节点设备安全',
      'Gateway node security',
      [
        ['34', '网关鉴别合法连接设备'],
        ['34', '网关过滤非法和伪造节点的数据'],
        ['34', '关键密钥可在线更新'],
        ['34', '关键配置参数可在线更新'],
      ],
    ],
    [
      '抗数据重放',
      'Replay protection',
      [
        ['34', '鉴别数据新鲜性，防重放'],
        ['34', '鉴别历史数据篡改，防修改重放'],
      ],
    ],
    [
      '数据融合处理',
      'Data fusion',
      [
        ['34', '融合处理传感数据，便于统一使用'],
        ['4', '智能处理数据间依赖和制约关系'],
      ],
    ],
  ],
  MMS: [
    [
      '感知节点管理',
      'Sensor node management',
      [
        ['1234', '定期巡视节点部署环境并记录维护'],
        ['234', '节点全生命周期管理'],
        ['34', '部署环境保密管理，调离交还工具记录'],
      ],
    ],
  ],
};

const ICS: SetTable = {
  PES: [
    [
      '室外控制设备物理防护',
      'Outdoor control equipment protection',
      [
        ['1234', '室外控制设备装于坚固防护箱体'],
        ['1234', '室外设备远离强电磁和热源'],
      ],
    ],
  ],
  CNS: [
    [
      '网络架构',
      'Network architecture',
      [
        ['1234', '工控系统与其他系统分区并技术隔离'],
        ['1234', '工控系统内部分安全域并隔离'],
        ['234', '实时控制网络独立组网并物理隔离'],
      ],
    ],
    ['通信传输', 'Communication transmission', [['234', '经广域网传控制指令时加密认证']]],
  ],
  ABS: [
    [
      '访问控制',
      'Access control',
      [
        ['1234', '工控边界禁止通用网络服务穿越'],
        ['234', '安全域边界防护失效时报警'],
      ],
    ],
    [
      '拨号使用控制',
      'Dial-up control',
      [
        ['234', '限制拨号用户数并鉴别和控制访问'],
        ['34', '拨号两端系统加固并加密认证'],
        ['4', '实时控制系统禁止拨号访问'],
      ],
    ],
    [
      '无线使用控制',
      'Wireless control',
      [
        ['1234', '无线通信用户唯一标识和鉴别'],
        ['1234', '无线通信用户授权并限制使用'],
        ['34', '无线传输加密'],
        ['34', '识别未授权无线设备并报告干扰'],
      ],
    ],
  ],
  CES: [
    [
      '控制设备安全',
      'Control device security',
      [
        ['1234', '控制设备自身或上位设备实现鉴别、访问控制和审计'],
        ['1234', '充分测试后更新补丁和固件'],
        ['34', '拆除或严管多余接口（USB、光驱等）'],
        ['34', '用专用设备和软件更新控制设备'],
        ['34', '上线前安全检测，排除固件恶意代码'],
      ],
    ],
  ],
  CMS: [
    ['产品采购和使用', 'Product procurement and use', [['234', '重要设备经专业机构检测后采购']]],
    ['外包软件开发', 'Outsourced software development', [['234', '外包合同约束保密和关键技术扩散']]],
  ],
};

const SET_TABLES: Record<RequirementSet, SetTable> = {
  general: GENERAL,
  cloud: CLOUD,
  mobile: MOBILE,
  iot: IOT,
  ics: ICS,
};

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Expands one requirement set's tables into control points and level-numbered items. */
function expandSet(set: RequirementSet, table: SetTable): { points: ControlPoint[]; items: ControlItem[] } {
  const digit = REQUIREMENT_SET_DIGIT[set];
  const points: ControlPoint[] = [];
  const items: ControlItem[] = [];
  for (const family of FAMILY_CODES) {
    const familyPoints = table[family] ?? [];
    const ids = familyPoints.map((_, index) => `${family}${digit}-${pad2(index + 1)}`);
    familyPoints.forEach(([nameZh, nameEn], index) => points.push({ id: ids[index]!, family, set, nameZh, nameEn }));
    for (const level of CATALOG_LEVELS) {
      let number = 0;
      familyPoints.forEach(([, , entries], index) => {
        for (const [levels, summary] of entries) {
          if (!levels.includes(String(level))) continue;
          number += 1;
          const id = `L${level}-${family}${digit}-${pad2(number)}`;
          items.push({ id, level, family, set, controlPoint: ids[index]!, summary });
        }
      });
    }
  }
  return { points, items };
}

function buildCatalog(): ControlCatalog {
  const expanded = Object.entries(SET_TABLES).map(([set, table]) => expandSet(set as RequirementSet, table));
  return {
    id: 'gbt22239-2019-general',
    version: '1.1.0',
    name: 'GB/T 22239-2019 网络安全等级保护基本要求（安全通用要求及扩展要求，摘要版）',
    notes: [
      "Structure only, with short summaries in our own words; the standard's text is copyrighted and is not reproduced.",
      'From docs/standards.md §3: the ten families and their codes, the level-3 control points, the item counts per family ' +
        'and level (55/135/211/228), the extension counts at levels 2/3/4 (cloud 29/46/49, mobile 14/19/21, IoT 7/20/21, ' +
        'industrial control 15/21/22) and the item-id form of GB/T 28448-2019.',
      'Our reconstruction, to be checked against a licensed copy: which control points and items appear at levels 1, 2 ' +
        'and 4, the order of items inside a control point, the control points and item split of the extension sets, and ' +
        'the control-point ids (family, set digit, position).',
      'Extension sets at level 1 (cloud 11, mobile 5, IoT 4, industrial control 9) follow the counts parsed from the ' +
        "standard's §6.2–6.5; which items they are is our reading of that text, to be checked against a licensed copy.",
      'Version 1.1.0 moved items the 1.0.0 tables placed at the wrong level although the per-family counts matched ' +
        '(docs/standards.md lists them).',
    ].join(' '),
    families: [...GBT22239_FAMILIES],
    controlPoints: expanded.flatMap((part) => part.points),
    items: expanded.flatMap((part) => part.items),
  };
}

export const gbt22239Catalog: ControlCatalog = buildCatalog();

/** The item counts GB/T 22239-2019 has (docs/standards.md §3): a catalog that disagrees is incomplete or not this standard. */
export const GBT22239_EXPECTED_COUNTS: ExpectedItemCounts = {
  catalogId: 'gbt22239-2019-general',
  general: {
    PES: [7, 15, 22, 24],
    CNS: [2, 4, 8, 11],
    ABS: [5, 11, 20, 21],
    CES: [11, 23, 34, 36],
    SMC: [0, 4, 12, 13],
    PSS: [1, 6, 7, 7],
    ORS: [3, 9, 14, 15],
    HRS: [4, 7, 12, 14],
    CMS: [9, 25, 34, 35],
    MMS: [13, 31, 48, 52],
  },
  extensions: {
    cloud: { 1: 11, 2: 29, 3: 46, 4: 49 },
    mobile: { 1: 5, 2: 14, 3: 19, 4: 21 },
    iot: { 1: 4, 2: 7, 3: 20, 4: 21 },
    ics: { 1: 9, 2: 15, 3: 21, 4: 22 },
  },
};
