import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../errors';
import { assertFileWithin, assertSizeWithin } from '../limits';

/** Folders inside the workspace that files move through. */
export const WORKSPACE_FOLDERS = { staging: 'staging', exports: 'exports', attachments: 'attachments' } as const;

/** A file name safe to use inside our folders: no separators, no control characters, not empty. */
export function safeFileName(name: string): string {
  const base = name
    .replace(/[\\/]/g, '_')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/^\.+/, '')
    .trim();
  return base.slice(0, 200) || 'file';
}

/** Resolves a path and makes sure it lies inside one of the workspace's file folders. */
export function insideWorkspaceFolders(dataDir: string, file: string): string {
  const resolved = path.resolve(file);
  const allowed = Object.values(WORKSPACE_FOLDERS).map((folder) => path.resolve(dataDir, folder) + path.sep);
  if (!allowed.some((root) => resolved.startsWith(root))) throw new AppError('error.file.outsideWorkspace', { file }, { file });
  return resolved;
}

export function appendUploadChunk(
  dataDir: string,
  input: { uploadId?: string | undefined; name: string; offset: number; chunkBase64: string; final: boolean },
) {
  const uploadId = input.uploadId ?? crypto.randomUUID();
  const folder = path.join(dataDir, WORKSPACE_FOLDERS.staging, uploadId);
  const file = path.join(folder, safeFileName(input.name));
  fs.mkdirSync(folder, { recursive: true });
  const current = fs.existsSync(file) ? fs.statSync(file).size : 0;
  // Chunks must arrive in order; a repeated or skipped chunk would corrupt the file silently.
  if (input.offset !== current)
    throw new AppError('error.file.uploadOutOfOrder', { file: input.name, expected: current, got: input.offset }, { file: input.name });
  const chunk = Buffer.from(input.chunkBase64, 'base64');
  assertSizeWithin(current + chunk.length, 'maxUploadBytes', input.name);
  fs.appendFileSync(file, chunk);
  return { uploadId, received: current + chunk.length, path: input.final ? file : null };
}

export function readWorkspaceFileChunk(dataDir: string, input: { path: string; offset: number; length: number }) {
  const file = insideWorkspaceFolders(dataDir, input.path);
  if (!fs.existsSync(file)) throw new AppError('error.file.read', { file, detail: 'ENOENT' }, { file });
  const size = fs.statSync(file).size;
  const length = Math.max(0, Math.min(input.length, size - input.offset));
  const buffer = Buffer.alloc(length);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, buffer, 0, length, input.offset);
  } finally {
    fs.closeSync(fd);
  }
  return { chunkBase64: buffer.toString('base64'), size, eof: input.offset + length >= size };
}

/** A fresh path under exports/ for an output the page will save; the name keeps its extension. */
export function newExportPath(dataDir: string, name: string, now: Date): string {
  const folder = path.join(dataDir, WORKSPACE_FOLDERS.exports);
  fs.mkdirSync(folder, { recursive: true });
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
  const safe = safeFileName(name);
  const ext = path.extname(safe);
  let candidate = path.join(folder, `${path.basename(safe, ext)}-${stamp}${ext}`);
  for (let n = 2; fs.existsSync(candidate); n++) candidate = path.join(folder, `${path.basename(safe, ext)}-${stamp}-${n}${ext}`);
  return candidate;
}

/** Streams a file into the attachment store under its SHA-256; the same content is stored once. */
export async function storeAttachmentContent(
  dataDir: string,
  source: string,
): Promise<{ sha256: string; size: number; storedPath: string }> {
  if (!fs.existsSync(source) || !fs.statSync(source).isFile())
    throw new AppError('error.file.read', { file: source, detail: 'ENOENT' }, { file: source });
  assertFileWithin(source, 'maxAttachmentBytes');
  const folder = path.join(dataDir, WORKSPACE_FOLDERS.attachments);
  fs.mkdirSync(folder, { recursive: true });
  const temp = path.join(folder, `.incoming-${crypto.randomUUID()}`);
  const hash = crypto.createHash('sha256');
  let size = 0;
  await pipeline(
    fs.createReadStream(source),
    async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        hash.update(chunk);
        size += chunk.length;
        yield chunk;
      }
    },
    fs.createWriteStream(temp),
  );
  const sha256 = hash.digest('hex');
  const storedPath = attachmentPath(dataDir, sha256);
  fs.mkdirSync(path.dirname(storedPath), { recursive: true });
  if (fs.existsSync(storedPath)) fs.rmSync(temp);
  else fs.renameSync(temp, storedPath);
  return { sha256, size, storedPath };
}

export function attachmentPath(dataDir: string, sha256: string): string {
  return path.join(dataDir, WORKSPACE_FOLDERS.attachments, sha256.slice(0, 2), sha256);
}
