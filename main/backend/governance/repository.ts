import type Database from 'better-sqlite3';
import {
  CIO_DUTY_IDS,
  IMPLEMENTATION_IDS,
  type CioDutyAssignment,
  type CioDutyId,
  type CioRecord,
  type GovernanceData,
  type ImplementationId,
  type ImplementationStatus,
  type ItDepartment,
  type ItPerformance,
  type KpiLevel,
  type ResponsibilityArea,
} from '../../../shared/contract/governance/schemas';

const bit = (value: boolean) => (value ? 1 : 0);

interface CioRow {
  appointed: number;
  name: string;
  position: string;
  appointed_on: string | null;
  concurrent: number;
  right_decision: number;
  right_approval: number;
  right_consulted: number;
  rights_document: string;
}

export function readCio(db: Database.Database): CioRecord | null {
  const row = db.prepare('SELECT * FROM governance_cio WHERE id = 1').get() as CioRow | undefined;
  if (!row) return null;
  const dutyRows = db.prepare('SELECT duty, assigned, document FROM governance_cio_duties').all() as {
    duty: CioDutyId;
    assigned: number;
    document: string;
  }[];
  const byDuty = new Map(dutyRows.map((d) => [d.duty, d]));
  // Rebuilt in the catalog's order so the record reads the same however it was saved.
  const duties: Partial<Record<CioDutyId, CioDutyAssignment>> = {};
  for (const id of CIO_DUTY_IDS) {
    const duty = byDuty.get(id);
    if (duty) duties[id] = { assigned: duty.assigned === 1, document: duty.document };
  }
  const trainings = db.prepare('SELECT title, organizer, attended_on, hours FROM governance_cio_trainings ORDER BY ordinal').all() as {
    title: string;
    organizer: string;
    attended_on: string;
    hours: number | null;
  }[];
  return {
    appointed: row.appointed === 1,
    name: row.name,
    position: row.position,
    appointedOn: row.appointed_on,
    concurrent: row.concurrent === 1,
    duties,
    rights: {
      decision: row.right_decision === 1,
      approval: row.right_approval === 1,
      consultedOnMajorDecisions: row.right_consulted === 1,
      document: row.rights_document,
    },
    trainings: trainings.map((t) => ({ title: t.title, organizer: t.organizer, attendedOn: t.attended_on, hours: t.hours })),
  };
}

