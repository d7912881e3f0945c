/**
 * What leaves the workspace holds committed state only, and every committed write has its audit entry:
 * a signed package, a data export or a backup taken while an import runs holds none of the rows the import
 * then rolls back; a write whose entry cannot be written commits nothing; the signing itself is recorded.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_ESTATE, filingData } from '../../test/fixtures/filing-data';
import { enterpriseKeys, signedPackage } from '../../test/fixtures/filing-packages';
import { expectOk, sampleProfile, tempBackend } from '../../test/support/workspace';

const PASSPHRASE = 'sender-passphrase';
const BIG_IMPORT_ROWS = 30_000;

let backend: ReturnType<typeof tempBackend>;
let work: string;
beforeEach(async () => {
  backend = tempBackend();
  work = fs.mkdtempSync(path.join(backend.dataDir, 'work-'));
  expectOk(await backend.call('profile.save', sampleProfile()));
});
afterEach(() => backend.dispose());

function installationsFile(rows: number, lastRow?: string): string {
  const lines = ['厂商,软件名称,计算机名', ...Array.from({ length: rows }, (_, index) => `微软,Office,PC-${index}`)];
  if (lastRow !== undefined) lines.push(lastRow);
  const file = path.join(work, `installations-${rows}.csv`);
  fs.writeFileSync(file, lines.join('\n'));
  return file;
}

function packageMember(pkg: string, member: string): Buffer {
  return execFileSync('unzip', ['-p', pkg, member], { maxBuffer: 256 * 1024 * 1024 });
}

function installationsIn(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM sam_installations').pluck().get() as number;
  } finally {
    db.close();
  }
}

/**
 * Runs a large SAM import that ends without committing — cancelled part-way, or refused for its last row —
 * and calls `during` once the import's transaction holds thousands of rows.
 */
async function importThatRollsBack<T>(
  ending: 'cancel' | 'refusedRow',
  during: () => Promise<T>,
): Promise<{ duringResult: T; order: string[] }> {
  const file = installationsFile(BIG_IMPORT_ROWS, ending === 'refusedRow' ? '微软,,PC-without-a-name' : undefined);
  const jobId = `import-${ending}`;
  const order: string[] = [];
  let pending: Promise<T> | undefined;
  const stop = backend.on('progress', (event) => {
    if (event.jobId !== jobId || pending !== undefined || event.done < 4_000) return;
    pending = during().then((result) => {
      order.push('during');
      return result;
    });
    if (ending === 'cancel') void backend.call('jobs.cancel', { jobId });
  });
  const imported = await backend.call('sam.import.commit', { path: file }, { jobId });
  order.push('import');
  stop();
  if (ending === 'cancel') expect(!imported.ok && imported.error.code).toBe('error.cancelled');
  else expect(expectOk(imported).committed).toBe(false);
  expect(pending).toBeDefined();
  return { duringResult: await pending!, order };
}

describe('what leaves the workspace while an import runs', () => {
  it.each(['cancel', 'refusedRow'] as const)(
    'a package signed during an import that ends with %s holds none of its rows',
    async (ending) => {
      expectOk(await backend.call('filing.keys.generate', { passphrase: PASSPHRASE }));
      const out = path.join(work, 'during-import.dgpkg');
      const { duringResult, order } = await importThatRollsBack(ending, () =>
        backend.call('filing.export', { period: '2025', passphrase: PASSPHRASE, out }),
      );
      expectOk(duringResult);
      expect(order).toEqual(['import', 'during']);
      const filed = JSON.parse(packageMember(out, 'data/workspace.json').toString('utf8')) as { sam: { installations: unknown[] } };
      expect(filed.sam.installations).toEqual([]);
    },
  );

  it('a data export and a backup taken during an import that is cancelled hold none of its rows', async () => {
    const { duringResult } = await importThatRollsBack('cancel', async () => ({
      exported: expectOk(await backend.call('workspace.exportData', {})),
      backup: expectOk(await backend.call('backup.create', {})),
    }));
    expect(duringResult.exported.sam.installations).toEqual([]);
    // Taken inside the import's open transaction, the copy used to be an empty file reported as a backup.
    expect(installationsIn(duringResult.backup.path)).toBe(0);
    const copy = new Database(duringResult.backup.path, { readonly: true });
    expect(copy.prepare('SELECT name FROM profile').pluck().get()).toBe(sampleProfile().name);
    copy.close();
  });

  it('plain reads still answer during an import (they are not held back)', async () => {
    let importDone = false;
    const { duringResult } = await importThatRollsBack('refusedRow', async () => ({
      listed: await backend.call('sam.list', { register: 'products' }),
      importDone,
    }));
    importDone = true;
    expect(duringResult.listed.ok).toBe(true);
    expect(duringResult.importDone).toBe(false);
  });
});

