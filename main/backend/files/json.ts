import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import { parseJsonInput } from '../../../shared/domain/json-input';
import { assertFileWithin } from '../limits';

/**
 * Reads a JSON file the user named, exactly or not at all: too large, missing, not UTF-8, nested too deep
 * or broken JSON is an error that names the file (and the byte offset, where there is one).
 */
export function readJsonInput(file: string): unknown {
  assertFileWithin(file, 'maxImportFileBytes');
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new AppError('error.file.read', { file, detail: (error as NodeJS.ErrnoException).code ?? String(error) }, { file });
  }
  return parseJsonFile(bytes, file);
}

/** The document in a JSON file's bytes (already read, within its size limit), or the named refusal. */
export function parseJsonFile(bytes: Uint8Array, file: string): unknown {
  const result = parseJsonInput(bytes);
  if (!result.ok) throw new AppError(result.code, { file, ...result.params }, { file });
  return result.value;
}

/** Writes through a temporary file and a rename, so a failure never leaves a half-written file. */
export function writeFileAtomic(file: string, content: string | Buffer): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temp, content);
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new AppError('error.file.write', { file, detail: (error as NodeJS.ErrnoException).code ?? String(error) }, { file });
  }
}

/** Writes pretty JSON atomically. */
export function writeJsonOutput(file: string, value: unknown): void {
  writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`);
}
