import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/contract/audit/schemas';
import { AUDIT_GENESIS_HASH, auditEntryHash, verifyAuditChain } from '../../../shared/domain/audit';
import { checkAuditLogStream } from './json-stream';
import { nodeSha256 } from './log';

/** A valid chain whose values hold what could confuse a splitter: brackets, braces, quotes and escapes in strings. */
function chain(length: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  let prevHash = AUDIT_GENESIS_HASH;
  for (let seq = 1; seq <= length; seq++) {
    const fields = {
      seq,
      at: '2025-03-01T08:00:00.000Z',
      actor: '李晓华',
      method: 'profile.save',
      entity: 'profile',
      before: null,
      after: { name: `名称 "${seq}" ]},[{ \\`, list: [1, { a: '}' }] },
    };
    const hash = auditEntryHash(prevHash, fields, nodeSha256);
    entries.push({ ...fields, prevHash, hash });
    prevHash = hash;
  }
  return entries;
}

/** The bytes in pieces of `size` bytes, so entries, strings and UTF-8 characters are cut everywhere. */
async function* pieces(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = Buffer.from(text, 'utf8');
  for (let offset = 0; offset < bytes.length; offset += size) yield bytes.subarray(offset, offset + size);
}

describe('an audit log checked as it streams', () => {
  it.each([1, 7, 4096])('gives the same verdict as parsing it whole, in pieces of %i bytes', async (size) => {
    const entries = chain(5);
    const text = `${JSON.stringify(entries, null, size === 7 ? 2 : undefined)}\n`;
    expect(await checkAuditLogStream(pieces(text, size))).toEqual({ ok: true, chain: verifyAuditChain(entries, nodeSha256) });
  });

  it('names the first entry whose content was edited, like the whole-log check', async () => {
    const entries = chain(4);
    entries[2] = { ...entries[2]!, actor: '伪造' };
    const result = await checkAuditLogStream(pieces(JSON.stringify(entries), 100));
    expect(result).toEqual({ ok: true, chain: verifyAuditChain(entries, nodeSha256) });
    expect(result.ok && result.chain.firstBroken).toMatchObject({ seq: 3, reason: 'content' });
  });

  it.each([
    { name: 'cut short', text: () => JSON.stringify(chain(2)).slice(0, -20), detail: /end of JSON/ },
    { name: 'not an array', text: () => '{"seq":1}', detail: /^\(root\)/ },
    {
      name: 'an entry missing its hash',
      text: () => JSON.stringify(chain(2).map(({ hash: _hash, ...rest }) => rest)),
      detail: /^0\.hash: /,
    },
    { name: 'a trailing comma', text: () => `${JSON.stringify(chain(1)).slice(0, -1)},]`, detail: /^1: / },
    { name: 'something after the array', text: () => `${JSON.stringify(chain(1))} []`, detail: /after the JSON array/ },
  ])('refuses a log $name, saying where', async ({ text, detail }) => {
    const result = await checkAuditLogStream(pieces(text(), 64));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.detail).toMatch(detail);
  });
});
