/**
 * Denggao's default indicator template, built on the five elements of the 2007 SASAC informatization data form
 * (docs/standards.md §1). The indicators are written in our own words; the weights and the A–E thresholds are our own
 * editable defaults, because SASAC's official weights and grade thresholds were not published.
 */
import type { ChoiceOption, Indicator, NumericBand, Rule, Template } from '../../contract/assessment/schemas';

type Pair = readonly [zh: string, en: string];

function indicator(id: string, name: Pair, description: Pair, weight: number, evidenceRequired: boolean, rule: Rule): Indicator {
  return { id, nameZh: name[0], nameEn: name[1], description: { zh: description[0], en: description[1] }, weight, evidenceRequired, rule };
}

const yesno = (yesPoints: number): Rule => ({ kind: 'yesno', yesPoints });

const anchor = ([zh, en]: Pair) => ({ zh, en });

/** The six anchors describe points 0 to 5 in order. */
function scale(anchors: readonly [Pair, Pair, Pair, Pair, Pair, Pair]): Rule {
  const [a0, a1, a2, a3, a4, a5] = anchors;
  return { kind: 'scale', anchors: [anchor(a0), anchor(a1), anchor(a2), anchor(a3), anchor(a4), anchor(a5)] };
}

/** Bands from [lower bound, points] pairs: each band runs up to the next one's lower bound, the last is open. */
function numeric(
  unit: Pair,
  minValue: number,
  maxValue: number | undefined,
  steps: readonly (readonly [number, number])[],
  integer = false,
): Rule {
  const bands: NumericBand[] = steps.map(([min, points], index) => {
    const next = steps[index + 1];
    return next === undefined ? { min, points } : { min, max: next[0], points };
  });
  return {
    kind: 'numeric',
    unitZh: unit[0],
    unitEn: unit[1],
    minValue,
    ...(maxValue === undefined ? {} : { maxValue }),
    ...(integer ? { integer } : {}),
    bands,
  };
}

const option = (id: string, label: Pair, points: number): ChoiceOption => ({ id, labelZh: label[0], labelEn: label[1], points });
const single = (...options: ChoiceOption[]): Rule => ({ kind: 'single', options });
const multi = (cap: number, ...options: ChoiceOption[]): Rule => ({ kind: 'multi', cap, options });

const PERCENT: Pair = ['%', '%'];

