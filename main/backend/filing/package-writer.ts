/**
 * Writes a signed filing package (docs/filing-package.md) in one streaming pass: every member is hashed
 * (SHA-256 and SM3) as yazl deflates or stores it, then manifest.json is built from those hashes and signed
 * (CMS ECDSA P-256 and SM2), and the manifest and signatures go in as the last entries. Files on disk are
 * streamed, never read whole. The package appears under its name only when complete: it is written to a
 * temporary name beside it and renamed; a failure or a cancel removes the temporary file.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import { MEMBER, collisionKey, isListablePath } from '../../../shared/contract/filing/paths';
import {
  FILING_FORMAT,
  FILING_FORMAT_VERSION,
  manifestSchema,
  packageMetaSchema,
  type Manifest,
  type ManifestFile,
  type PackageMeta,
} from '../../../shared/contract/filing/schemas';
import { FilingError, throwIfAborted } from './errors';
import { HashingStream, digestsOf } from './hashing';
import type { SigningKeys } from './keys';
import { pemEncode, signCmsDetached, subjectNamesUscc } from './pki';
import { sm2Sign } from './sm2';

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
    throw new FilingError('filing.write.signerEnterpriseMismatch', { uscc: meta.enterprise.uscc });
  }
  const members = await planMembers(options.sources, options.keys);
  const tempFile = join(dirname(options.outFile), `.${basename(options.outFile)}.${randomUUID()}.part`);
  try {
    const written = await writeZip(tempFile, meta, members, options);
    throwIfAborted(options.signal);
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

function parseMeta(input: PackageMeta): Required<PackageMeta> {
  const parsed = packageMetaSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new FilingError('filing.write.invalidManifest', { field: issue?.path.join('.') ?? '', detail: issue?.message ?? '' });
  }
  return { ...parsed.data, packageId: parsed.data.packageId ?? randomUUID(), createdAt: parsed.data.createdAt ?? new Date().toISOString() };
}

function checkSources(sources: PackageSource[]): void {
  const seen = new Set<string>();
  for (const { path } of sources) {
    // The writer adds the key files itself; a caller cannot replace them.
    if (!isListablePath(path) || path === MEMBER.signerCert || path === MEMBER.signerSm2Key) {
      throw new FilingError('filing.write.badSourcePath', {}, { file: path });
    }
    if (seen.has(collisionKey(path))) throw new FilingError('filing.write.duplicatePath', {}, { file: path });
    seen.add(collisionKey(path));
  }
  if (!sources.some((source) => source.path === MEMBER.workspace)) throw new FilingError('filing.write.missingWorkspace');
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
      throw new FilingError('filing.write.sourceUnreadable', { detail: (error as Error).message }, { file: source.path, cause: error });
    }
  }
  return planned;
}

function writeZip(
  tempFile: string,
  meta: Required<PackageMeta>,
  members: PlannedMember[],
  options: WritePackageOptions,
): Promise<{ manifest: Manifest; manifestBytes: Uint8Array; total: number }> {
  return new Promise((resolve, reject) => {
    const total = members.reduce((sum, member) => sum + member.size, 0);
    const mtime = new Date(meta.createdAt);
    const zip = new ZipFile();
    const output = createWriteStream(tempFile, { flags: 'wx' });
    const records: ManifestFile[] = [];
    let done = 0;
    let current: Readable | undefined;
    let settled = false;
    let signed: Promise<{ manifest: Manifest; manifestBytes: Uint8Array; cms: Uint8Array; sm2: Uint8Array }> | undefined;

    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      current?.destroy();
      zip.outputStream.unpipe(output);
      output.destroy();
      // The temporary file is removed by the caller once the stream has let go of it.
      output.once('close', () => reject(error));
    };
    const onAbort = () => fail(new FilingError('filing.cancelled'));
    const progress = (bytes: number) => {
      done += bytes;
      options.onProgress?.({ phase: 'write', done, total });
    };

    options.signal?.addEventListener('abort', onAbort, { once: true });
    zip.on('error', fail);
    output.on('error', (error) => fail(new FilingError('filing.write.outputUnwritable', { path: options.outFile, detail: error.message }, { cause: error })));
    output.on('close', () => {
      if (settled || !signed) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      signed.then(({ manifest, manifestBytes }) => resolve({ manifest, manifestBytes, total }), reject);
    });
    zip.outputStream.pipe(output);

    for (const member of members) {
      const { source } = member;
      const entryOptions = { mtime, compress: member.compress, mode: 0o100644 };
      if ('data' in source) {
        records.push({ path: source.path, ...digestsOf(source.data) });
        zip.addBuffer(Buffer.from(source.data), source.path, entryOptions);
        progress(member.size);
        continue;
      }
      zip.addReadStreamLazy(source.path, entryOptions, (callback) => {
        const hashing = new HashingStream(progress);
        const input = createReadStream(source.file, { highWaterMark: READ_CHUNK_BYTES });
        input.on('error', (error) =>
          fail(new FilingError('filing.write.sourceUnreadable', { detail: error.message }, { file: source.path, cause: error })),
        );
        hashing.on('end', () => records.push({ path: source.path, ...hashing.digests() }));
        current = input;
        callback(null, input.pipe(hashing));
      });
    }

    // yazl pumps entries one after another, so by the time it asks for the manifest every member above has
    // been hashed to its end.
    zip.addReadStreamLazy(MEMBER.manifest, { mtime, compress: true, mode: 0o100644 }, (callback) => {
      if (records.length !== members.length) return callback(new Error('manifest requested before all members were hashed'), Readable.from([]));
      options.onProgress?.({ phase: 'sign', done, total });
      signed = signManifest(meta, records, options.keys);
      signed.then(
        ({ manifestBytes }) => callback(null, Readable.from([Buffer.from(manifestBytes)])),
        (error: unknown) => callback(error, Readable.from([])),
      );
    });
    zip.addReadStreamLazy(MEMBER.cms, { mtime, compress: false, mode: 0o100644 }, (callback) => {
      signed?.then(({ cms }) => callback(null, Readable.from([Buffer.from(cms)])), fail);
    });
    zip.addReadStreamLazy(MEMBER.sm2Signature, { mtime, compress: false, mode: 0o100644 }, (callback) => {
      signed?.then(({ sm2 }) => callback(null, Readable.from([Buffer.from(sm2)])), fail);
    });
    zip.end();
  });
}

async function signManifest(meta: Required<PackageMeta>, files: ManifestFile[], keys: SigningKeys) {
  const manifest = manifestSchema.parse({
    format: FILING_FORMAT,
    formatVersion: FILING_FORMAT_VERSION,
    generator: meta.generator,
    packageId: meta.packageId,
    enterprise: meta.enterprise,
    period: meta.period,
    createdAt: meta.createdAt,
    catalogs: meta.catalogs,
    files: [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  });
  const manifestBytes = serializeManifest(manifest);
  const cms = await signCmsDetached({
    content: manifestBytes,
    privateKey: keys.p256PrivateKey,
    certificateDer: keys.certificateDer,
    chainDer: keys.chainDer,
    signingTime: new Date(meta.createdAt),
  });
  return { manifest, manifestBytes, cms, sm2: sm2Sign(manifestBytes, keys.sm2) };
}
