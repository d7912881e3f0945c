/**
 * Verifies a filing package (docs/filing-package.md, "Verification by Denggao") and, for import, extracts
 * it in the same streaming pass. A bad package is not an exception: every problem comes back as
 * `{ code, file?, message }` in the result, so a receiver sees them all at once. Only structure problems
 * stop early, because past them the archive cannot be read safely.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type yauzl from 'yauzl';
import { chainEndsAt } from '../../../shared/domain/audit/chain';
import { type AuditLogCheck, checkAuditLogStream } from '../audit/json-stream';
import type { FilingReceiptVerifyCode, FilingVerifyCode } from '../../../shared/contract/filing/codes';
import { FILING_LIMITS } from '../../../shared/contract/filing/limits';
import { MEMBER, REQUIRED_LISTED_MEMBERS, UNLISTED_MEMBERS } from '../../../shared/contract/filing/paths';
import {
  NEWEST_FORMAT_VERSION_READ,
  manifestSchema,
  type AuditHead,
  type Manifest,
  type ManifestFile,
  type SignerInfo,
  type VerifyError,
  type VerifyResult,
} from '../../../shared/contract/filing/schemas';
import { DEFAULT_LOCALE, type Locale } from '../../../shared/i18n/define';
import { filingError, filingMessage, throwIfAborted, type MessageParams } from './errors';
import { HashingStream, digestsOf, type Digests } from './hashing';
import { WORKER_MIN_BYTES, DigestWorkers, type RangeDigest } from './digest-workers';
import {
  certificatesFrom,
  chainsToTrustedCa,
  describeSigner,
  isValidAt,
  maySignDocuments,
  normalizeFingerprint,
  pemDecodeAll,
  sha256Hex,
  subjectNamesUscc,
  verifyCmsDetached,
} from './pki';
import { sm2PublicKeyFromSpki, sm2Verify } from './sm2';
import { checkStructure, entryDataStart, openEntryStream, openZip, readEntries, type CheckedEntry } from './zip-structure';

/** Whom the receiver trusts. */
export interface TrustOptions {
  /** SHA-256 fingerprints of signer certificates (hex, colons and case ignored). */
  fingerprints?: string[];
  /**
   * Certificates, PEM (several per text allowed) or DER. Each is pinned by its fingerprint, and each that is
   * a CA is an anchor the signer may chain to.
   */
  certificates?: Array<string | Uint8Array>;
}

export interface VerifyProgress {
  phase: 'structure' | 'files' | 'signatures' | 'done';
  /** Bytes of members checked so far. */
  done: number;
  total: number;
}

export interface VerifyOptions {
  trust?: TrustOptions;
  /** Language of the messages in the result. */
  locale?: Locale;
  signal?: AbortSignal;
  onProgress?: (progress: VerifyProgress) => void;
  /** The receiver's clock (certificates must be valid now, and a package cannot come from the future). */
  now?: Date;
}

/** Verifies a package without writing anything. */
export async function verifyPackage(file: string, options: VerifyOptions = {}): Promise<VerifyResult> {
  return inspect(file, options, undefined);
}

/**
 * Verifies and, in the same pass, extracts the package's members into `destDir` (created if missing, refused
 * if not empty). Nothing is written before the structure checks pass, nothing outside `destDir`, and if the
 * package turns out invalid (or the work is cancelled) everything written is removed again.
 */
