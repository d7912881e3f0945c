import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';

/** Reads a JSON file a method was given; a missing file or broken JSON is an error that names the file. */
export function readJsonInput(file: string): unknown {
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

/** Writes pretty JSON through a temporary file and a rename, so a failure never leaves half a file. */
export function writeJsonOutput(file: string, value: unknown): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temp, `${JSON.stringify(value, null, 2)}\n`);
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new AppError('error.file.write', { file, detail: (error as NodeJS.ErrnoException).code ?? String(error) }, { file });
  }
}
