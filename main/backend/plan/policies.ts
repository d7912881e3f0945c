/**
 * Cycle policies: the built-in ones (shared/catalogs/plan) and those loaded by the user or a receiver, stored
 * by (cycle, version). A cycle is judged by its most recently loaded version, or by the built-in one.
 */
import type Database from 'better-sqlite3';
import { BUILT_IN_POLICIES, findBuiltInPolicy } from '../../../shared/catalogs/plan/policies';
import { planPolicySchema, type PlanPolicy } from '../../../shared/contract/plan/schemas';
import { pickPolicy } from '../../../shared/domain/plan';

interface PolicyRow {
  body: string;
  loaded_at: string;
}

export interface StoredPolicy {
  policy: PlanPolicy;
  /** Null for a built-in policy no loaded version replaces. */
  loadedAt: string | null;
}

/** The policy that judges a cycle's plans (shared/domain/plan `pickPolicy`), or undefined for a cycle nobody loaded. */
export function effectivePolicy(db: Database.Database, cycleId: string): StoredPolicy | undefined {
  const loaded = listLoadedPolicies(db).filter((policy) => policy.id === cycleId);
  const policy = pickPolicy(cycleId, loaded, BUILT_IN_POLICIES);
  if (!policy) return undefined;
  const version = loaded.filter((entry) => entry.version === policy.version).at(-1);
  return { policy, loadedAt: version?.loadedAt ?? null };
}

/** Every known cycle with the policy that judges it: built-in cycles first, then loaded ones by id. */
export function listEffectivePolicies(db: Database.Database): StoredPolicy[] {
  const loadedIds = db.prepare('SELECT DISTINCT id FROM plan_policies ORDER BY id').pluck().all() as string[];
  const ids = [...BUILT_IN_POLICIES.map((policy) => policy.id), ...loadedIds.filter((id) => !findBuiltInPolicy(id))];
  return ids.map((id) => effectivePolicy(db, id)!);
}

/** The stored body of this exact version, if it was loaded before. */
export function storedVersion(db: Database.Database, cycleId: string, version: string): PlanPolicy | undefined {
  const body = db.prepare('SELECT body FROM plan_policies WHERE id = ? AND version = ?').pluck().get(cycleId, version) as
    string | undefined;
  return body === undefined ? undefined : planPolicySchema.parse(JSON.parse(body));
}

export function insertPolicy(db: Database.Database, policy: PlanPolicy, loadedAt: string): void {
  db.prepare('INSERT OR REPLACE INTO plan_policies (id, version, body, loaded_at) VALUES (?, ?, ?, ?)').run(
    policy.id,
    policy.version,
    JSON.stringify(policy),
    loadedAt,
  );
}

/** Every loaded version, oldest first, for the data JSON. */
export function listLoadedPolicies(db: Database.Database): Array<PlanPolicy & { loadedAt: string }> {
  const rows = db.prepare('SELECT body, loaded_at FROM plan_policies ORDER BY loaded_at, rowid').all() as PolicyRow[];
  return rows.map((row) => ({ ...planPolicySchema.parse(JSON.parse(row.body)), loadedAt: row.loaded_at }));
}
