import type { Migration } from '../migrate';

/**
 * The audit log: one row per recorded write, each carrying the hash of the one before (docs/audit-log.md).
 * Append-only: triggers refuse UPDATE and DELETE, so history can only be changed by editing the file
 * outside the program — which the hash chain then reveals.
 */
export const migration008Audit: Migration = {
  version: 8,
  name: 'audit',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY CHECK (seq >= 1),
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        method TEXT NOT NULL,
        entity TEXT,
        before_json TEXT NOT NULL,
        after_json TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_log_method ON audit_log (method, seq);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `);
  },
};