describe('signing a package', () => {
  it('is recorded in the audit log: who, when, the package id, the manifest’s SHA-256, the period and sections — never the passphrase', async () => {
    expectOk(await backend.call('workspace.saveSettings', { actorName: '李晓华' }));
    expectOk(await backend.call('filing.keys.generate', { passphrase: PASSPHRASE }));
    const exported = expectOk(await backend.call('filing.export', { period: '2025', passphrase: PASSPHRASE, sections: ['profile'] }));
    const manifestSha256 = crypto.createHash('sha256').update(packageMember(exported.path, 'manifest.json')).digest('hex');

    const [entry] = expectOk(await backend.call('audit.list', {})).entries;
    expect(entry).toMatchObject({
      method: 'filing.export',
      actor: '李晓华',
      entity: `filing.package:${exported.packageId}`,
      after: {
        packageId: exported.packageId,
        manifestSha256,
        period: '2025',
        sections: ['profile'],
        signerFingerprint: exported.signerFingerprint,
        path: exported.path,
      },
    });
    expect(JSON.stringify(entry)).not.toContain(PASSPHRASE);
    expect(expectOk(await backend.call('audit.verify', {})).ok).toBe(true);
  });
});

describe('a write whose audit entry cannot be written', () => {
  /** From another connection, as a crash between a commit and its entry would leave it: appending fails. */
  function refuseAuditEntries(): void {
    const raw = new Database(backend.databaseFile);
    raw.exec("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'simulated crash before the entry'); END");
    raw.close();
  }

  it('commits none of a SAM import’s rows', async () => {
    const file = installationsFile(500);
    refuseAuditEntries();
    const result = await backend.call('sam.import.commit', { path: file });
    expect(result.ok).toBe(false);
    expect(installationsIn(backend.databaseFile)).toBe(0);
  });

  it('keeps no package signed meanwhile, and no record of it', async () => {
    expectOk(await backend.call('filing.keys.generate', { passphrase: PASSPHRASE }));
    const out = path.join(work, 'unrecorded.dgpkg');
    refuseAuditEntries();
    const result = await backend.call('filing.export', { period: '2025', passphrase: PASSPHRASE, out });
    expect(result.ok).toBe(false);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(work)).toEqual([]);
  });
});

describe('backups before a filing import', () => {
  const other = { name: '丁子公司', uscc: '91440000MA1FL0000R' };

  async function packageOfOther(): Promise<{ file: string; certificate: string }> {
    const { keys, certificate } = await enterpriseKeys(work, other);
    const data = filingData({
      ...other,
      year: 2025,
      answers: null,
      targetGrade: 'B',
      ...EMPTY_ESTATE,
    });
    return {
      file: await signedPackage({ out: path.join(work, 'other.dgpkg'), keys, enterprise: other, period: '2025', data }),
      certificate,
    };
  }

  it('21 refused packages write no backup and leave the backup taken before a restore', async () => {
    const restored = expectOk(await backend.call('backup.restore', { path: expectOk(await backend.call('backup.create', {})).path }));
    const { file, certificate } = await packageOfOther();
    const before = expectOk(await backend.call('backup.list', {}));
    for (let attempt = 0; attempt < 21; attempt++) {
      const refused = await backend.call('filing.import', { path: file });
      expect(!refused.ok && refused.error.code).toBe('filing.import.notVerified'); // its signer is not trusted
    }
    expect(expectOk(await backend.call('backup.list', {}))).toEqual(before);
    expect(before.map((backup) => backup.name)).toContain(restored.safetyBackup.name);

    // Once it verifies, the import backs up first, and its audit entry names that backup.
    expectOk(await backend.call('filing.trust.add', { path: certificate }));
    expectOk(await backend.call('filing.import', { path: file }));
    const written = expectOk(await backend.call('backup.list', {})).filter((backup) => !before.some((old) => old.name === backup.name));
    expect(written.map((backup) => backup.kind)).toEqual(['pre-import']);
    const [entry] = expectOk(await backend.call('audit.list', {})).entries;
    expect(entry).toMatchObject({ method: 'filing.import', before: { backup: written[0]!.name } });
  });

  it('keeps no filing when its audit entry cannot be written', async () => {
    const { file, certificate } = await packageOfOther();
    expectOk(await backend.call('filing.trust.add', { path: certificate }));
    const raw = new Database(backend.databaseFile);
    raw.exec("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'simulated crash before the entry'); END");
    raw.close();
    expect((await backend.call('filing.import', { path: file })).ok).toBe(false);
    const db = new Database(backend.databaseFile, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM received_filings').pluck().get()).toBe(0);
    db.close();
    expect(fs.readdirSync(path.join(backend.dataDir, 'filings'))).toEqual([]);
  });
});
