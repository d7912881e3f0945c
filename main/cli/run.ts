import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Result } from '../../shared/contract/core';
import { LOCALES, type Locale } from '../../shared/i18n';
import { createBackend, type Backend } from '../backend';
import { toErrorData } from '../backend/errors';
import { defaultDataDir } from '../backend/paths';
import { APP_VERSION } from '../backend/version';
import { commands as allCommands } from './commands';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError, type CliIo, type Command, type CommandContext, type OptionSpec } from './types';

const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  'data-dir': { type: 'string', description: "workspace folder (default: the desktop app's; env DENGGAO_DATA_DIR)", valueName: 'DIR' },
  json: { type: 'boolean', description: 'machine-readable JSON output' },
  lang: { type: 'string', description: `message language: ${LOCALES.join(' | ')} (default: the workspace setting)`, valueName: 'LOCALE' },
  help: { type: 'boolean', short: 'h', description: 'show help' },
};

function optionLines(options: Record<string, OptionSpec>): string[] {
  return Object.entries(options).map(([name, spec]) => {
    const flag = `--${name}${spec.type === 'string' ? ` ${spec.valueName ?? 'VALUE'}` : ''}`;
    return `  ${flag.padEnd(28)} ${spec.description}${spec.required ? ' (required)' : ''}${spec.multiple ? ' (repeatable)' : ''}`;
  });
}

function commandHelp(command: Command): string {
  const positionals = (command.positionals ?? []).join(' ');
  return [
    `Usage: denggao ${command.path.join(' ')}${positionals ? ` ${positionals}` : ''} [options]`,
    '',
    command.summary,
    ...(command.usage ? ['', command.usage] : []),
    '',
    'Options:',
    ...optionLines({ ...(command.options ?? {}), ...GLOBAL_OPTIONS }),
  ].join('\n');
}

function generalHelp(commands: Command[]): string {
  return [
    `denggao ${APP_VERSION} — 登高 command line: the same workspace and rules as the desktop app`,
    '',
    'Usage: denggao <command> [options]      denggao <command> --help',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.path.join(' ').padEnd(26)} ${c.summary}`),
    '',
    'Global options:',
    ...optionLines(GLOBAL_OPTIONS),
    '',
    'Exit codes: 0 ok, 1 validation or verification failure, 2 usage error.',
  ].join('\n');
}

/** The command whose path is the longest prefix of the words given. */
function findCommand(commands: Command[], words: string[]): Command | undefined {
  return [...commands].sort((a, b) => b.path.length - a.path.length).find((c) => c.path.every((word, i) => words[i] === word));
}

export async function runCli(argv: string[], io: CliIo, commands: Command[] = allCommands): Promise<number> {
  const words = argv.filter((arg) => !arg.startsWith('-'));
  const command = findCommand(commands, words);
  if (!command) {
    const wantsHelp = argv.length === 0 || argv.includes('--help') || argv.includes('-h');
    if (wantsHelp) {
      io.stdout(`${generalHelp(commands)}\n`);
      return argv.length === 0 ? EXIT_USAGE : EXIT_OK;
    }
    if (argv.includes('--version')) {
      io.stdout(`${APP_VERSION}\n`);
      return EXIT_OK;
    }
    io.stderr(`denggao: unknown command '${words.join(' ')}'\n\n${generalHelp(commands)}\n`);
    return EXIT_USAGE;
  }

  const options = { ...(command.options ?? {}), ...GLOBAL_OPTIONS };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options: options as never, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr(`denggao: ${(error as Error).message}\n\n${commandHelp(command)}\n`);
    return EXIT_USAGE;
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  if (values.help) {
    io.stdout(`${commandHelp(command)}\n`);
    return EXIT_OK;
  }
  const positionals = parsed.positionals.slice(command.path.length);
  const missing = Object.entries(command.options ?? {}).filter(([name, spec]) => spec.required && values[name] === undefined);
  const missingPositionals = (command.positionals ?? []).slice(positionals.length);
  const lang = values.lang as string | undefined;
  const usageProblem = missing.length
    ? `missing ${missing.map(([name]) => `--${name}`).join(', ')}`
    : missingPositionals.length
      ? `missing ${missingPositionals.join(' ')}`
      : lang !== undefined && !(LOCALES as readonly string[]).includes(lang)
        ? `--lang must be one of ${LOCALES.join(', ')}`
        : null;
  if (usageProblem) {
    io.stderr(`denggao: ${usageProblem}\n\n${commandHelp(command)}\n`);
    return EXIT_USAGE;
  }

  const json = values.json === true;
  const locale = lang as Locale | undefined;
  const dataDir = typeof values['data-dir'] === 'string' ? path.resolve(io.cwd, values['data-dir']) : defaultDataDir(io.env);
  let backend: Backend | undefined;
  const ctx: CommandContext = {
    io,
    json,
    locale,
    backend: () => (backend ??= createBackend({ dataDir })),
    resolvePath: (file) => path.resolve(io.cwd, file),
    report<T>(result: Result<T>, human?: (value: T) => string): number {
      if (result.ok) {
        io.stdout(json || !human ? `${JSON.stringify(result.value, null, 2)}\n` : `${human(result.value)}\n`);
        return EXIT_OK;
      }
      printError(io, json, result.error);
      return EXIT_FAILURE;
    },
  };
  try {
    return await command.run(values, positionals, ctx);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`denggao: ${error.message}\n\n${commandHelp(command)}\n`);
      return EXIT_USAGE;
    }
    printError(io, json, toErrorData(error, locale ?? 'zh-CN'));
    return EXIT_FAILURE;
  } finally {
    backend?.close();
  }
}

function printError(
  io: CliIo,
  json: boolean,
  error: { code: string; message: string; details?: { issues?: { field?: string; message: string }[] } },
): void {
  if (json) io.stdout(`${JSON.stringify({ error }, null, 2)}\n`);
  const lines = [`denggao: ${error.message} [${error.code}]`];
  for (const issue of error.details?.issues ?? []) lines.push(`  ${issue.field ?? ''}: ${issue.message}`);
  io.stderr(`${lines.join('\n')}\n`);
}
