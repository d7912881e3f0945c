import { AppError } from '../errors';
import { FilingError } from './errors';

/** The filing core's errors as the backend's user errors: the same code, its parameters, the file it names. */
export function toAppError(error: unknown): unknown {
  if (!(error instanceof FilingError)) return error;
  const params = error.file === undefined ? error.params : { ...error.params, file: error.file };
  return new AppError(error.code, params, error.file === undefined ? undefined : { file: error.file });
}

/** Runs filing-core work, turning its FilingErrors into AppErrors. */
export async function filingWork<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toAppError(error);
  }
}
