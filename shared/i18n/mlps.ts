/**
 * Graded protection (等级保护): names of levels, harm, families and statuses, and a sentence for every finding
 * code the mlps rules return.
 */
import { defineMessages } from './define';

export const mlpsMessages = defineMessages(
  {
    // Levels (GB/T 22240-2020)
    'mlps.level.1': '第一级（自主保护级）',
    'mlps.level.2': '第二级（指导保护级）',
    'mlps.level.3': '第三级（监督保护级）',
    'mlps.level.4': '第四级（强制保护级）',
    'mlps.level.5': '第五级（专控保护级）',
    'mlps.levelShort.1': '自主保护级',
    'mlps.levelShort.2': '指导保护级',
    'mlps.levelShort.3': '监督保护级',
    'mlps.levelShort.4': '强制保护级',
    'mlps.levelShort.5': '专控保护级',

    // Grading
    'mlps.harmedObject.citizen': '公民、法人和其他组织的合法权益',
    'mlps.harmedObject.society': '社会秩序、公共利益',
    'mlps.harmedObject.nation': '国家安全',
    'mlps.degree.general': '一般损害',
    'mlps.degree.serious': '严重损害',
    'mlps.degree.especially-serious': '特别严重损害',
    'mlps.gradingAspect.business': '业务信息安全保护等级',
    'mlps.gradingAspect.service': '系统服务安全保护等级',

    // Protected-object kinds
    'mlps.objectKind.information-system': '信息系统',
    'mlps.objectKind.network-infrastructure': '通信网络设施',
    'mlps.objectKind.data-resource': '数据资源',
    'mlps.objectKind.cloud-platform': '云计算平台',
    'mlps.objectKind.iot': '物联网',
    'mlps.objectKind.industrial-control': '工业控制系统',
    'mlps.objectKind.mobile': '移动互联',
    'mlps.objectKind.big-data-platform': '大数据平台',

    // Control families and layers (GB/T 22239-2019)
    'mlps.family.PES': '安全物理环境',
    'mlps.family.CNS': '安全通信网络',
    'mlps.family.ABS': '安全区域边界',
    'mlps.family.CES': '安全计算环境',
    'mlps.family.SMC': '安全管理中心',
    'mlps.family.PSS': '安全管理制度',
    'mlps.family.ORS': '安全管理机构',
    'mlps.family.HRS': '安全管理人员',
    'mlps.family.CMS': '安全建设管理',
    'mlps.family.MMS': '安全运维管理',
    'mlps.layer.technical': '技术要求',
    'mlps.layer.management': '管理要求',
    'mlps.requirementSet.general': '安全通用要求',
    'mlps.requirementSet.cloud': '云计算安全扩展要求',
    'mlps.requirementSet.mobile': '移动互联安全扩展要求',
    'mlps.requirementSet.iot': '物联网安全扩展要求',
    'mlps.requirementSet.ics': '工业控制系统安全扩展要求',

    // Assessment statuses and results
    'mlps.itemStatus.compliant': '符合',
    'mlps.itemStatus.partial': '部分符合',
    'mlps.itemStatus.noncompliant': '不符合',
    'mlps.controlPointStatus.applicable': '适用',
    'mlps.controlPointStatus.na': '不适用',
    'mlps.risk.high': '高风险',
    'mlps.risk.medium': '中风险',
    'mlps.risk.low': '低风险',
    'mlps.result2021.excellent': '优',
    'mlps.result2021.good': '良',
    'mlps.result2021.fair': '中',
    'mlps.result2021.poor': '差',
    'mlps.conclusion2025.compliant': '符合',
    'mlps.conclusion2025.basically-compliant': '基本符合',
    'mlps.conclusion2025.noncompliant': '不符合',
    'mlps.formula.mlps-score-pre2021':
      '综合得分（2021年前通行算法）：100 − 各层面（Σ权重×不符合 + 0.5×Σ权重×部分符合）/ Σ权重 × 100 的平均值',
    'mlps.formula.mlps-result-2021-bands-on-pre2021':
      '按旧版得分套用2021版模板档位：优（无中高风险且≥90）、良（无高风险且≥80）、中（无高风险且≥70）、差。2021版模板的扣分制得分公式未找到，此档位不是2021版测评结论',
    'mlps.formula.mlps-compliance-2025':
      '2025版模板结论：符合（符合率>90%且无重大风险隐患）、基本符合（60%–90%，不论高风险和重大风险隐患；或>90%但有未整改的重大风险隐患）、不符合（<60%）。高风险项本身不决定结论。部分符合按半项计入符合率、已整改的重大风险隐患不再影响结论，为本软件的取舍，未经核实',

    // Schedule
    'mlps.due.filing': '备案',
    'mlps.due.certificate': '取得备案证明',
    'mlps.due.certificateExpiry': '备案证明续期（到期前申请）',
    'mlps.due.selfInspection': '自查',
    'mlps.due.protectionPlan': '保护工作方案',
    'mlps.due.assessment': '等级测评',
    'mlps.dueStatus.done': '已完成',
    'mlps.dueStatus.overdue': '已逾期',
    'mlps.dueStatus.upcoming': '即将到期',
    'mlps.dueStatus.scheduled': '未到期',

    // Disaster recovery (GB/T 20988)
    'mlps.drLevel.1': '第1级 基本支持',
    'mlps.drLevel.2': '第2级 备用场地支持',
    'mlps.drLevel.3': '第3级 电子传输和部分设备支持',
    'mlps.drLevel.4': '第4级 电子传输及完整设备支持',
    'mlps.drLevel.5': '第5级 实时数据传输及完整设备支持',
    'mlps.drLevel.6': '第6级 数据零丢失和远程集群支持',

    // Security job duties
    'mlps.role.system-admin': '系统管理员',
    'mlps.role.audit-admin': '审计管理员',
    'mlps.role.security-admin': '安全管理员',

    // Findings: grading
    'mlps.grading.unknownHost': '“{system}”所承载的平台（{hostId}）不在等级保护对象登记表中',
    'mlps.grading.platformBelowHosted':
      '承载平台“{platform}”的等级（第{platformLevel}级）低于其承载的“{system}”（第{systemLevel}级）；承载平台的等级不应低于其承载的系统',
    'mlps.grading.bigDataPersonalInfoBelowMinimum': '大数据平台“{system}”处理大量个人信息，定为第{level}级；原则上不应低于第{minimum}级',
    'mlps.grading.expertReviewMissing': '“{system}”初定为第{level}级，缺少专家评审记录（日期和评审人）',
    'mlps.grading.approvalMissing': '“{system}”初定为第{level}级，单位有主管部门，缺少主管部门审核批准记录（日期和审批单位）',
    'mlps.grading.competentDepartmentUnanswered': '“{system}”初定为第{level}级：请填写单位是否有行业主管部门（有则须经其审核批准）',
    'mlps.grading.publicPlatformBelowMinimum':
      '“{system}”面向社会公众提供服务，定为第{level}级；依 GB/T 22240-2020，此类平台原则上不低于第{minimum}级',
    'mlps.grading.expertReviewBeforeGrading':
      '“{system}”的专家评审（{reviewedOn}）早于当前定级（{gradedOn}）：重新定级后须重新组织专家评审',
    'mlps.grading.expertReviewBeforeChange':
      '“{system}”于 {changedOn} 定级或登记信息发生重大变更，专家评审（{reviewedOn}）早于变更：须重新组织专家评审',

    // Findings: filing and schedule
    'mlps.filing.numberFormat': '备案表编号“{value}”应为11位数字',
    'mlps.schedule.gradingDateMissing': '第{level}级对象须在定级后按期备案：请填写定级日期',
    'mlps.schedule.goLiveDateMissing': '新建的第{level}级系统须在投入运行后按期备案：请填写上线日期',

    // Findings: catalog
    'mlps.catalog.duplicateControlPoint': '控制点编号 {id} 重复',
    'mlps.catalog.unknownFamily': '安全类 {family} 未在目录中定义',
    'mlps.catalog.duplicateItemId': '要求项编号 {id} 重复',
    'mlps.catalog.itemIdMismatch': '要求项编号 {id} 与其级别、安全类或要求类别不一致',
    'mlps.catalog.unknownControlPoint': '要求项 {id} 引用的控制点 {controlPoint} 不存在',
    'mlps.catalog.controlPointMismatch': '要求项 {id} 与其控制点 {controlPoint} 的安全类或要求类别不一致',
    'mlps.catalog.countMismatch': '目录中 {set}/{family} 第{level}级要求项为 {actual} 项，标准为 {expected} 项',

    // Findings: gap assessment
    'mlps.assessment.levelNotInCatalog': '目录 {catalog} 中没有第{level}级的要求项',
    'mlps.assessment.itemNotInScope': '要求项 {itemId} 不属于第{level}级或对象适用的扩展要求',
    'mlps.assessment.duplicateItem': '要求项 {itemId} 重复填写',
    'mlps.assessment.controlPointNotInScope': '控制点 {controlPointId} 不属于第{level}级或对象适用的扩展要求',
    'mlps.assessment.incomplete': '尚有 {unassessed} 个要求项未评价，得分仅基于已评价项',
    'mlps.assessment.gapWithoutRisk': '要求项 {itemId} 存在差距，但未评定风险等级',
    'mlps.assessment.riskOnCompliant': '要求项 {itemId} 为“符合”，其风险等级不计入结论',

    // Major hidden risks (重大风险隐患)
    'mlps.majorHiddenRisk.principle.relevance': '关联性',
    'mlps.majorHiddenRisk.principle.severity': '严重性',
    'mlps.majorHiddenRisk.principle.frequency': '频发性',
    'mlps.majorHiddenRisk.itemsRequired': '请至少选择一个其所源自的问题（要求项）',
    'mlps.majorHiddenRisk.principlesRequired': '请至少选择一项判定原则',
    'mlps.majorHiddenRisk.itemNotInScope': '要求项 {itemId} 不属于该对象的测评范围（等级或扩展要求不符）',
    'mlps.majorHiddenRisk.duplicateItem': '要求项 {itemId} 重复选择',
    'mlps.majorHiddenRisk.dateWithoutRemediation': '尚未整改的重大风险隐患不能填写整改日期',
    'mlps.majorHiddenRisk.remediatedBeforeFound': '整改日期不能早于发现日期（{found}）',
    'mlps.majorHiddenRisk.tally': '{recorded}（{remediated} 已整改）',
    'mlps.provisional': '暂定',
    'mlps.provisionalNote': '暂定：尚有 {unassessed} 个适用要求项未评价',

    // Findings: disaster recovery
    'mlps.dr.unknownLevel': '灾难恢复等级 {level} 不存在（应为1–6级）',
    'mlps.dr.rtoOutsideLevel': '目标RTO {value} 分钟与第{level}级灾难恢复能力的常见范围 {range} 分钟不一致',
    'mlps.dr.rpoOutsideLevel': '目标RPO {value} 分钟与第{level}级灾难恢复能力的常见范围 {range} 分钟不一致',
    'mlps.dr.testedRtoAboveTarget': '演练实测RTO {tested} 分钟超过目标 {target} 分钟',
    'mlps.dr.testedRpoAboveTarget': '演练实测RPO {tested} 分钟超过目标 {target} 分钟',
    'mlps.dr.elementBelowLevel': '{element}只达到第{met}级，低于所定的第{level}级：七个要素都达到，才算达到该等级',
    'mlps.dr.elementsUnjudged': '还有 {count} 个要素未评定',
    'mlps.drElement.dataBackup': '数据备份系统',
    'mlps.drElement.backupDataProcessing': '备用数据处理系统',
    'mlps.drElement.backupNetwork': '备用网络系统',
    'mlps.drElement.backupInfrastructure': '备用基础设施',
    'mlps.drElement.technicalSupport': '专业技术支持能力',
    'mlps.drElement.operationsManagement': '运行维护管理能力',
    'mlps.drElement.recoveryPlan': '灾难恢复预案',

    // Findings: duties
    'mlps.duties.systemAndAuditAdmin': '{person} 同时担任系统管理员和审计管理员，应分离',
    'mlps.duties.systemAndSecurityAdmin': '{person} 同时担任系统管理员和安全管理员，应分离',
    'mlps.duties.auditAndSecurityAdmin': '{person} 同时担任审计管理员和安全管理员，应分离',
    // Input validation (zod messages of the mlps schemas)
    'mlps.validation.date': '日期应写作 年-月-日，如 2025-03-31（也可写 2025/3/31 或 2025年3月31日）',
    'mlps.validation.harmedObject':
      '受侵害的客体应为 citizen（公民、法人和其他组织的合法权益）、society（社会秩序、公共利益）或 nation（国家安全）',
    'mlps.validation.harmDegree': '侵害程度应为 general（一般损害）、serious（严重损害）或 especially-serious（特别严重损害）',
    'mlps.validation.itemId': '要求项编号应形如 L3-CES1-01',

    // Findings: filing form
    'mlps.filingForm.profileMissing': '尚未填写企业基本信息，备案表表1无法生成',
    'mlps.filingForm.notGraded': '“{system}”尚未定级，备案表表3无法生成',
    'mlps.filingForm.gradingReportMissing': '“{system}”备案须附定级报告，尚未上传',
    'mlps.filingForm.documentMissing': '“{system}”备案表表4缺少材料：{document}',

    // Errors of the register, assessment and catalogs
    'mlps.object.notFound': '等级保护对象 {id} 不存在',
    'mlps.object.numberTaken': '系统编号 {number} 已被其他对象使用',
    'mlps.object.hostsOthers': '“{name}”承载着 {systems}，请先解除承载关系再删除',
    'mlps.object.hostNotFound': '承载平台 {hostId} 不在等级保护对象登记表中',
    'mlps.object.hostCycle': '承载关系不能形成循环：对象不能直接或间接承载在自身之上',
    'mlps.assessment.notGraded': '“{system}”尚未定级，无法确定适用的要求项',
    'mlps.assessment.copySameObject': '不能把评估复制到同一个对象',
    'mlps.filing.notGraded': '“{system}”尚未定级，不能登记备案',
    'mlps.catalog.sameAsBuiltIn': '目录 {id}（版本 {version}）与内置目录同名同版本，请使用其他编号或版本',
    'mlps.catalog.notFound': '目录 {id}（版本 {version}）不存在',
    'mlps.catalog.shape': '目录文件中 {field} 不符合格式：{detail}',
    'mlps.record.notFound': '记录 {id} 不存在，可能已被删除',
    'mlps.reference.notFound': '引用的记录 {id} 不存在',
    'mlps.data.duplicateId': '编号 {id} 重复',

    // Remediation and the action plan (POA&M)
    'mlps.remediationStatus.open': '未开始',
    'mlps.remediationStatus.in-progress': '整改中',
    'mlps.remediationStatus.done': '已完成',
    'mlps.remediationStatus.cancelled': '已取消',
    'mlps.actionPlan.sheet': '整改计划',
    'mlps.actionPlan.column.object': '等级保护对象',
    'mlps.actionPlan.column.number': '系统编号',
    'mlps.actionPlan.column.level': '级别',
    'mlps.actionPlan.column.item': '要求项编号',
    'mlps.actionPlan.column.family': '安全类',
    'mlps.actionPlan.column.controlPoint': '控制点',
    'mlps.actionPlan.column.requirement': '要求（摘要）',
    'mlps.actionPlan.column.status': '符合情况',
    'mlps.actionPlan.column.risk': '风险等级',
    'mlps.actionPlan.column.note': '证据与说明',
    'mlps.actionPlan.column.task': '整改任务',
    'mlps.actionPlan.column.owner': '责任人',
    'mlps.actionPlan.column.due': '完成期限',
    'mlps.actionPlan.column.taskStatus': '任务状态',
    'mlps.actionPlan.column.cost': '费用（万元）',
  },
  {
    'mlps.level.1': 'Level 1 (user self-protection)',
    'mlps.level.2': 'Level 2 (guided protection)',
    'mlps.level.3': 'Level 3 (supervised protection)',
    'mlps.level.4': 'Level 4 (mandatory protection)',
    'mlps.level.5': 'Level 5 (controlled protection)',
    'mlps.levelShort.1': 'User self-protection',
    'mlps.levelShort.2': 'Guided protection',
    'mlps.levelShort.3': 'Supervised protection',
    'mlps.levelShort.4': 'Mandatory protection',
    'mlps.levelShort.5': 'Controlled protection',

    'mlps.harmedObject.citizen': 'Lawful rights and interests of citizens, legal persons and other organisations',
    'mlps.harmedObject.society': 'Social order and public interest',
    'mlps.harmedObject.nation': 'National security',
    'mlps.degree.general': 'General harm',
    'mlps.degree.serious': 'Serious harm',
    'mlps.degree.especially-serious': 'Especially serious harm',
    'mlps.gradingAspect.business': 'Business-information security level',
    'mlps.gradingAspect.service': 'System-service security level',

    'mlps.objectKind.information-system': 'Information system',
    'mlps.objectKind.network-infrastructure': 'Network infrastructure',
    'mlps.objectKind.data-resource': 'Data resource',
    'mlps.objectKind.cloud-platform': 'Cloud platform',
    'mlps.objectKind.iot': 'Internet of Things',
    'mlps.objectKind.industrial-control': 'Industrial control system',
    'mlps.objectKind.mobile': 'Mobile internet',
    'mlps.objectKind.big-data-platform': 'Big-data platform',

    'mlps.family.PES': 'Physical environment security',
    'mlps.family.CNS': 'Communication network security',
    'mlps.family.ABS': 'Area boundary security',
    'mlps.family.CES': 'Computing environment security',
    'mlps.family.SMC': 'Security management center',
    'mlps.family.PSS': 'Security policies and rules',
    'mlps.family.ORS': 'Security organisation',
    'mlps.family.HRS': 'Security personnel',
    'mlps.family.CMS': 'Security construction management',
    'mlps.family.MMS': 'Security operation and maintenance',
    'mlps.layer.technical': 'Technical requirements',
    'mlps.layer.management': 'Management requirements',
    'mlps.requirementSet.general': 'General requirements',
    'mlps.requirementSet.cloud': 'Cloud computing extension',
    'mlps.requirementSet.mobile': 'Mobile internet extension',
    'mlps.requirementSet.iot': 'IoT extension',
    'mlps.requirementSet.ics': 'Industrial control extension',

    'mlps.itemStatus.compliant': 'Compliant',
    'mlps.itemStatus.partial': 'Partially compliant',
    'mlps.itemStatus.noncompliant': 'Non-compliant',
    'mlps.controlPointStatus.applicable': 'Applicable',
    'mlps.controlPointStatus.na': 'Not applicable',
    'mlps.risk.high': 'High risk',
    'mlps.risk.medium': 'Medium risk',
    'mlps.risk.low': 'Low risk',
    'mlps.result2021.excellent': 'Excellent',
    'mlps.result2021.good': 'Good',
    'mlps.result2021.fair': 'Fair',
    'mlps.result2021.poor': 'Poor',
    'mlps.conclusion2025.compliant': 'Compliant',
    'mlps.conclusion2025.basically-compliant': 'Basically compliant',
    'mlps.conclusion2025.noncompliant': 'Non-compliant',
    'mlps.formula.mlps-score-pre2021':
      'Overall score (common pre-2021 formula): 100 − the mean over aspects of (Σw·non-compliant + 0.5·Σw·partial) / Σw × 100',
    'mlps.formula.mlps-result-2021-bands-on-pre2021':
      "The 2021 template's bands applied to the pre-2021 score: excellent (no medium or high risk, ≥ 90), good (no high risk, ≥ 80), fair (no high risk, ≥ 70), else poor. The 2021 deduction-score formula was not found, so this is not the 2021 result",
    'mlps.formula.mlps-compliance-2025':
      '2025 template conclusion: compliant (rate above 90 % and no major hidden risk), basically compliant (60–90 % whatever the high risks or major hidden risks, or above 90 % with a major hidden risk not yet remediated), non-compliant (below 60 %). A high-risk item alone does not decide it. Counting a partial item as half and letting a remediated major hidden risk no longer count are our choices, unverified',

    'mlps.due.filing': 'Filing',
    'mlps.due.certificate': 'Filing certificate',
    'mlps.due.certificateExpiry': 'Certificate renewal (apply before expiry)',
    'mlps.due.selfInspection': 'Self-inspection',
    'mlps.due.protectionPlan': 'Protection work plan',
    'mlps.due.assessment': 'Level assessment',
    'mlps.dueStatus.done': 'Done',
    'mlps.dueStatus.overdue': 'Overdue',
    'mlps.dueStatus.upcoming': 'Upcoming',
    'mlps.dueStatus.scheduled': 'Scheduled',

    'mlps.drLevel.1': 'Level 1 basic support',
    'mlps.drLevel.2': 'Level 2 alternate site support',
    'mlps.drLevel.3': 'Level 3 electronic transfer and partial equipment support',
    'mlps.drLevel.4': 'Level 4 electronic transfer and full equipment support',
    'mlps.drLevel.5': 'Level 5 real-time data transfer and full equipment support',
    'mlps.drLevel.6': 'Level 6 zero data loss and remote cluster support',

    'mlps.role.system-admin': 'System administrator',
    'mlps.role.audit-admin': 'Audit administrator',
    'mlps.role.security-admin': 'Security administrator',

    'mlps.grading.unknownHost': 'The platform hosting "{system}" ({hostId}) is not in the register of protected objects',
    'mlps.grading.platformBelowHosted':
      'Hosting platform "{platform}" is graded level {platformLevel}, below "{system}" it carries (level {systemLevel}); a platform is graded no lower than the systems it carries',
    'mlps.grading.bigDataPersonalInfoBelowMinimum':
      'Big-data platform "{system}" processes much personal information but is graded level {level}; in principle it is at least level {minimum}',
    'mlps.grading.expertReviewMissing':
      '"{system}" is initially graded level {level} and has no expert review on record (date and reviewers)',
    'mlps.grading.approvalMissing':
      '"{system}" is initially graded level {level}; the unit has a competent department, and its approval is not on record (date and authority)',
    'mlps.grading.competentDepartmentUnanswered':
      '"{system}" is initially graded level {level}: say whether the unit has an industry competent department (if so, its approval is needed)',
    'mlps.grading.publicPlatformBelowMinimum':
      '"{system}" serves the public and is graded level {level}; under GB/T 22240-2020 such platforms are in principle at least level {minimum}',
    'mlps.grading.expertReviewBeforeGrading':
      'The expert review of "{system}" ({reviewedOn}) predates its current grading ({gradedOn}): a re-grading goes through expert review again',
    'mlps.grading.expertReviewBeforeChange':
      '"{system}" was re-graded or changed materially on {changedOn}, after its expert review ({reviewedOn}): it goes through expert review again',

    'mlps.filing.numberFormat': 'Filing-form number "{value}" must be exactly 11 digits',
    'mlps.schedule.gradingDateMissing': 'A level-{level} object files within a deadline after grading: enter the grading date',
    'mlps.schedule.goLiveDateMissing': 'A new level-{level} system files within a deadline after going live: enter the go-live date',

    'mlps.catalog.duplicateControlPoint': 'Control point id {id} appears more than once',
    'mlps.catalog.unknownFamily': 'Family {family} is not defined in the catalog',
    'mlps.catalog.duplicateItemId': 'Item id {id} appears more than once',
    'mlps.catalog.itemIdMismatch': 'Item id {id} does not match its level, family or requirement set',
    'mlps.catalog.unknownControlPoint': 'Item {id} refers to control point {controlPoint}, which does not exist',
    'mlps.catalog.controlPointMismatch': 'Item {id} and its control point {controlPoint} differ in family or requirement set',
    'mlps.catalog.countMismatch': 'The catalog has {actual} items for {set}/{family} at level {level}; the standard has {expected}',

    'mlps.assessment.levelNotInCatalog': 'Catalog {catalog} has no items for level {level}',
    'mlps.assessment.itemNotInScope': 'Item {itemId} is not part of level {level} or of the extensions that apply to the object',
    'mlps.assessment.duplicateItem': 'Item {itemId} is entered more than once',
    'mlps.assessment.controlPointNotInScope':
      'Control point {controlPointId} is not part of level {level} or of the extensions that apply to the object',
    'mlps.assessment.incomplete':
      '{unassessed, plural, one {# item is} other {# items are}} not yet assessed; the score covers the assessed items only',
    'mlps.assessment.gapWithoutRisk': 'Item {itemId} has a gap but no risk rating',
    'mlps.assessment.riskOnCompliant': 'Item {itemId} is compliant; its risk rating does not count',

    // Major hidden risks (重大风险隐患)
    'mlps.majorHiddenRisk.principle.relevance': 'Relevance',
    'mlps.majorHiddenRisk.principle.severity': 'Severity',
    'mlps.majorHiddenRisk.principle.frequency': 'Frequency',
    'mlps.majorHiddenRisk.itemsRequired': 'Choose at least one finding (requirement item) it stems from',
    'mlps.majorHiddenRisk.principlesRequired': 'Choose at least one principle it was judged by',
    'mlps.majorHiddenRisk.itemNotInScope': "Item {itemId} is not in this object's assessment (level or extensions differ)",
    'mlps.majorHiddenRisk.duplicateItem': 'Item {itemId} is chosen twice',
    'mlps.majorHiddenRisk.dateWithoutRemediation': 'A major hidden risk not yet remediated cannot have a remediation date',
    'mlps.majorHiddenRisk.remediatedBeforeFound': 'The remediation date cannot be before the day it was found ({found})',
    'mlps.majorHiddenRisk.tally': '{recorded} ({remediated} remediated)',
    'mlps.provisional': 'provisional',
    'mlps.provisionalNote': 'Provisional: {unassessed} applicable items not yet assessed',

    'mlps.dr.unknownLevel': 'Disaster-recovery level {level} does not exist (levels are 1–6)',
    'mlps.dr.rtoOutsideLevel': 'Target RTO of {value} minutes is inconsistent with level {level} (commonly {range} minutes)',
    'mlps.dr.rpoOutsideLevel': 'Target RPO of {value} minutes is inconsistent with level {level} (commonly {range} minutes)',
    'mlps.dr.testedRtoAboveTarget': "The drill's RTO of {tested} minutes exceeds the target of {target} minutes",
    'mlps.dr.testedRpoAboveTarget': "The drill's RPO of {tested} minutes exceeds the target of {target} minutes",
    'mlps.dr.elementBelowLevel':
      '{element} meets only level {met}, below the chosen level {level}: a level is reached only when all seven elements meet it',
    'mlps.dr.elementsUnjudged': '{count} element(s) not judged yet',
    'mlps.drElement.dataBackup': 'Data backup system',
    'mlps.drElement.backupDataProcessing': 'Backup data-processing system',
    'mlps.drElement.backupNetwork': 'Backup network system',
    'mlps.drElement.backupInfrastructure': 'Backup infrastructure',
    'mlps.drElement.technicalSupport': 'Specialist technical support',
    'mlps.drElement.operationsManagement': 'Operation and maintenance management',
    'mlps.drElement.recoveryPlan': 'Disaster-recovery plan',

    'mlps.duties.systemAndAuditAdmin':
      '{person} is both system administrator and audit administrator; the posts must be held by different people',
    'mlps.duties.systemAndSecurityAdmin':
      '{person} is both system administrator and security administrator; the posts must be held by different people',
    'mlps.duties.auditAndSecurityAdmin':
      '{person} is both audit administrator and security administrator; the posts must be held by different people',
    'mlps.validation.date': 'Write the date as MM/DD/YYYY or YYYY-MM-DD, e.g. 03/31/2025 or 2025-03-31',
    'mlps.validation.harmedObject':
      'The object harmed is citizen (rights of citizens, legal persons and organisations), society (social order, public interest) or nation (national security)',
    'mlps.validation.harmDegree': 'The degree of harm is general, serious or especially-serious',
    'mlps.validation.itemId': 'An item id looks like L3-CES1-01',

    'mlps.filingForm.profileMissing': 'The enterprise profile is not filled in: table 1 of the filing form cannot be generated',
    'mlps.filingForm.notGraded': '"{system}" is not graded: table 3 of the filing form cannot be generated',
    'mlps.filingForm.gradingReportMissing': '"{system}" files with its grading report, which is not uploaded yet',
    'mlps.filingForm.documentMissing': '"{system}": table 4 of the filing form lacks {document}',

    'mlps.object.notFound': 'Protected object {id} does not exist',
    'mlps.object.numberTaken': 'Number {number} is already used by another object',
    'mlps.object.hostsOthers': '"{name}" hosts {systems}: move them elsewhere before removing it',
    'mlps.object.hostNotFound': 'Hosting platform {hostId} is not in the register of protected objects',
    'mlps.object.hostCycle': 'Hosting cannot go in a circle: an object cannot run on itself, directly or through others',
    'mlps.assessment.notGraded': '"{system}" is not graded yet, so the items that apply are not known',
    'mlps.assessment.copySameObject': 'An assessment cannot be copied onto the same object',
    'mlps.filing.notGraded': '"{system}" is not graded yet and cannot be filed',
    'mlps.catalog.sameAsBuiltIn':
      "Catalog {id} (version {version}) has the built-in catalog's id and version: give it another id or version",
    'mlps.catalog.notFound': 'Catalog {id} (version {version}) does not exist',
    'mlps.catalog.shape': 'In the catalog file, {field} is not in the expected form: {detail}',
    'mlps.record.notFound': 'Record {id} does not exist; it may have been removed',
    'mlps.reference.notFound': 'The record {id} referred to does not exist',
    'mlps.data.duplicateId': 'Id {id} appears more than once',

    'mlps.remediationStatus.open': 'Not started',
    'mlps.remediationStatus.in-progress': 'In progress',
    'mlps.remediationStatus.done': 'Done',
    'mlps.remediationStatus.cancelled': 'Cancelled',
    'mlps.actionPlan.sheet': 'Action plan',
    'mlps.actionPlan.column.object': 'Protected object',
    'mlps.actionPlan.column.number': 'Number',
    'mlps.actionPlan.column.level': 'Level',
    'mlps.actionPlan.column.item': 'Item',
    'mlps.actionPlan.column.family': 'Family',
    'mlps.actionPlan.column.controlPoint': 'Control point',
    'mlps.actionPlan.column.requirement': 'Requirement (summary)',
    'mlps.actionPlan.column.status': 'Status',
    'mlps.actionPlan.column.risk': 'Risk',
    'mlps.actionPlan.column.note': 'Evidence and notes',
    'mlps.actionPlan.column.task': 'Remediation task',
    'mlps.actionPlan.column.owner': 'Owner',
    'mlps.actionPlan.column.due': 'Due',
    'mlps.actionPlan.column.taskStatus': 'Task status',
    'mlps.actionPlan.column.cost': 'Cost (10k CNY)',
  },
);
