/** SQL for climbing plans and their progress snapshots. Writes run inside the caller's transaction. */
import type Database from 'better-sqlite3';
import type { Plan, PlanRecord, ProgressSnapshot } from '../../../shared/contract/plan/schemas';

interface PlanRow {
  id: string;
  year: number;
  body: string;
  status: PlanRecord['status'];
  ready_at: string | null;
  ready_by: string | null;
  updated_at: string;
}

interface SnapshotRow {
  id: string;
  date: string;
  text: string;
  milestones: string;
  created_at: string;
  created_by: string;
}

function readSnapshots(db: Database.Database, planId: string): ProgressSnapshot[] {
  const rows = db.prepare('SELECT * FROM plan_snapshots WHERE plan_id = ? ORDER BY date, created_at').all(planId) as SnapshotRow[];
  return rows.map((row) => ({
    id: row.id,
    date: row.date,
    text: row.text,
    createdAt: row.created_at,
    createdBy: row.created_by,
    milestones: JSON.parse(row.milestones) as ProgressSnapshot['milestones'],
  }));
}

function toRecord(db: Database.Database, row: PlanRow): PlanRecord {
  return {
    plan: JSON.parse(row.body) as Plan,
    status: row.status,
    readyAt: row.ready_at,
    readyBy: row.ready_by,
    updatedAt: row.updated_at,
    snapshots: readSnapshots(db, row.id),
  };
}

export function readPlan(db: Database.Database, id: string): PlanRecord | undefined {
  const row = db.prepare('SELECT * FROM plans WHERE id = ?').get(id) as PlanRow | undefined;
  return row && toRecord(db, row);
}

export function planOfYear(db: Database.Database, year: number): PlanRecord | undefined {
  const row = db.prepare('SELECT * FROM plans WHERE year = ?').get(year) as PlanRow | undefined;
  return row && toRecord(db, row);
}

export function latestPlan(db: Database.Database): PlanRecord | undefined {
  const row = db.prepare('SELECT * FROM plans ORDER BY year DESC LIMIT 1').get() as PlanRow | undefined;
  return row && toRecord(db, row);
}

export function listPlans(db: Database.Database): PlanRecord[] {
  return (db.prepare('SELECT * FROM plans ORDER BY year').all() as PlanRow[]).map((row) => toRecord(db, row));
}

/** Writes the plan row (not its snapshots). */
export function writePlan(db: Database.Database, record: Omit<PlanRecord, 'snapshots'>): void {
  db.prepare(
    `INSERT INTO plans (id, year, body, status, ready_at, ready_by, updated_at) VALUES (@id, @year, @body, @status, @readyAt, @readyBy, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET year = excluded.year, body = excluded.body, status = excluded.status,
       ready_at = excluded.ready_at, ready_by = excluded.ready_by, updated_at = excluded.updated_at`,
  ).run({
    id: record.plan.id,
    year: record.plan.year,
    body: JSON.stringify(record.plan),
    status: record.status,
    readyAt: record.readyAt,
    readyBy: record.readyBy,
    updatedAt: record.updatedAt,
  });
}

export function insertSnapshot(db: Database.Database, planId: string, snapshot: ProgressSnapshot): void {
  db.prepare('INSERT INTO plan_snapshots (id, plan_id, date, text, milestones, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    snapshot.id,
    planId,
    snapshot.date,
    snapshot.text,
    JSON.stringify(snapshot.milestones),
    snapshot.createdAt,
    snapshot.createdBy,
  );
}
