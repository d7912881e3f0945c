/**
 * Disaster-recovery capability levels (GB/T 20988-2007) with the commonly cited RTO/RPO ranges, as data.
 */
import { drLevelsCatalogSchema, type DrLevelsCatalog } from '../../contract/mlps/schemas';

const HOUR = 60;
const DAY = 24 * HOUR;

export const drLevels: DrLevelsCatalog = drLevelsCatalogSchema.parse({
  id: 'gbt20988-2007-levels',
  version: '1.0.0',
  notes:
    'GB/T 20988-2007 disaster-recovery capability levels 1–6 (superseded by GB/T 20988-2025 from 2026-01-01). ' +
    'Names from docs/standards.md §5. The RTO/RPO ranges are the commonly cited ones, unverified against the ' +
    'standard; "hours" is read as at least 1 hour and "minutes" as 1–60 minutes.',
  rangesVerified: false,
  levels: [
    { level: 1, nameZh: '基本支持', nameEn: 'Basic support', rto: { min: 2 * DAY, minExclusive: true, max: null }, rpo: { min: DAY, max: 7 * DAY } },
    { level: 2, nameZh: '备用场地支持', nameEn: 'Alternate site support', rto: { min: DAY, max: null }, rpo: { min: DAY, max: 7 * DAY } },
    { level: 3, nameZh: '电子传输和部分设备支持', nameEn: 'Electronic transfer and partial equipment support', rto: { min: 12 * HOUR, max: null }, rpo: { min: HOUR, max: DAY } },
    { level: 4, nameZh: '电子传输及完整设备支持', nameEn: 'Electronic transfer and full equipment support', rto: { min: HOUR, max: 2 * DAY }, rpo: { min: HOUR, max: DAY } },
    { level: 5, nameZh: '实时数据传输及完整设备支持', nameEn: 'Real-time data transfer and full equipment support', rto: { min: 1, max: 2 * DAY }, rpo: { min: 0, max: 30 } },
    { level: 6, nameZh: '数据零丢失和远程集群支持', nameEn: 'Zero data loss and remote cluster support', rto: { min: 1, max: HOUR }, rpo: { min: 0, max: 0 } },
  ],
});
