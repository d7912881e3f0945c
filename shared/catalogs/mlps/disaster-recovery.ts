/**
 * Disaster-recovery capability levels (GB/T 20988-2007) as data: per level, a checklist for each of the seven
 * elements (a level is reached only when all seven meet it), and the commonly cited RTO/RPO ranges of the
 * informative appendix. GB/T 20988-2025 (in force from 2026-01-01) can be loaded as a new version of this catalog.
 */
import type { DrLevelsCatalog } from '../../contract/mlps/schemas';

const HOUR = 60;
const DAY = 24 * HOUR;

/** A checklist line in both languages. */
type Line = readonly [zh: string, en: string];
const list = (...lines: Line[]) => ({ zh: lines.map(([zh]) => zh), en: lines.map(([, en]) => en) });

// Lines several levels share, in our own short wording (the standard's text is not reproduced).
const FULL_BACKUP_WEEKLY: Line = ['完全数据备份至少每周一次', 'Full data backup at least weekly'];
const FULL_BACKUP_DAILY: Line = ['完全数据备份至少每天一次', 'Full data backup at least daily'];
const MEDIA_OFFSITE: Line = ['备份介质场外存放', 'Backup media stored off site'];
const MEDIA_SITE: Line = ['有符合介质存放条件的场地', 'A site fit for storing backup media'];
const RECOVERY_SITE: Line = [
  '有满足系统和关键业务功能恢复运作要求的场地',
  'A site fit for running the recovered systems and key business functions',
];
const SITE_24X7: Line = ['以上场地 7×24 小时运作', 'The sites above operate 7×24'];
const MEDIA_RULES: Line = ['有介质存取、验证和转储管理制度', 'Rules for access to, verification and transfer of media'];
const MEDIA_CHECKS: Line = ['按介质特性定期验证备份数据的有效性', 'Backup data verified regularly as the media require'];
const TESTED_PLAN: Line = ['有经过完整测试和演练的灾难恢复预案', 'A disaster-recovery plan, fully tested and rehearsed'];
const PARTIAL_PROCESSING: Line = ['配备灾难恢复所需的部分数据处理设备', 'Part of the data-processing equipment recovery needs is in place'];
const FULL_PROCESSING: Line = [
  '配备灾难恢复所需的全部数据处理设备，处于就绪或运行状态',
  'All the data-processing equipment recovery needs, ready or running',
];
const PARTIAL_NETWORK: Line = ['配备部分通信线路和相应的网络设备', 'Part of the communication lines and network equipment in place'];
const FULL_LINES: Line = ['配备灾难恢复所需的通信线路', 'The communication lines recovery needs'];
const FULL_NETWORK: Line = ['配备灾难恢复所需的网络设备，处于就绪状态', 'The network equipment recovery needs, ready'];
const ROOM_STAFF_24X7: Line = ['灾备中心有 7×24 小时专职机房管理人员', '7×24 dedicated machine-room staff at the backup centre'];
const BACKUP_STAFF: Line = ['有专职数据备份技术支持人员', 'Dedicated data-backup technical support'];
const HW_NET_STAFF: Line = ['有专职硬件、网络技术支持人员', 'Dedicated hardware and network technical support'];
const ROOM_RULES: Line = ['有备用机房运行管理制度', 'Rules for running the backup machine room'];
const HW_NET_RULES: Line = ['有硬件和网络运行管理制度', 'Rules for running hardware and networks'];
const BATCH_TRANSFER: Line = [
  '每天多次经通信网络将关键数据定时批量传送至备用场地',
  'Key data sent to the backup site in batches over the network several times a day',
];

const NONE = list();
const level34Infrastructure = list(MEDIA_SITE, RECOVERY_SITE, SITE_24X7);