const leadership: Indicator[] = [
  indicator(
    'L01',
    ['信息化发展规划', 'Informatization strategy and plan'],
    [
      '企业是否有经批准的信息化规划，并与企业发展战略衔接、定期滚动修订。',
      'Whether the enterprise has an approved informatization plan aligned with its business strategy and revised on a rolling basis.',
    ],
    15,
    true,
    scale([
      ['没有信息化规划', 'No informatization plan'],
      ['只有零散的年度项目计划', 'Only scattered yearly project lists'],
      ['有规划，但未经领导班子批准', 'A plan exists but the leadership has not approved it'],
      ['规划已批准，但与企业战略衔接不足', 'Approved plan, loosely tied to the business strategy'],
      ['规划已批准并与企业战略衔接，按期检查执行', 'Approved plan tied to the strategy, execution reviewed on schedule'],
      ['规划纳入企业战略体系，每年评估并滚动修订', 'Plan is part of the corporate strategy, assessed and rolled forward every year'],
    ]),
  ),
  indicator(
    'L02',
    ['首席信息官（CIO）设置', 'Chief information officer (CIO)'],
    ['企业是否设立首席信息官，以及其在决策中的地位。', 'Whether the enterprise has a CIO and what say the CIO has in decisions.'],
    15,
    true,
    single(
      option('none', ['未设立，也无分管领导', 'No CIO and no leader in charge of IT'], 0),
      option('leaderInCharge', ['由分管信息化的领导负责，未明确为CIO', 'A leader in charge of IT, not named CIO'], 2),
      option('concurrent', ['由信息化主管领导兼任CIO', 'The IT leader acts as CIO concurrently'], 3),
      option(
        'dedicated',
        ['设专职CIO，进入领导班子并拥有决策权和审批权', 'A dedicated CIO in the leadership team with decision and approval rights'],
        5,
      ),
    ),
  ),
  indicator(
    'L03',
    ['信息化专职管理部门“四落实”', 'Dedicated IT department: the "four in place"'],
    [
      '信息化专职管理部门的机构、职能、人员、责任是否落实，每项一分。',
      'Which of organisation, functions, staff and responsibility are in place for the dedicated IT department, one point each.',
    ],
    15,
    true,
    multi(
      4,
      option('organisation', ['机构落实', 'Organisation in place'], 1),
      option('functions', ['职能落实', 'Functions defined'], 1),
      option('staff', ['人员落实', 'Staff assigned'], 1),
      option('responsibility', ['责任落实', 'Responsibility assigned'], 1),
    ),
  ),
  indicator(
    'L04',
    ['信息化领导小组', 'IT steering committee'],
    [
      '主要负责人牵头的信息化领导小组（或同等决策机构）是否存在，并且每年至少召开一次会议研究信息化工作。',
      'Whether a steering committee (or equivalent) led by the chief executive exists and meets at least once a year on informatization.',
    ],
    10,
    true,
    yesno(1),
  ),
  indicator(
    'L05',
    ['信息化绩效考核', 'IT performance assessment'],
    [
      '信息化建设、应用、运维、升级与优化的责任是否纳入绩效考核，并层层传递到全体员工。',
      'Whether responsibility for building, using, running, upgrading and improving IT is part of performance assessment and passed down to every employee.',
    ],
    15,
    true,
    scale([
      ['没有信息化绩效考核', 'No IT performance assessment'],
      ['只考核信息化部门自身', 'Only the IT department itself is assessed'],
      ['考核覆盖总部各部门', 'Assessment covers all headquarters departments'],
      ['考核覆盖总部和二级单位', 'Assessment covers headquarters and second-tier units'],
      ['考核覆盖各级单位，结果与奖惩挂钩', 'Assessment covers every level and is tied to rewards and penalties'],
      [
        '考核落实到全体员工，形成“全员工程”并持续改进',
        'Assessment reaches every employee ("everyone\'s project") and is improved continuously',
      ],
    ]),
  ),
  indicator(
    'L06',
    ['信息化投入占营业收入比例', 'IT spending as a share of revenue'],
    [
      '上一年度信息化投入（建设与运维）占营业收入的百分比。',
      "Last year's IT spending (projects and operations) as a percentage of revenue.",
    ],
    10,
    false,
    numeric(PERCENT, 0, 100, [
      [0, 0],
      [0.3, 1],
      [0.6, 2],
      [1, 3],
      [1.5, 4],
      [2, 5],
    ]),
  ),
  indicator(
    'L07',
    ['重大决策听取CIO意见', 'CIO heard on major decisions'],
    [
      '涉及信息化的重大决策是否按制度听取首席信息官（或信息化主管领导）的意见。',
      'Whether major decisions touching IT hear the CIO (or the IT leader) as a matter of rule.',
    ],
    10,
    false,
    yesno(1),
  ),
  indicator(
    'L08',
    ['信息化管理制度体系', 'IT management policies'],
    [
      '信息化项目、运维、安全、数据等管理制度是否成体系并得到执行。',
      'Whether policies for IT projects, operations, security and data form a coherent set that is actually followed.',
    ],
    10,
    true,
    scale([
      ['没有成文的信息化管理制度', 'No written IT policies'],
      ['只有个别制度', 'A few isolated policies'],
      ['主要领域有制度，但执行不稳定', 'Policies for the main areas, unevenly followed'],
      ['制度覆盖主要领域并得到执行', 'Policies cover the main areas and are followed'],
      ['制度成体系，定期检查执行情况', 'A coherent policy set with regular compliance checks'],
      ['制度成体系，定期评审修订并持续改进', 'A coherent policy set, reviewed, revised and improved on schedule'],
    ]),
  ),
];

