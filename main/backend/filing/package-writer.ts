/**
 * Writes a signed filing package (docs/filing-package.md) in one streaming pass: every member is hashed
 * (SHA-256 and SM3) as it is stored or deflated into the archive, then manifest.json is built from those hashes and signed
 * (CMS ECDSA P-256 and SM2), and the manifest and signatures go in as the last entries. Files on disk are
 * streamed, never read whole. The package appears under its name only when complete: it is written to a
 * temporary name beside it and renamed; a failure or a cancel removes the temporary file.
 */
import { createHash, randomUUID } from 'node:crypto';
import { open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MEMBER, collisionKey, isListablePath } from '../../../shared/contract/filing/paths';
import {
  AMENDMENT_FORMAT_VERSION,
  FILING_FORMAT,
  FILING_FORMAT_VERSION,
  ROLLUP_FORMAT_VERSION,
  manifestSchema,
  packageMetaSchema,
  type Manifest,
  type ManifestFile,
  type PackageMeta,
} from '../../../shared/contract/filing/schemas';
import { AppError } from '../errors';
import { filingError, throwIfAborted } from './errors';
import { digestsOf, type Digests } from './hashing';
import type { SigningKeys } from './keys';
import { pemEncode, signCmsDetached, subjectNamesUscc } from './pki';
import { sm2Sign } from './sm2';
import { WORKER_MIN_BYTES, DigestWorkers } from './digest-workers';
import { ZipFileWriter } from './zip-writer';

/** A member to file: bytes already in memory (the data JSON), or a file on disk (reports, attachments). */
export type PackageSource = ({ path: string; data: Uint8Array } | { path: string; file: string }) & {
  /** Deflate this member? Default: yes for data/, no for PDFs and attachments (usually compressed already). */
  compress?: boolean;
};

export interface WriteProgress {
  phase: 'write' | 'sign' | 'done';
  /** Bytes of members written so far. */
  done: number;
  total: number;
}

export interface WritePackageOptions {
  outFile: string;
  meta: PackageMeta;
  sources: PackageSource[];
  keys: SigningKeys;
  onProgress?: (progress: WriteProgress) => void;
  signal?: AbortSignal;
  /**
   * Runs once the package is complete and signed, before it is put in place under `outFile`: the sender
   * records the signing here, so a package never exists without its record. If it throws, nothing is published.
   */
  beforePublish?: (signed: { manifest: Manifest; manifestBytes: Uint8Array }) => void | Promise<void>;
}

export interface WritePackageResult {
  outFile: string;
  manifest: Manifest;
  /** The manifest exactly as signed. */
  manifestBytes: Uint8Array;
  /** Size of the package file. */
  packageBytes: number;
}

/** Large reads: hashing and zipping cost per chunk, and Node's 64 KiB default made writing 2× slower. */
const READ_CHUNK_BYTES = 1024 * 1024;

interface PlannedMember {
  source: PackageSource;
  size: number;
  compress: boolean;
}

export async function writePackage(options: WritePackageOptions): Promise<WritePackageResult> {
  throwIfAborted(options.signal);
  const meta = parseMeta(options.meta);
  checkSources(options.sources);
  if (!subjectNamesUscc(options.keys.certificateDer, meta.enterprise.uscc)) {
    throw filingError('filing.write.signerEnterpriseMismatch', { uscc: meta.enterprise.uscc });
  }
  const members = await planMembers(options.sources, options.keys);
  const tempFile = join(dirname(options.outFile), `.${basename(options.outFile)}.${randomUUID()}.part`);
  try {
    const written = await writeZip(tempFile, meta, members, options);
    throwIfAborted(options.signal);
    await options.beforePublish?.({ manifest: written.manifest, manifestBytes: written.manifestBytes });
    await rename(tempFile, options.outFile);
    const packageBytes = (await stat(options.outFile)).size;
    options.onProgress?.({ phase: 'done', done: written.total, total: written.total });
    return { outFile: options.outFile, manifest: written.manifest, manifestBytes: written.manifestBytes, packageBytes };
  } catch (error) {
    await unlink(tempFile).catch(() => undefined);
    throw error;
  }
}

/** The manifest's bytes as written and signed: pretty JSON so a person can read it in any unzip tool. */
export function serializeManifest(manifest: Manifest): Uint8Array {
  return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
}

/** The meta with its defaults filled in. */
type ResolvedMeta = PackageMeta & { packageId: string; createdAt: string };

