import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import { assertFileWithin } from '../limits';

/** Reads a JSON file the user named; too large, missing or broken JSON is an error that names the file. */
export function readJsonInput(file: string): unknown {
  assertFileWithin(file, 'maxImportFileBytes');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppError('error.file.read', { file, detail: (error as NodeJS.ErrnoException).code ?? String(error) }, { file });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new AppError('error.file.notJson', { file, detail: (error as Error).message }, { file });
  }
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
