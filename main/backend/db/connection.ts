/**
 * The workspace's one SQLite connection, which a restore can swap for another file while the backend stays
 * up. Calls run through `run()`; a restore runs through `exclusive()`, which refuses while other work is in
 * flight and holds new calls back until the new file is open, so no call ever sees a closed connection.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { syncFolder } from '../backup/files';
import { AppError } from '../errors';
import type { OpenMaintenance } from '../open-maintenance';
import { openDatabase, type Migration } from './migrate';

/** Left in the data folder by a restore that crashed before its rename; never a live database. */
export const RESTORE_TEMP_PREFIX = '.restore-';

/** The replacement could not be opened or failed its check; the previous database is back in place and open. */
export class SwapRolledBack extends Error {
  constructor(readonly reason: unknown) {
    super(`swap rolled back: ${reason instanceof Error ? reason.message : String(reason)}`);
    this.name = 'SwapRolledBack';
  }
}

export class WorkspaceConnection {
  private current: Database.Database;
  private active = 0;
  private gate: Promise<void> | null = null;
  /** The backup written before migrating at the last open, if any. */
  migrationBackupFile: string | null;

  /** The maintenance the last open found due, not yet run; and the run under way, which every call waits for. */
  private due: readonly OpenMaintenance[] = [];
  private maintaining: Promise<void> | null = null;

  /**
   * `maintenance` is looked at on every database this connection opens (at start, and after a restore swaps the
   * file): the place for a domain to rebuild a derived cache a migration asked for, with the domain's rules
   * rather than SQL. What is due runs before the next call, inside a transaction the connection holds, as
   * migrations do: what it writes lands whole or not at all (see main/backend/open-maintenance.ts).
   */
  constructor(
    readonly file: string,
    private readonly migrations: readonly Migration[],
    private readonly maintenance: readonly OpenMaintenance[] = [],
  ) {
    const opened = openDatabase(file, migrations);
    this.current = opened.db;
    this.findDueMaintenance();
    this.migrationBackupFile = opened.backupFile;
    removeRestoreLeftovers(path.dirname(file));
  }

  get db(): Database.Database {
    return this.current;
  }

  /** Runs one call; waits while a restore holds the connection. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    while (this.gate) await this.gate;
    this.active++;
    try {
      if (this.due.length > 0) await this.maintainIfDue(); // no await otherwise: a call runs as it always did
      return await work();
    } finally {
      this.active--;
      for (const wake of this.drainWaiters.splice(0)) wake();
    }
  }

  private drainWaiters: (() => void)[] = [];

  /**
   * Runs `wait` (a call queued for its turn to write) without counting the call as in flight, so a restore
   * that holds the turn never waits on calls queued behind it; `begin` marks the call in flight again.
   */
  async queued<T>(wait: (begin: () => void) => Promise<T>): Promise<T> {
    this.active--;
    for (const wake of this.drainWaiters.splice(0)) wake();
    let begun = false;
    try {
      return await wait(() => {
        begun = true;
        this.active++;
      });
    } finally {
      if (!begun) this.active++; // balance run()'s decrement
    }
  }

  /**
   * Runs work that replaces the database, from inside a `run()` call: new calls wait from now on; calls
   * already in flight are given up to `drainMs` to finish (a restore should not fail because a save was
   * ending), after which the restore is refused as busy and nothing changes.
   */
  async exclusive<T>(work: () => Promise<T>, drainMs = 30_000): Promise<T> {
    let release!: () => void;
    this.gate = new Promise((resolve) => (release = resolve));
    try {
      const deadline = Date.now() + drainMs;
      while (this.active > 1 && Date.now() < deadline) {
        await new Promise<void>((wake) => {
          this.drainWaiters.push(wake);
          setTimeout(wake, Math.max(0, deadline - Date.now())).unref?.();
        });
      }
      if (this.active > 1) throw new AppError('backup.restore.busy', { running: this.active - 1 });
      return await work();
    } finally {
      this.gate = null;
      release();
    }
  }

  /**
   * Puts `replacement` (a complete, checked, self-contained database file in the same folder) in place of the
   * workspace file, opens it (migrating it if it is older) and runs `check` on it. If opening or the check
   * fails, the previous file goes back and is reopened, and SwapRolledBack says so: the workspace is then as
   * it was. Crash-safe at every step: the workspace file is always one whole database, the old or the new;
   * the old one's extra name (a hard link) is a leftover removed at the next start.
   */
  swapIn(replacement: string, check: (db: Database.Database) => void = () => undefined): { fromVersion: number; toVersion: number } {
    this.current.pragma('wal_checkpoint(TRUNCATE)');
    this.current.close();
    const previous = path.join(path.dirname(this.file), `${RESTORE_TEMP_PREFIX}previous-${crypto.randomUUID()}.sqlite`);
    try {
      keepUnderSecondName(this.file, previous);
      // A -wal left beside the file would be replayed into the new database: it must go first.
      for (const suffix of ['-wal', '-shm']) fs.rmSync(this.file + suffix, { force: true });
      fs.renameSync(replacement, this.file);
      syncFolder(path.dirname(this.file));
    } catch (error) {
      fs.rmSync(previous, { force: true });
      this.reopen();
      throw error;
    }
    try {
      const opened = this.reopen();
      check(this.current);
      fs.rmSync(previous, { force: true });
      return opened;
    } catch (error) {
      this.putBack(previous);
      throw new SwapRolledBack(error);
    }
  }

  private putBack(previous: string): void {
    if (this.current.open) this.current.close();
    for (const suffix of ['-wal', '-shm']) fs.rmSync(this.file + suffix, { force: true });
    fs.renameSync(previous, this.file);
    syncFolder(path.dirname(this.file));
    this.reopen();
  }

  close(): void {
    this.current.close();
  }

  private findDueMaintenance(): void {
    this.due = this.maintenance.filter((step) => step.isDue(this.current));
  }

  /**
   * Runs the maintenance found due, once, whichever call comes first; the others wait for it. A step that fails
   * stays due, and the call that met it fails with its error.
   */
  private async maintainIfDue(): Promise<void> {
    this.maintaining ??= (async () => {
      const steps = await Promise.all(this.due.map((step) => step.load()));
      const db = this.current;
      db.transaction(() => steps.forEach((step) => step(db)))();
      this.due = [];
    })().finally(() => (this.maintaining = null));
    await this.maintaining;
  }

  private reopen(): { fromVersion: number; toVersion: number } {
    const opened = openDatabase(this.file, this.migrations);
    this.current = opened.db;
    this.findDueMaintenance();
    if (opened.backupFile) this.migrationBackupFile = opened.backupFile;
    return { fromVersion: opened.fromVersion, toVersion: opened.toVersion };
  }
}

/** A second name for the same file (a copy where the disk has no hard links), so a rename over it keeps the old content. */
function keepUnderSecondName(file: string, second: string): void {
  try {
    fs.linkSync(file, second);
  } catch {
    fs.copyFileSync(file, second);
  }
}

function removeRestoreLeftovers(folder: string): void {
  for (const name of fs.readdirSync(folder)) if (name.startsWith(RESTORE_TEMP_PREFIX)) fs.rmSync(path.join(folder, name), { force: true });
}