export async function extractPackage(file: string, destDir: string, options: VerifyOptions = {}): Promise<VerifyResult> {
  const root = resolve(destDir);
  await mkdir(root, { recursive: true });
  if ((await readdir(root)).length > 0) throw filingError('filing.extract.destNotEmpty', { dir: root });
  try {
    const result = await inspect(file, options, root);
    if (!result.valid) await emptyDirectory(root);
    return result;
  } catch (error) {
    await emptyDirectory(root);
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------------------

export class Findings {
  readonly errors: VerifyError[] = [];
  constructor(readonly locale: Locale) {}

  add(code: FilingVerifyCode | FilingReceiptVerifyCode, params: MessageParams = {}, file?: string): void {
    const message = filingMessage(code, { ...params, ...(file === undefined ? {} : { file }) }, this.locale);
    this.errors.push(file === undefined ? { code, message } : { code, file, message });
  }
}

interface Archive {
  zipfile: yauzl.ZipFile;
  file: string;
  entries: Map<string, CheckedEntry>;
  /** Hashes of large stored members, in worker threads (see digest-workers.ts). */
  digests: DigestWorkers;
}

async function inspect(file: string, options: VerifyOptions, extractRoot: string | undefined): Promise<VerifyResult> {
  const findings = new Findings(options.locale ?? DEFAULT_LOCALE);
  throwIfAborted(options.signal);
  options.onProgress?.({ phase: 'structure', done: 0, total: 0 });
  let zipfile: yauzl.ZipFile;
  try {
    zipfile = await openZip(file);
  } catch (error) {
    findings.add('filing.verify.notZip', { detail: (error as Error).message });
    return { valid: false, errors: findings.errors };
  }
  const digests = new DigestWorkers();
  try {
    const structure = await readStructure(zipfile, findings);
    if (!structure) return { valid: false, errors: findings.errors };
    return await inspectMembers({ zipfile, file, entries: structure, digests }, findings, options, extractRoot);
  } finally {
    digests.close();
    zipfile.close();
  }
}

/** Entry count first (from the end record, before any entry is parsed), then each central-directory record. */
async function readStructure(zipfile: yauzl.ZipFile, findings: Findings): Promise<Map<string, CheckedEntry> | undefined> {
  if (zipfile.entryCount > FILING_LIMITS.maxEntries) {
    findings.add('filing.verify.tooManyEntries', { count: zipfile.entryCount, limit: FILING_LIMITS.maxEntries });
    return undefined;
  }
  let rawEntries: yauzl.Entry[];
  try {
    rawEntries = await readEntries(zipfile);
  } catch (error) {
    findings.add('filing.verify.notZip', { detail: (error as Error).message });
    return undefined;
  }
  const { entries, problems } = checkStructure(rawEntries);
  for (const problem of problems) findings.add(problem.code, problem.params, problem.file);
  if (problems.length > 0) return undefined;
  return new Map(entries.map((checked) => [checked.name, checked]));
}

async function inspectMembers(
  archive: Archive,
  findings: Findings,
  options: VerifyOptions,
  extractRoot: string | undefined,
): Promise<VerifyResult> {
  const small = await readSmallMembers(archive, findings);
  const manifestBytes = small.get(MEMBER.manifest);
  const manifest = manifestBytes ? parseManifest(manifestBytes, findings) : undefined;
  if (!manifestBytes && !archive.entries.has(MEMBER.manifest)) findings.add('filing.verify.manifestMissing');

  // Signatures and trust first, from the small members alone: a package whose sender is not proven costs the
  // receiver no disk — its members are hashed for the report, but never extracted.
  throwIfAborted(options.signal);
  options.onProgress?.({ phase: 'signatures', done: 0, total: 0 });
  const signatureFindings = new Findings(findings.locale);
  const document: SignedDocument | undefined = manifestBytes
    ? {
        bytes: manifestBytes,
        claim: manifest ? { signedAt: manifest.createdAt, uscc: manifest.enterprise.uscc } : undefined,
        members: PACKAGE_SIGNATURE_MEMBERS,
        small,
        has: (name) => archive.entries.has(name),
        trust: options.trust ?? {},
        now: options.now ?? new Date(),
      }
    : undefined;
  const signer = document ? await checkSignatures(document, signatureFindings) : undefined;
  const senderProven = signer !== undefined && signatureFindings.errors.length === 0 && findings.errors.length === 0;

  if (!extractRoot || senderProven) await checkFiles(archive, manifest, small, findings, options, senderProven ? extractRoot : undefined);
  const auditListed = manifest?.files.some((listed) => listed.path === MEMBER.auditLog) === true;
  if (auditListed && (!extractRoot || senderProven)) await checkAuditLog(archive, manifest?.auditHead, findings);
  findings.errors.push(...signatureFindings.errors); // reported in step order: files and audit before signatures

  if (extractRoot && findings.errors.length === 0) {
    for (const name of UNLISTED_MEMBERS) {
      const bytes = small.get(name);
      if (bytes) await writeFile(safeTarget(extractRoot, name), bytes, { flag: 'wx' });
    }
  }
  options.onProgress?.({ phase: 'done', done: 0, total: 0 });
  return {
    valid: findings.errors.length === 0,
    errors: findings.errors,
    ...(manifest ? { manifest, manifestSha256: sha256Hex(manifestBytes!) } : {}),
    ...(signer ? { signer } : {}),
  };
}

const PACKAGE_SMALL_MEMBERS: ReadonlyArray<readonly [string, number]> = [
  [MEMBER.manifest, FILING_LIMITS.maxManifestBytes],
  [MEMBER.cms, FILING_LIMITS.maxSignatureMemberBytes],
  [MEMBER.sm2Signature, FILING_LIMITS.maxSignatureMemberBytes],
  [MEMBER.signerCert, FILING_LIMITS.maxSignatureMemberBytes],
  [MEMBER.signerSm2Key, FILING_LIMITS.maxSignatureMemberBytes],
];

/**
 * A small signed container (a receipt): its structure checked like a package's, then the named members read
 * whole within their limits. Undefined when the structure already fails (the findings say why).
 */
export async function readSmallContainer(
  file: string,
  wanted: ReadonlyArray<readonly [string, number]>,
  findings: Findings,
): Promise<{ names: Set<string>; small: Map<string, Uint8Array> } | undefined> {
  let zipfile: yauzl.ZipFile;
  try {
    zipfile = await openZip(file);
  } catch (error) {
    findings.add('filing.verify.notZip', { detail: (error as Error).message });
    return undefined;
  }
  try {
    const entries = await readStructure(zipfile, findings);
    if (!entries) return undefined;
    return { names: new Set(entries.keys()), small: await readSmallMembers({ zipfile, file, entries }, findings, wanted) };
  } finally {
    zipfile.close();
  }
}

/** manifest.json and the signatures/ members are read whole, each within its limit (the audit log streams). */
async function readSmallMembers(
  archive: Pick<Archive, 'zipfile' | 'file' | 'entries'>,
  findings: Findings,
  wanted: ReadonlyArray<readonly [string, number]> = PACKAGE_SMALL_MEMBERS,
): Promise<Map<string, Uint8Array>> {
  const members = new Map<string, Uint8Array>();
  for (const [name, limit] of wanted) {
    const checked = archive.entries.get(name);
    if (!checked) continue;
    if (checked.entry.uncompressedSize > limit) {
      findings.add('filing.verify.memberTooLarge', { limit }, name);
      continue;
    }
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of (await openEntryStream(archive.zipfile, checked.entry, archive.file)).stream) chunks.push(chunk as Buffer);
      members.set(name, Buffer.concat(chunks));
    } catch (error) {
      findings.add('filing.verify.corruptEntry', { detail: (error as Error).message }, name);
    }
  }
  return members;
}