const infrastructure: Indicator[] = [
  indicator(
    'I01',
    ['每百名员工计算机拥有量', 'Computers per 100 employees'],
    ['企业在用计算机台数（含终端）除以员工人数再乘以一百。', 'Computers (including terminals) in use, per hundred employees.'],
    15,
    false,
    numeric(['台', 'units'], 0, undefined, [
      [0, 0],
      [20, 1],
      [40, 2],
      [60, 3],
      [80, 4],
      [100, 5],
    ]),
  ),
  indicator(
    'I02',
    ['企业网络覆盖范围', 'Reach of the corporate network'],
    ['企业内部网络连通到哪一级单位。', 'How far down the organisation the corporate network reaches.'],
    15,
    false,
    single(
      option('none', ['没有企业级网络', 'No corporate network'], 0),
      option('headquarters', ['仅覆盖总部', 'Headquarters only'], 1),
      option('secondTier', ['覆盖总部和二级单位', 'Headquarters and second-tier units'], 3),
      option('allTiers', ['覆盖三级及以下各级单位', 'All tiers, third-tier units and below included'], 5),
    ),
  ),
  indicator(
    'I03',
    ['数据中心与机房', 'Data centre and machine rooms'],
    [
      '数据中心（机房）的集中程度与运行保障水平。',
      'How centralised the data centre (machine rooms) is and how well its operation is assured.',
    ],
    10,
    false,
    scale([
      ['没有专用机房', 'No dedicated machine room'],
      ['各单位分散建设简易机房', 'Simple rooms scattered across units'],
      ['总部有标准机房，下属单位分散', 'A standard room at headquarters, units on their own'],
      ['建成企业数据中心，主要系统集中部署', 'A corporate data centre hosting the main systems'],
      ['数据中心有冗余供电、制冷和监控', 'Data centre with redundant power, cooling and monitoring'],
      ['数据中心集中承载全部核心系统并有同城或异地备份中心', 'Data centre hosts all core systems, with a metro or remote backup site'],
    ]),
  ),
  indicator(
    'I04',
    ['等级保护定级备案完成率', 'Graded-protection filing completion'],
    [
      '应定级的信息系统中，已完成定级并向公安机关备案的比例。',
      'Share of the information systems due for grading that are graded and filed with public security.',
    ],
    15,
    true,
    numeric(PERCENT, 0, 100, [
      [0, 0],
      [50, 2],
      [80, 4],
      [100, 5],
    ]),
  ),
  indicator(
    'I05',
    ['信息安全保障机制', 'Information security mechanisms'],
    ['已建立并有效运行的信息安全机制，每项一分，最多六分。', 'Security mechanisms established and working, one point each, six at most.'],
    15,
    true,
    multi(
      6,
      option('policy', ['统一的安全管理要求', 'Unified security management requirements'], 1),
      option('emergency', ['安全应急处置机制', 'Security incident response'], 1),
      option('majorRisk', ['重特大风险识别、防范和控制', 'Identification, prevention and control of major risks'], 1),
      option('confidentiality', ['重要信息保密与防护', 'Confidentiality and protection of important information'], 1),
      option('recovery', ['灾难恢复机制', 'Disaster recovery'], 1),
      option('duties', ['安全岗位职责规范', 'Defined security job duties'], 1),
    ),
  ),
  indicator(
    'I06',
    ['核心系统灾难恢复能力', 'Disaster recovery of core systems'],
    [
      '核心业务系统达到的灾难恢复能力等级（参照 GB/T 20988 的六级划分）。',
      'Disaster-recovery capability reached by the core business systems (by the six levels of GB/T 20988).',
    ],
    10,
    true,
    single(
      option('none', ['没有灾难恢复安排', 'No disaster-recovery arrangement'], 0),
      option('levels1to2', ['第1–2级：数据备份与备用场地', 'Levels 1–2: data backup and a standby site'], 2),
      option('levels3to4', ['第3–4级：电子传输与部分或完整设备', 'Levels 3–4: electronic transfer with partial or complete equipment'], 4),
      option('levels5to6', ['第5–6级：实时数据传输或数据零丢失', 'Levels 5–6: real-time data transfer or zero data loss'], 5),
    ),
  ),
  indicator(
    'I07',
    ['统一身份认证与数据交换平台', 'Single sign-on and data exchange platform'],
    [
      '是否建成供各业务系统共用的统一身份认证和数据交换平台。',
      'Whether a shared identity-and-access and data-exchange platform serves the business systems.',
    ],
    10,
    false,
    yesno(1),
  ),
  indicator(
    'I08',
    ['主数据与数据标准', 'Master data and data standards'],
    [
      '物料、客户、供应商、组织等主数据是否统一编码、集中管理。',
      'Whether master data (materials, customers, suppliers, organisation) is coded uniformly and managed centrally.',
    ],
    10,
    false,
    scale([
      ['没有数据标准', 'No data standards'],
      ['各系统自行编码', 'Each system codes its own data'],
      ['部分主数据有企业标准', 'Enterprise standards for some master data'],
      ['主要主数据统一编码', 'Uniform coding for the main master data'],
      ['主数据集中管理并向各系统分发', 'Master data managed centrally and distributed to systems'],
      ['主数据全生命周期治理，质量定期考核', 'Master data governed across its life cycle, quality measured regularly'],
    ]),
  ),
];

