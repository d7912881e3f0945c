/**
 * Files between the page and the backend, the same through Electron and the bridge: uploads go in chunks
 * to the workspace's staging folder (the returned path is what domain methods take); outputs are read
 * back in chunks and handed to the browser's download (in Electron, its native "Save as" dialog).
 */
import { api } from './client';

const CHUNK_BYTES = 4 * 1024 * 1024;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function uploadFile(file: File, onProgress?: (sent: number, total: number) => void): Promise<string> {
  let uploadId: string | undefined;
  let offset = 0;
  do {
    const chunk = new Uint8Array(await file.slice(offset, offset + CHUNK_BYTES).arrayBuffer());
    const final = offset + chunk.length >= file.size;
    const reply = await api.call('files.upload', {
      ...(uploadId ? { uploadId } : {}),
      name: file.name,
      offset,
      chunkBase64: toBase64(chunk),
      final,
    });
    uploadId = reply.uploadId;
    offset = reply.received;
    onProgress?.(offset, file.size);
    if (final) return reply.path!;
  } while (offset <= file.size);
  throw new Error('upload did not finish');
}

/** A file the backend wrote under the workspace (e.g. a report), read back in chunks. */
export async function readWorkspaceFile(path: string, type = 'application/octet-stream'): Promise<Blob> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  for (;;) {
    const chunk = await api.call('files.read', { path, offset, length: CHUNK_BYTES });
    const bytes = fromBase64(chunk.chunkBase64);
    parts.push(bytes);
    offset += bytes.length;
    if (chunk.eof) break;
  }
  return new Blob(parts, { type });
}

export async function downloadWorkspaceFile(path: string, saveAs: string): Promise<void> {
  const url = URL.createObjectURL(await readWorkspaceFile(path));
  const link = document.createElement('a');
  link.href = url;
  link.download = saveAs;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