/**
 * The audit log the package carries must be an unbroken hash chain. Its bytes are hashed in the manifest, so
 * the signature also pins its head: entries cut off the end change the file and fail the hash check.
 * Checked as it streams, an entry at a time (a 127 MB log parsed whole took some 600 MB).
 */
async function checkAuditLog(archive: Archive, head: AuditHead | undefined, findings: Findings): Promise<void> {
  const checked = archive.entries.get(MEMBER.auditLog);
  if (!checked) return;
  if (checked.entry.uncompressedSize > FILING_LIMITS.maxAuditLogBytes) {
    findings.add('filing.verify.memberTooLarge', { limit: FILING_LIMITS.maxAuditLogBytes }, MEMBER.auditLog);
    return;
  }
  let result: AuditLogCheck;
  try {
    result = await checkAuditLogStream((await openEntryStream(archive.zipfile, checked.entry, archive.file)).stream);
  } catch (error) {
    findings.add('filing.verify.corruptEntry', { detail: (error as Error).message }, MEMBER.auditLog);
    return;
  }
  if (!result.ok) findings.add('filing.verify.auditLogInvalid', { detail: result.detail }, MEMBER.auditLog);
  else if (result.chain.firstBroken)
    findings.add(
      'filing.verify.auditChainBroken',
      { seq: result.chain.firstBroken.seq, reason: result.chain.firstBroken.reason },
      MEMBER.auditLog,
    );
  else if (head && !chainEndsAt(result.chain, head))
    findings.add('filing.verify.auditHeadMismatch', { seq: head.seq, hash: head.hash }, MEMBER.auditLog);
}

