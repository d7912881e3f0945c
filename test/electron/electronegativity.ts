/**
 * Runs Electronegativity through its API (its CLI breaks on the commander it resolves) — offline: the two
 * look-ups it makes on the network (updated translations; GitHub's list of Electron releases) are answered
 * "no network" before it loads, so the check is the same on an air-gapped machine and in CI.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
export const ALLOWLIST_FILE = path.join(root, 'main/electron/electronegativity-allowlist.json');

export interface Allowlist {
  /** Checks not run at all, each with the reason. */
  excludedChecks: { check: string; reason: string }[];
  /** Findings accepted after review: check id, file (relative to the project), how many, and why. */
  findings: { check: string; file: string; count?: number; reason: string }[];
}

export interface Finding {
  check: string;
  file: string;
  line: number;
  severity: string;
  confidence: string;
  description: string;
}

export interface AuditResult {
  checks: number;
  findings: Finding[];
  explained: { finding: Finding; reason: string }[];
  unexplained: Finding[];
  stale: Allowlist['findings'];
  excluded: Allowlist['excludedChecks'];
  errors: string[];
}

interface RawIssue {
  id: string;
  file: string;
  location: { line: number };
  severity: { name?: string; value: number };
  confidence: { name?: string; value: number };
  description: string;
}
type Runner = (
  options: Record<string, unknown>,
) => Promise<{ globalChecks: number; atomicChecks: number; errors: { file: string; message: string }[]; issues: RawIssue[] }>;

function offlineRunner(): Runner {
  const engDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const gotPath = require.resolve('got', { paths: [engDir] });
  const offline = () => Promise.reject(new Error('offline: Denggao audits without network access'));
  const stub = Object.assign(offline, { head: offline, get: offline, default: offline });
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: stub } as NodeJS.Module;
  // Its i18n helper prints a notice when the translations cannot be fetched; keep the report clean.
  const log = console.log;
  console.log = () => undefined;
  try {
    const loaded = require('@doyensec/electronegativity') as Runner | { default: Runner };
    return typeof loaded === 'function' ? loaded : loaded.default;
  } finally {
    console.log = log;
  }
}

/** What is scanned: the Electron door and what it loads, copied with their project paths into one folder. */
export const AUDITED_PATHS = ['main/electron', 'main/common', 'renderer/index.html', 'package.json'];

function stage(sources: string[], from: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'denggao-electronegativity-'));
  for (const source of sources) {
    const absolute = path.join(from, source);
    const files = fs.statSync(absolute).isDirectory()
      ? fs.readdirSync(absolute, { recursive: true }).map((f) => path.join(source, String(f)))
      : [source];
    for (const file of files) {
      if (/\.test\.tsx?$/.test(file) || fs.statSync(path.join(from, file)).isDirectory()) continue;
      fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
      fs.copyFileSync(path.join(from, file), path.join(dir, file));
    }
  }
  return dir;
}

export async function auditElectron(options: { from?: string; paths?: string[]; allowlist?: Allowlist } = {}): Promise<AuditResult> {
  const allowlist = options.allowlist ?? (JSON.parse(fs.readFileSync(ALLOWLIST_FILE, 'utf8')) as Allowlist);
  const staged = stage(options.paths ?? AUDITED_PATHS, options.from ?? root);
  const log = console.log;
  try {
    const run = offlineRunner();
    console.log = () => undefined;
    const report = await run({
      input: staged,
      output: null,
      isRelative: true,
      excludeFromScan: allowlist.excludedChecks.map((c) => c.check),
    });
    const findings: Finding[] = report.issues.map((i) => ({
      check: i.id,
      file: path.isAbsolute(i.file) ? path.relative(staged, i.file) : i.file,
      line: i.location.line,
      severity: i.severity.name ?? String(i.severity.value),
      confidence: i.confidence.name ?? String(i.confidence.value),
      description: i.description,
    }));
    const used = new Map<(typeof allowlist.findings)[number], number>();
    const explained: AuditResult['explained'] = [];
    const unexplained: Finding[] = [];
    for (const finding of findings) {
      const entry = allowlist.findings.find(
        (e) => e.check === finding.check && e.file === finding.file && (used.get(e) ?? 0) < (e.count ?? 1),
      );
      if (entry) {
        used.set(entry, (used.get(entry) ?? 0) + 1);
        explained.push({ finding, reason: entry.reason });
      } else unexplained.push(finding);
    }
    return {
      checks: report.globalChecks + report.atomicChecks,
      findings,
      explained,
      unexplained,
      stale: allowlist.findings.filter((e) => !used.has(e)),
      excluded: allowlist.excludedChecks,
      errors: report.errors.map((e) => `${e.file}: ${e.message}`),
    };
  } finally {
    console.log = log;
    fs.rmSync(staged, { recursive: true, force: true });
  }
}

export function formatAudit(r: AuditResult): string {
  const at = (f: Finding) => `${f.check} ${f.file}:${f.line} (${f.severity}, ${f.confidence})`;
  return [
    `Electronegativity: ${r.checks} checks over ${AUDITED_PATHS.join(', ')}; ${r.findings.length} finding(s), ${r.explained.length} justified, ${r.unexplained.length} unexplained`,
    ...r.excluded.map((c) => `  excluded ${c.check}: ${c.reason}`),
    ...r.explained.map(({ finding, reason }) => `  justified ${at(finding)}: ${reason}`),
    ...r.unexplained.map((f) => `  UNEXPLAINED ${at(f)}: ${f.description}`),
    ...r.stale.map((e) => `  STALE allowlist entry ${e.check} ${e.file}: no such finding any more — remove it`),
    ...r.errors.map((e) => `  PARSE ERROR ${e}`),
  ].join('\n');
}
