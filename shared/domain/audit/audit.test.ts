import crypto from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../contract/audit/schemas';
import { AUDIT_GENESIS_HASH, auditEntryHash, auditHashInput, canonicalJson, sha256Hex, utf8Bytes, verifyAuditChain } from '.';

const nodeSha = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ])('gives the FIPS 180-4 digest of %j', (text, digest) => {
    expect(sha256Hex(text)).toBe(digest);
  });

  it('agrees with Node crypto on any text, Chinese and lone surrogates included, across block boundaries', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => sha256Hex(text) === nodeSha(text)),
      { numRuns: 300 },
    );
    for (const length of [55, 56, 63, 64, 65, 119, 120]) expect(sha256Hex('登'.repeat(length))).toBe(nodeSha('登'.repeat(length)));
  });

  it('encodes the code points at each UTF-8 length boundary, and surrogates paired or alone, as Buffer does', () => {
    // A random string seldom lands exactly on a boundary or puts a surrogate next to the wrong neighbour.
    const samples = [
      '\u007f',
      '\u0080',
      '\u07ff',
      '\u0800',
      '\uffff',
      '\u{10000}',
      '\u{10ffff}',
      '登😀',
      '\ud800',
      '\udfff',
      '\ud800a',
      'é\udc00',
      'x\ud83d',
      '\udc00\udc00',
      '\ud800\ue000',
    ];
    for (const text of samples) expect([...utf8Bytes(text)], JSON.stringify(text)).toEqual([...Buffer.from(text, 'utf8')]);
  });

  it('hashes raw bytes as it hashes the text they encode', () => {
    expect(sha256Hex(Buffer.from('登高 audit', 'utf8'))).toBe(sha256Hex('登高 audit'));
  });

  it('encodes UTF-8 as Buffer does', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => Buffer.from(utf8Bytes(text)).equals(Buffer.from(text, 'utf8'))));
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth, drops undefined members and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: true, y: null }], c: '登高' }, u: undefined })).toBe(
      '{"a":{"c":"登高","d":[1,{"y":null,"z":true}]},"b":1}',
    );
    expect(canonicalJson([Number.NaN, Infinity, -0, 1e21])).toBe('[null,null,0,1e+21]');
  });

  it('orders integer-like keys as text too, which JavaScript objects do not', () => {
    expect(canonicalJson({ b: 1, 10: 2, 9: 3, a: { 2: 'x', 1: 'y' } })).toBe('{"10":2,"9":3,"a":{"1":"y","2":"x"},"b":1}');
  });

  it('writes a Date as JSON does, and nothing for undefined at the top', () => {
    expect(canonicalJson({ at: new Date('2025-03-01T08:00:00Z') })).toBe('{"at":"2025-03-01T08:00:00.000Z"}');
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('is stable through a parse: the stored text re-hashes to the same value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => canonicalJson(JSON.parse(canonicalJson(value))) === canonicalJson(value)));
  });

  it('does not depend on key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (object) => {
        const reversed = Object.fromEntries(Object.entries(object).reverse());
        return canonicalJson(reversed) === canonicalJson(object);
      }),
    );
  });
});

function chainOf(count: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  let prevHash = AUDIT_GENESIS_HASH;
  for (let seq = 1; seq <= count; seq++) {
    const fields = {
      seq,
      at: `2025-03-0${seq}T08:00:00.000Z`,
      actor: '李晓华',
      method: 'profile.save',
      entity: 'profile',
      before: seq === 1 ? null : { name: `v${seq - 1}` },
      after: { name: `v${seq}` },
    };
    const hash = auditEntryHash(prevHash, fields);
    entries.push({ ...fields, prevHash, hash });
    prevHash = hash;
  }
  return entries;
}

describe('auditHashInput', () => {
  it('is the previous hash followed by the canonical JSON of the entry without its hashes', () => {
    const entry = fc.record({
      seq: fc.integer({ min: 1 }),
      at: fc.string(),
      actor: fc.string(),
      method: fc.string(),
      entity: fc.option(fc.string(), { nil: null }),
      before: fc.jsonValue(),
      after: fc.jsonValue(),
    });
    fc.assert(fc.property(entry, (e) => auditHashInput(AUDIT_GENESIS_HASH, e) === AUDIT_GENESIS_HASH + canonicalJson(e)));
  });
});

describe('verifyAuditChain', () => {
  it('accepts an intact chain and returns its head; an empty chain is whole', () => {
    const chain = chainOf(5);
    expect(verifyAuditChain(chain)).toEqual({ ok: true, entries: 5, head: chain[4]!.hash });
    expect(verifyAuditChain([])).toEqual({ ok: true, entries: 0, head: null });
  });

  it('names the entry whose content was edited', () => {
    const chain = chainOf(5);
    chain[2] = { ...chain[2]!, after: { name: 'forged' } };
    expect(verifyAuditChain(chain).firstBroken).toEqual({ seq: 3, index: 2, reason: 'content' });
  });

  it('names the entry after one that was re-hashed to hide an edit (the link breaks)', () => {
    const chain = chainOf(5);
    const forged = { ...chain[1]!, actor: 'someone else' };
    chain[1] = { ...forged, hash: auditEntryHash(forged.prevHash, forged) };
    expect(verifyAuditChain(chain).firstBroken).toEqual({ seq: 3, index: 2, reason: 'link' });
  });

  it('names where entries were removed or reordered', () => {
    const chain = chainOf(5);
    expect(verifyAuditChain([...chain.slice(0, 2), ...chain.slice(3)]).firstBroken).toMatchObject({ seq: 4, reason: 'sequence' });
    expect(verifyAuditChain([chain[1]!, chain[0]!]).firstBroken).toMatchObject({ index: 0, reason: 'sequence' });
  });

  it('detects any single-field change to any entry', () => {
    const chain = chainOf(6);
    fc.assert(
      fc.property(
        fc.nat(5),
        fc.constantFrom('at', 'actor', 'method', 'entity', 'before', 'after'),
        fc.string({ minLength: 1 }),
        (index, field, value) => {
          const copy = chain.map((e) => ({ ...e }));
          if (JSON.stringify(copy[index]![field as keyof AuditEntry]) === JSON.stringify(value)) return true;
          (copy[index] as Record<string, unknown>)[field] = value;
          const result = verifyAuditChain(copy);
          return !result.ok && result.firstBroken?.seq === index + 1;
        },
      ),
    );
  });
});
