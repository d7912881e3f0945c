import type { Result } from '../../shared/contract/core';
import type { Locale } from '../../shared/i18n';
import type { Backend } from '../backend';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1; // validation or verification failure
export const EXIT_USAGE = 2;

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Asks for a secret without echoing it; absent when stdin is not a terminal (then nothing may prompt). */
  readSecret?: (prompt: string) => Promise<string>;
}

export type OptionSpec = {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  required?: boolean;
  description: string;
  valueName?: string;
};

export interface CommandContext {
  /** Opens the workspace on first use, so `--help` and usage errors never touch the database. */
  backend(): Backend;
  io: CliIo;
  json: boolean;
  locale: Locale | undefined;
  /** Prints the value (JSON with --json, else the human form) or the error, and returns the exit code. */
  report<T>(result: Result<T>, human?: (value: T) => string): number;
  resolvePath(file: string): string;
}

export interface Command {
  /** e.g. ['profile', 'show'] */
  path: string[];
  summary: string;
  usage?: string;
  options?: Record<string, OptionSpec>;
  /** Positional arguments, e.g. ['FILE'] — given to run in order. */
  positionals?: string[];
  run(values: Record<string, string | boolean | string[] | undefined>, positionals: string[], ctx: CommandContext): Promise<number>;
}

/** A usage error: the command line is wrong, not the data. */
export class UsageError extends Error {}