const application: Indicator[] = [
  indicator(
    'A01',
    ['核心业务系统（ERP等）覆盖率', 'Coverage of core business systems (ERP etc.)'],
    ['已上线核心业务管理系统的下属单位占全部下属单位的比例。', 'Share of subsidiaries running the core business management system.'],
    15,
    true,
    numeric(PERCENT, 0, 100, [
      [0, 0],
      [20, 2],
      [50, 3],
      [80, 4],
      [100, 5],
    ]),
  ),
  indicator(
    'A02',
    ['财务与资金集中管理', 'Centralised finance and funds'],
    ['财务核算和资金管理的集中程度。', 'How centralised accounting and fund management are.'],
    15,
    true,
    single(
      option('none', ['各单位独立核算，无集中', 'Each unit on its own, nothing centralised'], 0),
      option('reporting', ['仅报表集中汇总', 'Consolidated reporting only'], 2),
      option('accounting', ['统一财务核算系统', 'A single accounting system'], 3),
      option(
        'funds',
        ['统一核算并通过资金池或结算中心集中管理资金', 'Single accounting plus centralised funds through a cash pool or settlement centre'],
        5,
      ),
    ),
  ),
  indicator(
    'A03',
    ['信息系统覆盖的业务领域', 'Business areas covered by systems'],
    [
      '由信息系统支撑日常运作的业务领域，每项一分，最多八分。',
      'Business areas whose daily work runs on information systems, one point each, eight at most.',
    ],
    15,
    false,
    multi(
      8,
      option('finance', ['财务', 'Finance'], 1),
      option('humanResources', ['人力资源', 'Human resources'], 1),
      option('procurement', ['采购与物资', 'Procurement and materials'], 1),
      option('production', ['生产运营', 'Production and operations'], 1),
      option('sales', ['营销与销售', 'Marketing and sales'], 1),
      option('projects', ['项目管理', 'Project management'], 1),
      option('equipment', ['设备与资产', 'Equipment and assets'], 1),
      option('office', ['协同办公', 'Office collaboration'], 1),
      option('risk', ['风险与内控', 'Risk and internal control'], 1),
      option('decisions', ['经营决策分析', 'Decision analysis'], 1),
    ),
  ),
  indicator(
    'A04',
    ['决策支持与综合管理信息', 'Decision support and management information'],
    ['管理层获取经营数据、进行分析决策的信息化程度。', 'How far management gets operating data and decides with the help of systems.'],
    10,
    false,
    scale([
      ['经营数据靠人工报送', 'Operating data reported by hand'],
      ['电子表格汇总，周期长', 'Spreadsheets collected slowly'],
      ['定期由系统生成主要报表', 'Systems produce the main reports on schedule'],
      ['有综合查询与分析平台', 'A query and analysis platform exists'],
      ['关键指标实时可见，支持多维分析', 'Key indicators visible in real time with multi-dimensional analysis'],
      ['分析结果嵌入决策流程，支持预测与预警', 'Analysis built into decision processes with forecasts and alerts'],
    ]),
  ),
  indicator(
    'A05',
    ['电子商务采购占比', 'Share of procurement done online'],
    [
      '通过电子采购或电子商务平台完成的采购额占采购总额的比例。',
      'Share of procurement spend placed through e-procurement or e-commerce platforms.',
    ],
    10,
    false,
    numeric(PERCENT, 0, 100, [
      [0, 0],
      [10, 2],
      [30, 3],
      [50, 4],
      [70, 5],
    ]),
  ),
  indicator(
    'A06',
    ['系统集成与信息共享', 'Integration and information sharing'],
    [
      '各信息系统之间的数据是否打通，避免重复录入和“信息孤岛”。',
      'Whether systems exchange data, so nothing is keyed twice and no system is an island.',
    ],
    10,
    false,
    scale([
      ['系统彼此独立', 'Systems stand alone'],
      ['少数系统间人工导入导出', 'A few manual imports and exports'],
      ['主要系统点对点接口', 'Point-to-point interfaces between the main systems'],
      ['通过集成平台交换主要数据', 'Main data exchanged through an integration platform'],
      ['业务流程跨系统贯通', 'Business processes flow across systems'],
      ['业务、财务、资金与物流信息全面集成', 'Business, finance, funds and logistics information fully integrated'],
    ]),
  ),
  indicator(
    'A07',
    ['企业门户网站', 'Corporate portal website'],
    [
      '门户网站是否有专人维护、信息及时更新并提供在线服务。',
      'Whether the portal website has an owner, is kept up to date and offers online services.',
    ],
    5,
    false,
    yesno(1),
  ),
  indicator(
    'A08',
    ['信息化效益评价', 'Evaluation of IT benefits'],
    ['项目建成后是否评价其投入产出与业务效益。', 'Whether projects are evaluated after delivery for cost, return and business benefit.'],
    10,
    true,
    scale([
      ['从不评价', 'Never evaluated'],
      ['偶尔做项目总结', 'Occasional project close-out notes'],
      ['重点项目做后评价', 'Post-evaluation of major projects'],
      ['所有项目按统一方法后评价', 'All projects post-evaluated by one method'],
      ['效益指标量化并跟踪', 'Benefits quantified and tracked'],
      ['评价结果用于后续投资决策', 'Results feed later investment decisions'],
    ]),
  ),
  indicator(
    'A09',
    ['风险内控嵌入信息系统', 'Risk controls built into systems'],
    [
      '关键内部控制点和风险预警是否在业务系统中自动执行。',
      'Whether key internal controls and risk alerts run automatically inside the business systems.',
    ],
    10,
    false,
    yesno(1),
  ),
];

