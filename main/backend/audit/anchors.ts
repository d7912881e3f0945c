/**
 * The audit log held to the heads that the backups' names recorded. A backup's name is written outside the
 * database, so re-hashing the log or cutting its newest entries — which the chain alone cannot reveal —
 * leaves a backup name whose entry the log no longer holds. A restore rewinds the log on purpose (and records
 * so), so only backups taken since the last restore are held to it.
 */
import type Database from 'better-sqlite3';
import type { StoredAuditVerification } from '../../../shared/contract/audit/schemas';
import { backupAnchors } from '../backup/files';

export function checkBackupAnchors(db: Database.Database, dataDir: string): StoredAuditVerification['backupAnchors'] {
  const lastRestoreAt = db.prepare("SELECT MAX(at) FROM audit_log WHERE method = 'backup.restore'").pluck().get() as string | null;
  const hashAt = db.prepare('SELECT hash FROM audit_log WHERE seq = ?').pluck();
  const held = backupAnchors(dataDir).filter((anchor) => lastRestoreAt === null || anchor.createdAt > lastRestoreAt);
  const contradicted = held
    .filter((anchor) => anchor.seq > 0 && !((hashAt.get(anchor.seq) as string | undefined)?.startsWith(anchor.hashPrefix) ?? false))
    .map((anchor) => ({ backup: anchor.backup, seq: anchor.seq }));
  return { checked: held.length, contradicted };
}