function parseManifest(bytes: Uint8Array, findings: Findings): Manifest | undefined {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    findings.add('filing.verify.manifestNotJson', { detail: (error as Error).message }, MEMBER.manifest);
    return undefined;
  }
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > NEWEST_FORMAT_VERSION_READ) {
    findings.add('filing.verify.unsupportedFormatVersion', { version }, MEMBER.manifest);
    return undefined;
  }
  const parsed = manifestSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues.slice(0, 10)) {
    findings.add('filing.verify.manifestInvalid', { field: issue.path.join('.') || '(root)', detail: issue.message }, MEMBER.manifest);
  }
  return undefined;
}

/** No listed file missing, no member unlisted, and each listed member's size and both hashes as recorded. */
async function checkFiles(
  archive: Archive,
  manifest: Manifest | undefined,
  small: Map<string, Uint8Array>,
  findings: Findings,
  options: VerifyOptions,
  extractRoot: string | undefined,
): Promise<void> {
  if (!manifest) {
    // Without a manifest there is nothing to compare against, but the key files' absence can still be named.
    for (const name of REQUIRED_LISTED_MEMBERS) if (!archive.entries.has(name)) findings.add('filing.verify.fileMissing', {}, name);
    return;
  }
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const name of archive.entries.keys()) {
    if (!listed.has(name) && !UNLISTED_MEMBERS.includes(name)) findings.add('filing.verify.extraFile', {}, name);
  }
  const total = manifest.files.reduce((sum, f) => sum + f.size, 0);
  let done = 0;
  const onBytes = (bytes: number) => {
    done += bytes;
    options.onProgress?.({ phase: 'files', done, total });
  };
  // First every member streams past (SHA-256 here, SM3 of large ones in workers, still running); then the
  // results are compared in manifest order, so the findings read the same however the work overlapped.
  const results: Array<{ expected: ManifestFile; outcome: Promise<MemberOutcome> }> = [];
  for (const expected of manifest.files) {
    throwIfAborted(options.signal);
    const checked = archive.entries.get(expected.path);
    if (!checked) {
      results.push({ expected, outcome: Promise.resolve({ kind: 'missing' }) });
      continue;
    }
    if (checked.entry.uncompressedSize !== expected.size) {
      results.push({ expected, outcome: Promise.resolve({ kind: 'size', actual: checked.entry.uncompressedSize }) });
      continue;
    }
    results.push({
      expected,
      outcome: (await digestMember(archive, checked, small.get(expected.path), options.signal, onBytes, extractRoot)).outcome,
    });
  }
  for (const { expected, outcome } of results) {
    const result = await outcome;
    if (result.kind === 'missing') findings.add('filing.verify.fileMissing', {}, expected.path);
    else if (result.kind === 'size')
      findings.add('filing.verify.sizeMismatch', { expected: expected.size, actual: result.actual }, expected.path);
    else if (result.kind === 'corrupt') findings.add('filing.verify.corruptEntry', { detail: result.detail }, expected.path);
    else {
      const actual = result.digests;
      if (actual.size !== expected.size)
        findings.add('filing.verify.sizeMismatch', { expected: expected.size, actual: actual.size }, expected.path);
      else if (actual.sha256 !== expected.sha256) findings.add('filing.verify.sha256Mismatch', {}, expected.path);
      if (actual.sm3 !== expected.sm3) findings.add('filing.verify.sm3Mismatch', {}, expected.path);
    }
  }
}