const governance: Indicator[] = [
  indicator(
    'G01',
    ['IT服务管理流程', 'IT service management processes'],
    [
      '已建立并运行的IT服务管理流程，每项一分，最多六分。',
      'IT service management processes established and running, one point each, six at most.',
    ],
    15,
    true,
    multi(
      6,
      option('serviceDesk', ['服务台', 'Service desk'], 1),
      option('incident', ['事件管理', 'Incident management'], 1),
      option('problem', ['问题管理', 'Problem management'], 1),
      option('change', ['变更管理', 'Change management'], 1),
      option('configuration', ['配置管理', 'Configuration management'], 1),
      option('release', ['发布管理', 'Release management'], 1),
      option('serviceLevel', ['服务级别管理', 'Service level management'], 1),
      option('capacity', ['容量与可用性管理', 'Capacity and availability management'], 1),
    ),
  ),
  indicator(
    'G02',
    ['信息化项目管理', 'IT project management'],
    [
      '信息化项目从立项、审批、实施到验收的管理规范程度。',
      'How well IT projects are managed from proposal and approval through delivery and acceptance.',
    ],
    15,
    true,
    scale([
      ['项目无统一管理', 'No common project management'],
      ['只有立项审批', 'Only proposal approval'],
      ['立项和验收有规定', 'Rules for approval and acceptance'],
      ['全过程有制度，重点项目执行', 'Whole life cycle defined, followed on major projects'],
      ['全部项目按制度管理，进度和预算受控', 'All projects managed by the rules, schedule and budget under control'],
      ['项目组合统一管理，按价值排序并持续改进', 'Projects managed as a portfolio, ranked by value and improved continuously'],
    ]),
  ),
  indicator(
    'G03',
    ['软件资产管理制度', 'Software asset management'],
    [
      '是否建立软件资产管理制度，把软件作为企业资产集中管理。',
      'Whether software is managed as an enterprise asset under a software asset management policy.',
    ],
    15,
    true,
    single(
      option('none', ['没有软件资产管理制度', 'No software asset management policy'], 0),
      option('policy', ['已发布制度，尚未登记台账', 'Policy issued, no register yet'], 2),
      option('register', ['软件纳入资产台账，由资产管理部门管理', 'Software in the asset register, managed by the asset department'], 4),
      option('reconciled', ['集中管理并定期核对许可使用情况', 'Managed centrally with regular licence reconciliation'], 5),
    ),
  ),
  indicator(
    'G04',
    ['正版软件使用率', 'Genuine software rate'],
    ['在用软件中具有合法授权的比例。', 'Share of software in use that is properly licensed.'],
    10,
    true,
    numeric(PERCENT, 0, 100, [
      [0, 0],
      [60, 2],
      [80, 3],
      [95, 4],
      [100, 5],
    ]),
  ),
  indicator(
    'G05',
    ['核心系统可用率', 'Availability of core systems'],
    ['上一年度核心业务系统计划服务时间内的可用率。', "Availability of the core business systems over last year's scheduled service hours."],
    10,
    false,
    numeric(PERCENT, 0, 100, [
      [0, 0],
      [95, 2],
      [99, 4],
      [99.9, 5],
    ]),
  ),
  indicator(
    'G06',
    ['信息化预算管理', 'IT budget management'],
    ['是否编制年度信息化预算，并跟踪预算执行情况。', 'Whether a yearly IT budget is drawn up and spending is tracked against it.'],
    10,
    false,
    yesno(1),
  ),
  indicator(
    'G07',
    ['IT外包与供应商管理', 'IT outsourcing and supplier management'],
    ['对IT外包服务和供应商的选择、考核与退出管理。', 'How IT outsourcing and suppliers are selected, measured and exited.'],
    10,
    false,
    scale([
      ['没有供应商管理', 'No supplier management'],
      ['按项目临时选择', 'Suppliers picked project by project'],
      ['有准入名录', 'An approved supplier list'],
      ['合同中约定服务水平', 'Service levels written into contracts'],
      ['定期考核供应商并据此续约或淘汰', 'Suppliers measured regularly and renewed or dropped on results'],
      ['供应商全生命周期管理，风险可控可替代', 'Supplier life cycle managed, risks controlled, suppliers replaceable'],
    ]),
  ),
  indicator(
    'G08',
    ['信息化审计与检查', 'IT audit and inspection'],
    ['信息化工作是否每年纳入内部审计或专项检查。', 'Whether IT is covered by internal audit or a dedicated inspection every year.'],
    15,
    true,
    yesno(1),
  ),
];