function parseMeta(input: PackageMeta): ResolvedMeta {
  const parsed = packageMetaSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw filingError('filing.write.invalidManifest', { field: issue?.path.join('.') ?? '', detail: issue?.message ?? '' });
  }
  return { ...parsed.data, packageId: parsed.data.packageId ?? randomUUID(), createdAt: parsed.data.createdAt ?? new Date().toISOString() };
}

function checkSources(sources: PackageSource[]): void {
  const seen = new Set<string>();
  for (const { path } of sources) {
    // The writer adds the key files itself; a caller cannot replace them.
    if (!isListablePath(path) || path === MEMBER.signerCert || path === MEMBER.signerSm2Key) {
      throw filingError('filing.write.badSourcePath', {}, { file: path });
    }
    if (seen.has(collisionKey(path))) throw filingError('filing.write.duplicatePath', {}, { file: path });
    seen.add(collisionKey(path));
  }
  if (!sources.some((source) => source.path === MEMBER.workspace)) throw filingError('filing.write.missingWorkspace');
}

async function planMembers(sources: PackageSource[], keys: SigningKeys): Promise<PlannedMember[]> {
  const keyMembers: PackageSource[] = [
    { path: MEMBER.signerCert, data: Buffer.from(pemEncode('CERTIFICATE', keys.certificateDer)), compress: true },
    { path: MEMBER.signerSm2Key, data: Buffer.from(pemEncode('PUBLIC KEY', keys.sm2PublicKeySpkiDer)), compress: true },
  ];
  const planned: PlannedMember[] = [];
  for (const source of [...sources, ...keyMembers]) {
    const compress = source.compress ?? source.path.startsWith('data/');
    if ('data' in source) {
      planned.push({ source, size: source.data.byteLength, compress });
      continue;
    }
    try {
      const info = await stat(source.file);
      if (!info.isFile()) throw new Error('not a regular file');
      planned.push({ source, size: info.size, compress });
    } catch (error) {
      throw filingError('filing.write.sourceUnreadable', { detail: (error as Error).message }, { file: source.path, cause: error });
    }
  }
  return planned;
}

/** Writes every member in order, hashing each as it streams; then the manifest and its two signatures. */
async function writeZip(
  tempFile: string,
  meta: ResolvedMeta,
  members: PlannedMember[],
  options: WritePackageOptions,
): Promise<{ manifest: Manifest; manifestBytes: Uint8Array; total: number }> {
  const total = members.reduce((sum, member) => sum + member.size, 0);
  const mtime = new Date(meta.createdAt);
  let done = 0;
  const progress = (bytes: number) => {
    done += bytes;
    options.onProgress?.({ phase: 'write', done, total });
  };
  const zip = await ZipFileWriter.create(tempFile).catch((error: NodeJS.ErrnoException) => {
    throw filingError('filing.write.outputUnwritable', { path: options.outFile, detail: error.message }, { cause: error });
  });
  const digestWorkers = new DigestWorkers();
  try {
    // Each member's SHA-256 is known when it is written; its SM3 may still be computing in a worker while the
    // next member is written. All are in before the manifest is built.
    const pending: Array<Promise<ManifestFile>> = [];
    for (const member of members) {
      throwIfAborted(options.signal);
      const { digests } = await writeMember(zip, member, mtime, digestWorkers, progress, options);
      pending.push(digests.then((d) => ({ path: member.source.path, ...d })));
    }
    const records = await Promise.all(pending);
    throwIfAborted(options.signal);
    options.onProgress?.({ phase: 'sign', done, total });
    const { manifest, manifestBytes, cms, sm2 } = await signManifest(meta, records, options.keys);
    await output(options, () =>
      zip.addEntry(MEMBER.manifest, [manifestBytes], { compress: true, mtime, expectedSize: manifestBytes.byteLength }),
    );
    await output(options, () => zip.addEntry(MEMBER.cms, [cms], { compress: false, mtime, expectedSize: cms.byteLength }));
    await output(options, () => zip.addEntry(MEMBER.sm2Signature, [sm2], { compress: false, mtime, expectedSize: sm2.byteLength }));
    await output(options, () => zip.finish());
    return { manifest, manifestBytes, total };
  } catch (error) {
    await zip.abort();
    throw error;
  } finally {
    digestWorkers.close();
  }
}

/**
 * Writes one member and gives its digests: SHA-256 on this thread as the bytes go into the archive; SM3
 * beside it — in a worker for a large file (which reads the file itself; CRC-32 and size prove both saw the
 * same bytes), inline otherwise. Resolves once the member is written; its digests may follow.
 */