type MemberOutcome =
  { kind: 'missing' } | { kind: 'size'; actual: number } | { kind: 'corrupt'; detail: string } | { kind: 'digests'; digests: Digests };

/**
 * Streams one member past its hashes (writing it to the extraction folder at the same time, if asked).
 * Resolves when the bytes have passed; the outcome may wait for a worker's SM3.
 */
async function digestMember(
  archive: Archive,
  checked: CheckedEntry,
  alreadyRead: Uint8Array | undefined,
  signal: AbortSignal | undefined,
  onBytes: (bytes: number) => void,
  extractRoot: string | undefined,
): Promise<{ outcome: Promise<MemberOutcome> }> {
  const done = (outcome: MemberOutcome) => ({ outcome: Promise.resolve(outcome) });
  const corrupt = (error: unknown): MemberOutcome => ({ kind: 'corrupt', detail: (error as Error).message });
  const target = extractRoot ? safeTarget(extractRoot, checked.name) : undefined;
  if (target) await mkdir(dirname(target), { recursive: true });
  if (alreadyRead) {
    onBytes(alreadyRead.byteLength);
    if (target) await writeFile(target, alreadyRead, { flag: 'wx' });
    return done({ kind: 'digests', digests: digestsOf(alreadyRead) });
  }
  const { entry } = checked;
  // A large stored member: its raw bytes in the package are its content, so a worker can hash them in place —
  // SM3 beside this thread's pass, or everything when nothing is extracted and no pass is needed here.
  const inWorker = entry.compressionMethod === 0 && entry.uncompressedSize >= WORKER_MIN_BYTES;
  if (inWorker && !target) return { outcome: hashInPlace(archive, checked, onBytes) };
  const sink = target ? createWriteStream(target, { flags: 'wx' }) : discard();
  let hashing: HashingStream;
  let sm3Job: Promise<RangeDigest> | undefined;
  try {
    const { stream, dataStart } = await openEntryStream(archive.zipfile, entry, archive.file);
    sm3Job = inWorker ? archive.digests.digest(archive.file, dataStart, entry.uncompressedSize) : undefined;
    hashing = new HashingStream(onBytes, { sm3: !inWorker });
    await pipeline(stream, hashing, sink, signal ? { signal } : {});
  } catch (error) {
    sink.destroy();
    if (signal?.aborted) throw filingError('filing.cancelled', {}, { cause: error });
    // A failing disk (EEXIST, ENOSPC, EIO…) is not a bad package: let it surface as an exception.
    if ((error as NodeJS.ErrnoException).syscall !== undefined) throw error;
    return done(corrupt(error));
  }
  if (!sm3Job) return done({ kind: 'digests', digests: hashing.digests() });
  const outcome = sm3Job.then((inPlace): MemberOutcome => {
    // This thread checked the bytes it streamed against the recorded CRC-32; the worker must have seen the same.
    if (inPlace.size !== entry.uncompressedSize || inPlace.crc32 >>> 0 !== entry.crc32 >>> 0)
      return corrupt(new Error('the package changed while it was being verified'));
    return { kind: 'digests', digests: hashing.digests(inPlace.sm3) };
  }, corrupt);
  return { outcome };
}

/** A stored member hashed entirely by a worker, reading its raw range of the package. */
async function hashInPlace(archive: Archive, checked: CheckedEntry, onBytes: (bytes: number) => void): Promise<MemberOutcome> {
  const { entry } = checked;
  try {
    const digest = await archive.digests.digest(archive.file, await entryDataStart(archive.zipfile, entry), entry.uncompressedSize, {
      sha256: true,
    });
    onBytes(digest.size);
    if (digest.size !== entry.uncompressedSize)
      return { kind: 'corrupt', detail: `${digest.size} bytes, ${entry.uncompressedSize} recorded` };
    if (digest.crc32 >>> 0 !== entry.crc32 >>> 0) return { kind: 'corrupt', detail: 'CRC-32 mismatch' };
    return { kind: 'digests', digests: { size: digest.size, sha256: digest.sha256!, sm3: digest.sm3 } };
  } catch (error) {
    return { kind: 'corrupt', detail: (error as Error).message };
  }
}