const humanResources: Indicator[] = [
  indicator(
    'H01',
    ['信息化人员占员工比例', 'IT staff as a share of employees'],
    ['从事信息化工作的专职人员占员工总数的百分比。', 'Full-time IT staff as a percentage of all employees.'],
    20,
    false,
    numeric(PERCENT, 0, 100, [
      [0, 0],
      [0.5, 2],
      [1, 3],
      [2, 4],
      [3, 5],
    ]),
  ),
  indicator(
    'H02',
    ['信息化人员本科及以上学历比例', 'IT staff with a degree'],
    ['信息化专职人员中本科及以上学历者的比例。', "Share of full-time IT staff with a bachelor's degree or higher."],
    15,
    false,
    numeric(PERCENT, 0, 100, [
      [0, 0],
      [40, 2],
      [60, 4],
      [80, 5],
    ]),
  ),
  indicator(
    'H03',
    ['员工人均信息化培训学时', 'IT training hours per employee'],
    ['上一年度全体员工人均接受信息化应用培训的学时数。', 'Hours of IT-use training per employee last year.'],
    15,
    false,
    numeric(['学时', 'hours'], 0, undefined, [
      [0, 0],
      [4, 2],
      [8, 3],
      [16, 4],
      [24, 5],
    ]),
  ),
  indicator(
    'H04',
    ['CIO及信息化负责人专业培训', 'Training for the CIO and IT leaders'],
    [
      'CIO和信息化部门负责人上一年度是否参加过专业培训。',
      "Whether the CIO and the IT department's heads took professional training last year.",
    ],
    10,
    false,
    yesno(1),
  ),
  indicator(
    'H05',
    ['IT岗位与任职资格体系', 'IT roles and qualifications'],
    ['是否定义IT岗位职责、任职资格和职业发展通道。', 'Whether IT roles, their qualifications and career paths are defined.'],
    15,
    false,
    scale([
      ['没有IT岗位定义', 'No IT roles defined'],
      ['岗位名称存在，职责不清', 'Role titles without clear duties'],
      ['主要岗位有职责说明', 'Duties written for the main roles'],
      ['全部IT岗位有职责和任职资格', 'Duties and qualifications for every IT role'],
      ['有技术与管理双通道职业发展', 'Separate technical and management career paths'],
      ['岗位体系定期评估并与人才规划衔接', 'Role system reviewed regularly and tied to workforce planning'],
    ]),
  ),
  indicator(
    'H06',
    ['IT人员考核与激励', 'IT staff appraisal and incentives'],
    ['IT人员的绩效考核与激励措施是否有效。', 'Whether IT staff appraisal and incentives work.'],
    10,
    false,
    scale([
      ['没有针对IT人员的考核', 'No appraisal for IT staff'],
      ['沿用通用考核，不反映IT工作', 'Generic appraisal that ignores IT work'],
      ['有IT专门考核指标', 'IT-specific appraisal measures'],
      ['考核结果与薪酬挂钩', 'Appraisal tied to pay'],
      ['考核与薪酬、晋升、培训联动', 'Appraisal tied to pay, promotion and training'],
      ['激励机制有效留住关键人才，流失率受控', 'Incentives keep key people, turnover under control'],
    ]),
  ),
  indicator(
    'H07',
    ['关键岗位专业资格', 'Professional certification in key roles'],
    [
      '关键IT岗位持有的专业资格类别，每类一分，最多三分。',
      'Kinds of professional certification held in key IT roles, one point each, three at most.',
    ],
    15,
    true,
    multi(
      3,
      option('projectManagement', ['信息系统项目管理', 'IT project management'], 1),
      option('security', ['信息安全', 'Information security'], 1),
      option('serviceManagement', ['IT服务管理', 'IT service management'], 1),
      option('architecture', ['系统架构', 'Systems architecture'], 1),
      option('data', ['数据管理', 'Data management'], 1),
    ),
  ),
];