export function writeCio(db: Database.Database, cio: CioRecord, updatedAt: Date): void {
  db.prepare('DELETE FROM governance_cio').run();
  db.prepare('DELETE FROM governance_cio_duties').run();
  db.prepare('DELETE FROM governance_cio_trainings').run();
  db.prepare(
    `INSERT INTO governance_cio (id, appointed, name, position, appointed_on, concurrent, right_decision, right_approval,
       right_consulted, rights_document, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    bit(cio.appointed),
    cio.name,
    cio.position,
    cio.appointedOn,
    bit(cio.concurrent),
    bit(cio.rights.decision),
    bit(cio.rights.approval),
    bit(cio.rights.consultedOnMajorDecisions),
    cio.rights.document,
    updatedAt.toISOString(),
  );
  const duty = db.prepare('INSERT INTO governance_cio_duties (duty, assigned, document) VALUES (?, ?, ?)');
  for (const [id, assignment] of Object.entries(cio.duties)) if (assignment) duty.run(id, bit(assignment.assigned), assignment.document);
  const training = db.prepare(
    'INSERT INTO governance_cio_trainings (ordinal, title, organizer, attended_on, hours) VALUES (?, ?, ?, ?, ?)',
  );
  cio.trainings.forEach((t, index) => training.run(index, t.title, t.organizer, t.attendedOn, t.hours));
}

export function readDepartment(db: Database.Database): ItDepartment | null {
  const row = db.prepare('SELECT name, established_on, staff_count FROM governance_department WHERE id = 1').get() as
    { name: string; established_on: string | null; staff_count: number } | undefined;
  if (!row) return null;
  const rows = db.prepare('SELECT implementation, status, evidence FROM governance_implementations').all() as {
    implementation: ImplementationId;
    status: ImplementationStatus;
    evidence: string;
  }[];
  const byId = new Map(rows.map((r) => [r.implementation, r]));
  const implementation = (id: ImplementationId) => ({
    status: byId.get(id)?.status ?? 'not-started',
    evidence: byId.get(id)?.evidence ?? '',
  });
  const roster = db.prepare('SELECT name, position, duties FROM governance_roster ORDER BY ordinal').all() as ItDepartment['roster'];
  return {
    name: row.name,
    establishedOn: row.established_on,
    implementations: {
      organization: implementation('organization'),
      functions: implementation('functions'),
      staff: implementation('staff'),
      responsibility: implementation('responsibility'),
    },
    staffCount: row.staff_count,
    roster,
  };
}

export function writeDepartment(db: Database.Database, department: ItDepartment, updatedAt: Date): void {
  db.prepare('DELETE FROM governance_department').run();
  db.prepare('DELETE FROM governance_implementations').run();
  db.prepare('DELETE FROM governance_roster').run();
  db.prepare('INSERT INTO governance_department (id, name, established_on, staff_count, updated_at) VALUES (1, ?, ?, ?, ?)').run(
    department.name,
    department.establishedOn,
    department.staffCount,
    updatedAt.toISOString(),
  );
  const implementation = db.prepare('INSERT INTO governance_implementations (implementation, status, evidence) VALUES (?, ?, ?)');
  for (const id of IMPLEMENTATION_IDS)
    implementation.run(id, department.implementations[id].status, department.implementations[id].evidence);
  const person = db.prepare('INSERT INTO governance_roster (ordinal, name, position, duties) VALUES (?, ?, ?, ?)');
  department.roster.forEach((p, index) => person.run(index, p.name, p.position, p.duties));
}

export function readPerformance(db: Database.Database): ItPerformance | null {
  const row = db.prepare('SELECT established, established_on, document FROM governance_performance WHERE id = 1').get() as
    { established: number; established_on: string | null; document: string } | undefined;
  if (!row) return null;
  const kpis = db.prepare('SELECT id, name, owner_unit, level, target FROM governance_kpis ORDER BY ordinal').all() as {
    id: string;
    name: string;
    owner_unit: string;
    level: KpiLevel;
    target: string;
  }[];
  const areas = db.prepare('SELECT area FROM governance_kpi_areas WHERE kpi_id = ? ORDER BY ordinal').pluck();
  const actuals = db.prepare('SELECT period, value FROM governance_kpi_actuals WHERE kpi_id = ? ORDER BY ordinal');
  return {
    established: row.established === 1,
    establishedOn: row.established_on,
    document: row.document,
    kpis: kpis.map((k) => ({
      id: k.id,
      name: k.name,
      ownerUnit: k.owner_unit,
      level: k.level,
      target: k.target,
      areas: areas.all(k.id) as ResponsibilityArea[],
      actuals: actuals.all(k.id) as { period: string; value: string }[],
    })),
  };
}

export function writePerformance(db: Database.Database, performance: ItPerformance, updatedAt: Date): void {
  db.prepare('DELETE FROM governance_performance').run();
  // Areas and actuals go with their KPI (ON DELETE CASCADE).
  db.prepare('DELETE FROM governance_kpis').run();
  db.prepare('INSERT INTO governance_performance (id, established, established_on, document, updated_at) VALUES (1, ?, ?, ?, ?)').run(
    bit(performance.established),
    performance.establishedOn,
    performance.document,
    updatedAt.toISOString(),
  );
  const kpi = db.prepare('INSERT INTO governance_kpis (id, ordinal, name, owner_unit, level, target) VALUES (?, ?, ?, ?, ?, ?)');
  const area = db.prepare('INSERT INTO governance_kpi_areas (kpi_id, ordinal, area) VALUES (?, ?, ?)');
  const actual = db.prepare('INSERT INTO governance_kpi_actuals (kpi_id, ordinal, period, value) VALUES (?, ?, ?, ?)');
  performance.kpis.forEach((k, index) => {
    kpi.run(k.id, index, k.name, k.ownerUnit, k.level, k.target);
    // A repeated area says nothing more; it is kept once.
    [...new Set(k.areas)].forEach((a, i) => area.run(k.id, i, a));
    k.actuals.forEach((a, i) => actual.run(k.id, i, a.period, a.value));
  });
}

export function readGovernance(db: Database.Database): GovernanceData {
  return { cio: readCio(db), department: readDepartment(db), performance: readPerformance(db) };
}

export function clearGovernance(db: Database.Database): void {
  for (const table of [
    'governance_cio_duties',
    'governance_cio_trainings',
    'governance_cio',
    'governance_implementations',
    'governance_roster',
    'governance_department',
    'governance_kpis',
    'governance_performance',
  ]) {
    db.prepare(`DELETE FROM ${table}`).run();
  }
}
