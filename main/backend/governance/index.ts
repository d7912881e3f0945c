import type Database from 'better-sqlite3';
import type { Finding } from '../../../shared/contract/core';
import type { GovernanceView } from '../../../shared/contract/governance/methods';
import type { CioRecord, GovernanceData, ItDepartment, ItPerformance } from '../../../shared/contract/governance/schemas';
import {
  cioGaps,
  departmentGaps,
  governanceDeadlines,
  governanceFindingText,
  performanceCoverage,
  performanceGaps,
  validateCio,
  validateDepartment,
  validatePerformance,
} from '../../../shared/domain/governance';
import type { Locale } from '../../../shared/i18n';
import type { DataSection, DomainHandlers, HandlerContext } from '../context';
import { localIsoDate } from '../dates';
import { refuseWithFindings } from '../findings';
import { clearGovernance, readGovernance, writeCio, writeDepartment, writePerformance } from './repository';

export function governanceView(db: Database.Database, asOf: string): GovernanceView {
  const data = readGovernance(db);
  return {
    data,
    gaps: { cio: cioGaps(data.cio), department: departmentGaps(data.department), performance: performanceGaps(data.performance) },
    coverage: performanceCoverage(data.performance),
    deadlines: governanceDeadlines(data, asOf).map(({ deadline, completedOn, status }) => ({
      id: deadline.id,
      date: deadline.date,
      completedOn,
      status,
    })),
  };
}

function refuse(findings: Finding[], locale: Locale): never {
  refuseWithFindings('governance.record.invalid', findings, (finding) => governanceFindingText(finding, locale));
}

/** Bad input refuses the save with the findings at their fields; gaps are only shown. */
function save<T>(validate: (record: T, asOf: { asOf: string }) => Finding[], write: (db: Database.Database, record: T, at: Date) => void) {
  return (record: T, { db, now, locale }: HandlerContext): GovernanceView => {
    const asOf = localIsoDate(now());
    const findings = validate(record, { asOf });
    if (findings.length > 0) refuse(findings, locale);
    write(db, record, now());
    return governanceView(db, asOf);
  };
}

export const governanceHandlers: DomainHandlers<'governance'> = {
  'governance.get': (_input, { db, now }) => governanceView(db, localIsoDate(now())),
  'governance.saveCio': save<CioRecord>(validateCio, writeCio),
  'governance.saveDepartment': save<ItDepartment>(validateDepartment, writeDepartment),
  'governance.savePerformance': save<ItPerformance>(validatePerformance, writePerformance),
};

/** An imported document passes the same rules as a save: one bad record and nothing is imported. */
function checkImported(data: GovernanceData, asOf: string): Finding[] {
  const prefixed = (prefix: string, findings: Finding[]) =>
    findings.map((f) => ({ ...f, field: `governance.${prefix}${f.field ? `.${f.field}` : ''}` }));
  return [
    ...(data.cio ? prefixed('cio', validateCio(data.cio, { asOf })) : []),
    ...(data.department ? prefixed('department', validateDepartment(data.department, { asOf })) : []),
    ...(data.performance ? prefixed('performance', validatePerformance(data.performance, { asOf })) : []),
  ];
}

export const governanceData: DataSection<'governance'> = {
  key: 'governance',
  exportData: (db) => readGovernance(db),
  importData(db, data) {
    const now = new Date();
    const findings = checkImported(data, localIsoDate(now));
    if (findings.length > 0) refuse(findings, 'zh-CN');
    if (data.cio) writeCio(db, data.cio, now);
    if (data.department) writeDepartment(db, data.department, now);
    if (data.performance) writePerformance(db, data.performance, now);
    return [data.cio, data.department, data.performance].filter((record) => record !== null).length;
  },
  clear: clearGovernance,
};