export const DEFAULT_TEMPLATE: Template = {
  id: 'denggao-default',
  version: '1.0.0',
  nameZh: '登高默认信息化水平评价指标模板',
  nameEn: 'Denggao default informatization assessment template',
  notesZh:
    '要素结构取自国资委2007年度中央企业信息化水平评价数据表的五个要素；指标表述为登高自拟。各项权重和A–E等级分数线是登高提供的可编辑默认值，并非国资委官方数值（官方权重与分数线未公开）。',
  notesEn:
    "The five elements follow SASAC's 2007 informatization evaluation data form; the indicators are worded by Denggao. All weights and the A–E grade thresholds are Denggao's editable defaults, not SASAC's official values (those were not published).",
  weightsSum: 100,
  elements: [
    { id: 'leadership', nameZh: '信息化领导力', nameEn: 'IT leadership', weight: 15, indicators: leadership },
    { id: 'infrastructure', nameZh: '信息化基础建设', nameEn: 'IT infrastructure', weight: 20, indicators: infrastructure },
    { id: 'application', nameZh: '信息化应用与效果', nameEn: 'IT applications and effect', weight: 30, indicators: application },
    { id: 'governance', nameZh: 'IT服务管理与IT治理', nameEn: 'IT service management and governance', weight: 20, indicators: governance },
    { id: 'humanResources', nameZh: '信息化人力资源', nameEn: 'IT human resources', weight: 15, indicators: humanResources },
  ],
  gradeThresholds: { A: 85, B: 70, C: 55, D: 40, E: 0 },
};