export const drLevels: DrLevelsCatalog = {
  id: 'gbt20988-2007-levels',
  version: '2.0.0',
  notes:
    'GB/T 20988-2007 disaster-recovery capability levels 1–6 (superseded by GB/T 20988-2025 from 2026-01-01). A level ' +
    'is reached only when all seven elements meet it (docs/standards.md §5). The per-element checklists are our own ' +
    'short summaries of the 2007 text, unverified against the standard; an empty checklist means the level asks ' +
    "nothing of that element. The RTO/RPO ranges are the informative appendix's commonly cited values, unverified; " +
    '"hours" is read as at least 1 hour and "minutes" as 1–60 minutes.',
  rangesVerified: false,
  requirementsVerified: false,
  levels: [
    {
      level: 1,
      nameZh: '基本支持',
      nameEn: 'Basic support',
      rto: { min: 2 * DAY, minExclusive: true, max: null },
      rpo: { min: DAY, minExclusive: false, max: 7 * DAY },
      requirements: {
        dataBackup: list(FULL_BACKUP_WEEKLY, MEDIA_OFFSITE),
        backupDataProcessing: NONE,
        backupNetwork: NONE,
        backupInfrastructure: list(MEDIA_SITE),
        technicalSupport: NONE,
        operationsManagement: list(MEDIA_RULES, MEDIA_CHECKS),
        recoveryPlan: list(TESTED_PLAN),
      },
    },
    {
      level: 2,
      nameZh: '备用场地支持',
      nameEn: 'Alternate site support',
      rto: { min: DAY, minExclusive: false, max: null },
      rpo: { min: DAY, minExclusive: false, max: 7 * DAY },
      requirements: {
        dataBackup: list(FULL_BACKUP_WEEKLY, MEDIA_OFFSITE),
        backupDataProcessing: list([
          '配备部分数据处理设备，或灾后能在预定时间内调配到备用场地',
          'Part of the processing equipment, or equipment delivered to the backup site in the agreed time',
        ]),
        backupNetwork: list([
          '配备部分通信线路和网络设备，或灾后能在预定时间内调配到备用场地',
          'Part of the lines and network equipment, or delivered to the backup site in the agreed time',
        ]),
        backupInfrastructure: list(MEDIA_SITE, RECOVERY_SITE),
        technicalSupport: NONE,
        operationsManagement: list(
          MEDIA_RULES,
          MEDIA_CHECKS,
          ['有备用站点管理制度', 'Rules for managing the backup site'],
          ['与厂商有符合恢复时间要求的紧急供货协议', 'Emergency supply agreements with vendors that meet the recovery time'],
          ['与运营商有符合恢复时间要求的备用通信线路协议', 'Backup line agreements with carriers that meet the recovery time'],
        ),
        recoveryPlan: list(TESTED_PLAN),
      },
    },
    {
      level: 3,
      nameZh: '电子传输和部分设备支持',
      nameEn: 'Electronic transfer and partial equipment support',
      rto: { min: 12 * HOUR, minExclusive: false, max: null },
      rpo: { min: HOUR, minExclusive: false, max: DAY },
      requirements: {
        dataBackup: list(FULL_BACKUP_DAILY, MEDIA_OFFSITE, BATCH_TRANSFER),
        backupDataProcessing: list(PARTIAL_PROCESSING),
        backupNetwork: list(PARTIAL_NETWORK),
        backupInfrastructure: list(MEDIA_SITE, RECOVERY_SITE),
        technicalSupport: list(['灾备中心有专职机房运行管理人员', 'Dedicated machine-room operators at the backup centre']),
        operationsManagement: list(
          MEDIA_RULES,
          MEDIA_CHECKS,
          ROOM_RULES,
          ['有备用数据处理设备硬件维护管理制度', 'Rules for maintaining the backup processing hardware'],
          ['有电子传输数据备份系统运行管理制度', 'Rules for running the electronic-transfer backup system'],
        ),
        recoveryPlan: list(TESTED_PLAN),
      },
    },
    {
      level: 4,
      nameZh: '电子传输及完整设备支持',
      nameEn: 'Electronic transfer and full equipment support',
      rto: { min: HOUR, minExclusive: false, max: 2 * DAY },
      rpo: { min: HOUR, minExclusive: false, max: DAY },
      requirements: {
        dataBackup: list(FULL_BACKUP_DAILY, MEDIA_OFFSITE, BATCH_TRANSFER),
        backupDataProcessing: list(FULL_PROCESSING),
        backupNetwork: list(FULL_LINES, FULL_NETWORK),
        backupInfrastructure: level34Infrastructure,
        technicalSupport: list(ROOM_STAFF_24X7, BACKUP_STAFF, HW_NET_STAFF),
        operationsManagement: list(MEDIA_RULES, MEDIA_CHECKS, ROOM_RULES, HW_NET_RULES, [
          '有电子传输数据备份系统运行管理制度',
          'Rules for running the electronic-transfer backup system',
        ]),
        recoveryPlan: list(TESTED_PLAN),
      },
    },
    {
      level: 5,
      nameZh: '实时数据传输及完整设备支持',
      nameEn: 'Real-time data transfer and full equipment support',
      rto: { min: 1, minExclusive: false, max: 2 * DAY },
      rpo: { min: 0, minExclusive: false, max: 30 },
      requirements: {
        dataBackup: list(FULL_BACKUP_DAILY, MEDIA_OFFSITE, [
          '以远程数据复制技术经通信网络将关键数据实时复制到备用场地',
          'Key data replicated to the backup site in real time over the network',
        ]),
        backupDataProcessing: list(FULL_PROCESSING),
        backupNetwork: list(FULL_LINES, FULL_NETWORK, [
          '具备通信网络自动或集中切换能力',
          'Networks switch over automatically or centrally',
        ]),
        backupInfrastructure: level34Infrastructure,
        technicalSupport: list(
          ROOM_STAFF_24X7,
          ['有 7×24 小时专职数据备份技术支持人员', '7×24 dedicated data-backup support'],
          ['有 7×24 小时专职硬件、网络技术支持人员', '7×24 dedicated hardware and network support'],
        ),
        operationsManagement: list(MEDIA_RULES, MEDIA_CHECKS, ROOM_RULES, HW_NET_RULES, [
          '有实时数据备份系统运行管理制度',
          'Rules for running the real-time backup system',
        ]),
        recoveryPlan: list(TESTED_PLAN),
      },
    },
    {
      level: 6,
      nameZh: '数据零丢失和远程集群支持',
      nameEn: 'Zero data loss and remote cluster support',
      rto: { min: 1, minExclusive: false, max: HOUR },
      rpo: { min: 0, minExclusive: false, max: 0 },
      requirements: {
        dataBackup: list(FULL_BACKUP_DAILY, MEDIA_OFFSITE, ['远程实时备份，实现数据零丢失', 'Remote real-time backup with zero data loss']),
        backupDataProcessing: list(
          ['备用系统与生产系统处理能力一致且完全兼容', 'The backup system matches and is fully compatible with production'],
          ['应用软件集群化，可实时无缝切换', 'Clustered applications that switch over seamlessly in real time'],
          ['远程集群系统实时监控和自动切换', 'Real-time monitoring and automatic switch-over of the remote cluster'],
        ),
        backupNetwork: list(
          ['配备与主系统同等级的通信线路和网络设备', 'Lines and network equipment of the same grade as the main system'],
          ['备用网络处于运行状态', 'The backup network is running'],
          ['最终用户可经网络同时接入主、备中心', 'End users reach the main and backup centres at once over the network'],
        ),
        backupInfrastructure: level34Infrastructure,
        technicalSupport: list(
          ROOM_STAFF_24X7,
          ['有 7×24 小时专职数据备份、硬件和网络技术支持人员', '7×24 dedicated data-backup, hardware and network support'],
          ['有 7×24 小时专职操作系统、数据库和应用软件技术支持人员', '7×24 dedicated operating-system, database and application support'],
        ),
        operationsManagement: list(
          MEDIA_RULES,
          MEDIA_CHECKS,
          ROOM_RULES,
          HW_NET_RULES,
          ['有实时数据备份系统运行管理制度', 'Rules for running the real-time backup system'],
          ['有操作系统、数据库和应用软件运行管理制度', 'Rules for running operating systems, databases and applications'],
        ),
        recoveryPlan: list(TESTED_PLAN),
      },
    },
  ],
};