async function writeMember(
  zip: ZipFileWriter,
  member: PlannedMember,
  mtime: Date,
  digestWorkers: DigestWorkers,
  progress: (bytes: number) => void,
  options: WritePackageOptions,
): Promise<{ digests: Promise<Digests> }> {
  const { source } = member;
  const entry = { compress: member.compress, mtime, expectedSize: member.size };
  if ('data' in source) {
    await output(options, () => zip.addEntry(source.path, [source.data], entry));
    progress(member.size);
    return { digests: Promise.resolve(digestsOf(source.data)) };
  }
  const inWorker = member.size >= WORKER_MIN_BYTES;
  const sm3Job = inWorker ? digestWorkers.digest(source.file) : undefined;
  const sha256 = createHash('sha256');
  const sm3 = inWorker ? undefined : createHash('sm3');
  const written = await output(options, () =>
    zip.addEntry(source.path, fileChunks(source.file, source.path, options.signal), {
      ...entry,
      onChunk: (chunk) => {
        sha256.update(chunk);
        sm3?.update(chunk);
        progress(chunk.byteLength);
      },
    }),
  );
  const sha256Hex = sha256.digest('hex');
  if (sm3) return { digests: Promise.resolve({ size: written.size, sha256: sha256Hex, sm3: sm3.digest('hex') }) };
  const digests = sm3Job!.then(
    (worker) => {
      if (worker.size !== written.size || worker.crc32 !== written.crc32)
        throw filingError('filing.write.sourceChanged', {}, { file: source.path });
      return { size: written.size, sha256: sha256Hex, sm3: worker.sm3 };
    },
    (error: Error) => {
      throw filingError('filing.write.sourceUnreadable', { detail: error.message }, { file: source.path, cause: error });
    },
  );
  // Awaited with the others before signing; if writing stops first, nobody waits for it.
  digests.catch(() => undefined);
  return { digests };
}

/**
 * A file's bytes in 1 MiB chunks; a read failure names the member, a cancel stops between chunks. One buffer
 * is reused: each chunk is valid until the next is asked for, which is how ZipFileWriter.addEntry uses them
 * (it hashes, deflates and writes a chunk completely before taking the next).
 */
async function* fileChunks(file: string, memberPath: string, signal: AbortSignal | undefined): AsyncGenerator<Uint8Array> {
  const unreadable = (error: unknown) =>
    filingError('filing.write.sourceUnreadable', { detail: (error as Error).message }, { file: memberPath, cause: error });
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw unreadable(error);
  }
  try {
    const buffer = Buffer.allocUnsafe(READ_CHUNK_BYTES);
    for (;;) {
      throwIfAborted(signal);
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(buffer, 0, buffer.length, null));
      } catch (error) {
        throw unreadable(error);
      }
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/** Runs a write to the package; a file-system failure there is the output's fault, named as such. */
async function output<T>(options: WritePackageOptions, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw filingError('filing.write.outputUnwritable', { path: options.outFile, detail: (error as Error).message }, { cause: error });
  }
}

async function signManifest(meta: ResolvedMeta, files: ManifestFile[], keys: SigningKeys) {
  const manifest = manifestSchema.parse({
    format: FILING_FORMAT,
    formatVersion: meta.inner ? ROLLUP_FORMAT_VERSION : meta.amends ? AMENDMENT_FORMAT_VERSION : meta.auditHead ? FILING_FORMAT_VERSION : 1,
    generator: meta.generator,
    packageId: meta.packageId,
    enterprise: meta.enterprise,
    period: meta.period,
    createdAt: meta.createdAt,
    catalogs: meta.catalogs,
    files: [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    ...(meta.auditHead ? { auditHead: meta.auditHead } : {}),
    ...(meta.amends ? { amends: meta.amends } : {}),
    ...(meta.inner ? { inner: meta.inner } : {}),
  });
  const manifestBytes = serializeManifest(manifest);
  return { manifest, manifestBytes, ...(await signDetached(manifestBytes, keys, new Date(meta.createdAt))) };
}

/**
 * The two signatures Denggao puts on what it signs (a package's manifest, a receipt): a detached CMS
 * SignedData by the P-256 key with `signingTime`, and an SM2 signature with the default signer id.
 */
export async function signDetached(
  content: Uint8Array,
  keys: SigningKeys,
  signingTime: Date,
): Promise<{ cms: Uint8Array; sm2: Uint8Array }> {
  const cms = await signCmsDetached({
    content,
    privateKey: keys.p256PrivateKey,
    certificateDer: keys.certificateDer,
    chainDer: keys.chainDer,
    signingTime,
  });
  return { cms, sm2: sm2Sign(content, keys.sm2) };
}
