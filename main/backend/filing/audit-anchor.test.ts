/**
 * A sender's audit history, anchored. A hash chain alone cannot show that its newest entries were cut off, or
 * that the whole chain was re-hashed after an edit: both give a chain that verifies. The signed manifest names
 * the chain's head, and a receiver holds each sender to the head its previous filing signed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/contract/audit/schemas';
import { AUDIT_GENESIS_HASH, auditEntryHash } from '../../../shared/domain/audit/chain';
import { EMPTY_ESTATE, filingData } from '../../../test/fixtures/filing-data';
import { enterpriseKeys, signedPackage } from '../../../test/fixtures/filing-packages';
import { expectOk, makeTempDir, tempBackend } from '../../../test/support/workspace';
import type { SigningKeys } from './keys';

const sender = { name: '戊子公司', uscc: '91440000MA1FL0000R' };
const data = filingData({
  ...sender,
  year: 2026,
  answers: null,
  targetGrade: 'B',
  ...EMPTY_ESTATE,
});

let work: string;
let keys: SigningKeys;
let receiver: ReturnType<typeof tempBackend>;
let packages = 0;

/** A valid chain of the given writes, as the sender's workspace would have appended them. */
function chain(writes: Array<{ method: string; actor?: string; before?: unknown }>): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (const [index, write] of writes.entries()) {
    const prevHash = entries.at(-1)?.hash ?? AUDIT_GENESIS_HASH;
    const fields = {
      seq: index + 1,
      at: `2026-0${1 + (index % 9)}-01T08:00:00.000Z`,
      actor: write.actor ?? '李晓华',
      method: write.method,
      entity: 'profile',
      before: (write.before ?? null) as AuditEntry['before'],
      after: null,
    };
    entries.push({ ...fields, prevHash, hash: auditEntryHash(prevHash, fields) });
  }
  return entries;
}

const headOf = (entries: AuditEntry[]) => ({ seq: entries.at(-1)?.seq ?? 0, hash: entries.at(-1)?.hash ?? AUDIT_GENESIS_HASH });

async function filed(entries: AuditEntry[], options: { carryLog?: boolean; head?: { seq: number; hash: string } } = {}): Promise<string> {
  return signedPackage({
    out: path.join(work, `anchored-${++packages}.dgpkg`),
    keys,
    enterprise: sender,
    period: '2026',
    data,
    ...(options.carryLog === false ? {} : { auditLog: entries }),
    auditHead: options.head ?? headOf(entries),
  });
}

function refusalCode(result: { ok: boolean }): string {
  if (result.ok) throw new Error('expected a refusal');
  return (result as unknown as { error: { code: string } }).error.code;
}

const history = chain([{ method: 'profile.save' }, { method: 'sam.import' }, { method: 'assessment.finalize' }]);

beforeAll(async () => {
  work = makeTempDir('denggao-audit-anchor-');
  receiver = tempBackend();
  const made = await enterpriseKeys(work, sender);
  keys = made.keys;
  expectOk(await receiver.call('filing.trust.add', { path: made.certificate }));
  expectOk(await receiver.call('filing.import', { path: await filed(history) }));
});

afterAll(() => {
  receiver.dispose();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('the signed head', () => {
  it('must be the newest entry of the log the package carries', async () => {
    const truncated = history.slice(0, 2);
    const file = await filed(truncated, { head: headOf(history) });
    const verify = expectOk(await receiver.call('filing.verify', { path: file }));
    expect(verify.errors.map((e) => [e.code, e.file])).toEqual([['filing.verify.auditHeadMismatch', 'audit/log.json']]);
  });
});

describe('the next filing of the same sender', () => {
  it('is refused when the chain was re-hashed after an edit, though it verifies on its own', async () => {
    const rewritten = chain([
      { method: 'profile.save' },
      { method: 'sam.import', actor: '另一个人' },
      { method: 'assessment.finalize' },
      { method: 'profile.save' },
    ]);
    const file = await filed(rewritten);
    expect(expectOk(await receiver.call('filing.verify', { path: file })).valid).toBe(true);
    const before = expectOk(await receiver.call('filing.filings.list', {})).length;
    expect(refusalCode(await receiver.call('filing.import', { path: file }))).toBe('filing.import.auditHistoryDiverged');
    expect(expectOk(await receiver.call('filing.filings.list', {}))).toHaveLength(before);
  });

  it('is refused when the newest entries were cut off, with or without the log carried', async () => {
    expect(refusalCode(await receiver.call('filing.import', { path: await filed(history.slice(0, 2)) }))).toBe(
      'filing.import.auditHistoryDiverged',
    );
    expect(refusalCode(await receiver.call('filing.import', { path: await filed(history.slice(0, 2), { carryLog: false }) }))).toBe(
      'filing.import.auditHistoryDiverged',
    );
  });

  it('is taken when the history carries on, or when a restore entry names the history it replaced', async () => {
    const continued = chain([
      { method: 'profile.save' },
      { method: 'sam.import' },
      { method: 'assessment.finalize' },
      { method: 'plan.save' },
    ]);
    expect(continued.slice(0, 3)).toEqual(history);
    expectOk(await receiver.call('filing.import', { path: await filed(continued) }));

    // The sender restored a backup made after entry 2: the log rewinds, and the restore says what it replaced.
    const restored = chain([
      { method: 'profile.save' },
      { method: 'sam.import' },
      { method: 'backup.restore', before: { safetyBackup: 'x.sqlite', auditHead: headOf(continued) } },
    ]);
    expectOk(await receiver.call('filing.import', { path: await filed(restored) }));
  });
});