function discard(): Writable {
  return new Writable({ write: (_chunk, _encoding, callback) => callback() });
}

/** The member's path inside the extraction folder; structure checks already refused anything that could escape. */
function safeTarget(root: string, name: string): string {
  const target = join(root, ...name.split('/'));
  const fromRoot = relative(root, target);
  if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot)) throw new Error(`refusing to extract ${name} outside ${root}`);
  return target;
}

async function emptyDirectory(root: string): Promise<void> {
  for (const child of await readdir(root).catch(() => [] as string[])) await rm(join(root, child), { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------------------
// Signatures and trust: one check for every signed document (the package's manifest, a receipt)

/** The members that carry the two detached signatures over one signed member, and the signer's keys. */
export interface SignatureMembers {
  signed: string;
  cms: string;
  sm2Signature: string;
  signerCert: string;
  signerSm2Key: string;
}

export const PACKAGE_SIGNATURE_MEMBERS: SignatureMembers = {
  signed: MEMBER.manifest,
  cms: MEMBER.cms,
  sm2Signature: MEMBER.sm2Signature,
  signerCert: MEMBER.signerCert,
  signerSm2Key: MEMBER.signerSm2Key,
};

/**
 * What the signature checks read: the signed bytes, what the signed document claims (when and for whom it
 * was signed; undefined when it did not parse), the small members, and whom and when to trust.
 */
export interface SignedDocument {
  bytes: Uint8Array;
  claim: { signedAt: string; uscc: string } | undefined;
  members: SignatureMembers;
  small: Map<string, Uint8Array>;
  /** Whether the container has a member of that name (read or not). */
  has: (name: string) => boolean;
  trust: TrustOptions;
  /** The receiver's clock. */
  now: Date;
}

/** Both signatures and the signer's trust, as docs/filing-package.md steps 4–6 describe them. */
export async function checkSignatures(document: SignedDocument, findings: Findings): Promise<SignerInfo | undefined> {
  const sm2Spki = readSm2Key(document, findings);
  const signer = await checkCms(document, findings, sm2Spki);
  checkSm2(document, findings, sm2Spki);
  return signer;
}

function readSm2Key({ small, members }: SignedDocument, findings: Findings): { der: Uint8Array; publicKeyHex: string } | undefined {
  const pem = small.get(members.signerSm2Key);
  if (!pem) return undefined;
  const der = pemDecodeAll(Buffer.from(pem).toString('latin1'), 'PUBLIC KEY')[0];
  const publicKeyHex = der ? sm2PublicKeyFromSpki(der) : null;
  if (!der || !publicKeyHex) {
    findings.add('filing.verify.sm2KeyMalformed', {}, members.signerSm2Key);
    return undefined;
  }
  return { der, publicKeyHex };
}

function checkSm2({ bytes, small, members, has }: SignedDocument, findings: Findings, sm2Key: { publicKeyHex: string } | undefined): void {
  const signature = small.get(members.sm2Signature);
  if (!signature) {
    if (!has(members.sm2Signature)) findings.add('filing.verify.sm2SignatureMissing', {}, members.sm2Signature);
    return;
  }
  if (sm2Key && !sm2Verify(bytes, signature, sm2Key.publicKeyHex)) findings.add('filing.verify.sm2Invalid', {}, members.sm2Signature);
}

async function checkCms(
  document: SignedDocument,
  findings: Findings,
  sm2Key: { der: Uint8Array } | undefined,
): Promise<SignerInfo | undefined> {
  const { small, members, bytes, has } = document;
  const p7s = small.get(members.cms);
  if (!p7s) {
    if (!has(members.cms)) findings.add('filing.verify.cmsMissing', {}, members.cms);
    return undefined;
  }
  const cms = await verifyCmsDetached(p7s, bytes);
  if (!cms.ok) findings.add(cms.code, { detail: cms.detail, algorithm: cms.detail }, members.cms);
  if (!cms.signerDer) return undefined;
  const signer = describeSigner(cms.signerDer, sm2Key?.der);

  const packagedCert = small.get(members.signerCert);
  const packagedDer = packagedCert ? certificatesFrom(packagedCert)[0] : undefined;
  if (packagedCert && (!packagedDer || !Buffer.from(packagedDer).equals(cms.signerDer))) {
    findings.add('filing.verify.signerCertMismatch', {}, members.signerCert);
  }
  // Trust is only worth establishing for a signature that holds.
  if (cms.ok) await checkSigner(cms, document, findings, signer);
  return signer;
}

/**
 * The times a certificate must be valid at. The signer's claimed time is only a claim: it must agree with the
 * signingTime the CMS signature covers and must not lie ahead of the receiver's clock, and the certificates
 * must be valid both then and now — so back-dating a package gains an expired certificate nothing.
 */
function signingTimes(
  { claim, members, now: receivedAt }: SignedDocument,
  cmsSigningTime: Date | undefined,
  findings: Findings,
): { signedAt: Date; receivedAt: Date } {
  if (!claim) return { signedAt: receivedAt, receivedAt };
  const signedAt = new Date(claim.signedAt);
  if (!cmsSigningTime || Math.abs(cmsSigningTime.getTime() - signedAt.getTime()) > FILING_LIMITS.maxSigningTimeDifferenceMs) {
    findings.add(
      'filing.verify.signingTimeMismatch',
      { createdAt: claim.signedAt, signingTime: cmsSigningTime?.toISOString() ?? '—' },
      members.cms,
    );
  }
  if (signedAt.getTime() > receivedAt.getTime() + FILING_LIMITS.maxClockSkewMs) {
    findings.add('filing.verify.createdInFuture', { createdAt: claim.signedAt, now: receivedAt.toISOString() }, members.signed);
  }
  return { signedAt, receivedAt };
}

async function checkSigner(
  cms: { signerDer: Uint8Array; certificatesDer: Uint8Array[]; signingTime: Date | undefined },
  document: SignedDocument,
  findings: Findings,
  signer: SignerInfo,
): Promise<void> {
  const { claim, trust, members } = document;
  const { signerDer, certificatesDer } = cms;
  const { signedAt, receivedAt } = signingTimes(document, cms.signingTime, findings);
  const validity = { notBefore: signer.notBefore, notAfter: signer.notAfter };
  if (!isValidAt(signerDer, signedAt)) {
    findings.add('filing.verify.certNotValidAtSigning', { createdAt: signedAt.toISOString(), ...validity }, members.signerCert);
  } else if (!isValidAt(signerDer, receivedAt)) {
    findings.add('filing.verify.certNotValidNow', { now: receivedAt.toISOString(), ...validity }, members.signerCert);
  }
  if (claim && !subjectNamesUscc(signerDer, claim.uscc)) {
    findings.add('filing.verify.signerEnterpriseMismatch', { uscc: claim.uscc }, members.signerCert);
  }
  const trustedCertificates = (trust.certificates ?? []).flatMap(certificatesFrom);
  const pinned = new Set([...(trust.fingerprints ?? []).map(normalizeFingerprint), ...trustedCertificates.map(sha256Hex)]);
  if (!maySignDocuments(signerDer)) {
    findings.add('filing.verify.signerNotForSigning', {}, members.signerCert);
    return;
  }
  if (pinned.has(signer.fingerprintSha256)) return;
  const carried = certificatesDer.filter((der) => !Buffer.from(der).equals(signerDer));
  if (await chainsToTrustedCa(signerDer, carried, trustedCertificates, [signedAt, receivedAt])) return;
  findings.add('filing.verify.signerUntrusted', { fingerprint: signer.fingerprintSha256 }, members.signerCert);
}
