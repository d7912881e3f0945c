import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../../../main/backend';
import { makeTempDir, sampleProfile } from '../../support/workspace';
import { median, timeMs, type Scenario } from '../harness';

const CALLS = 1000;
/** Rounds alternate with and without, so a neighbour's load on the shared CPU hits both alike. */
const ROUNDS = 5;

/** What one profile.save costs with its audit entry (hash chain, same transaction) against the same calls without. */
async function saves(audit: boolean): Promise<number> {
  const dir = makeTempDir('denggao-bench-');
  const backend = createBackend({ dataDir: dir, audit });
  const profile = sampleProfile();
  await backend.call('profile.save', profile);
  const ms = await timeMs(async () => {
    for (let i = 0; i < CALLS; i++) await backend.call('profile.save', { ...profile, department: `部门 ${i}` });
  });
  backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return ms;
}

export const auditScenarios: Scenario[] = [
  {
    name: `${CALLS} profile.save calls with the audit log`,
    async run() {
      await saves(true); // warm-up: module load, JIT, page cache
      const withAudit: number[] = [];
      const without: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        without.push(await saves(false));
        withAudit.push(await saves(true));
      }
      const figure = median(withAudit);
      const baseline = median(without);
      return {
        figure,
        baseline,
        unit: `ms for ${CALLS} (median of ${ROUNDS})`,
        baselineLabel: 'same calls, audit off',
        targetRatio: 1.5,
        extra: { 'audit cost per call (ms)': +((figure - baseline) / CALLS).toFixed(3) },
      };
    },
  },
];

const LOG_MB = 120;
const auditChild = path.join(path.dirname(fileURLToPath(import.meta.url)), '../audit-child.ts');

interface AuditChildResult {
  ms: number;
  peakRssMb: number;
  detail: unknown;
}

function runAuditChild(args: string[]): AuditChildResult {
  const run = spawnSync(process.execPath, ['--import', 'tsx', auditChild, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`audit-child ${args[0]} failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as AuditChildResult;
}

/**
 * Memory over a ~120 MB audit log (issue 13: a 127 MB log took 624 MB when read whole): peak RSS of
 * audit.verify, of writing the log for a filing package, and of a receiver checking a package's
 * audit/log.json, each in its own process, against the same process with the workspace open and nothing read.
 */
auditScenarios.push({
  name: `audit log of ${LOG_MB} MB: verify, export and receive stream it`,
  async run() {
    const dir = makeTempDir('denggao-bench-audit-');
    try {
      const made = runAuditChild(['make', dir, String(LOG_MB)]);
      const idle = runAuditChild(['idle', dir]);
      const [verify, exported, received] = (['verify', 'export', 'receive'] as const).map((mode) => runAuditChild([mode, dir]));
      const worst = Math.max(verify!.peakRssMb, exported!.peakRssMb, received!.peakRssMb);
      return {
        figure: Math.round(worst),
        baseline: Math.round(idle.peakRssMb),
        unit: 'MB peak RSS (the worst of the three)',
        baselineLabel: 'the workspace open, nothing read',
        targetRatio: 1.5,
        extra: {
          'log (bytes)': (made.detail as { logBytes: number }).logBytes,
          'verify peak RSS (MB) / s': `${Math.round(verify!.peakRssMb)} / ${(verify!.ms / 1000).toFixed(1)}`,
          'export peak RSS (MB) / s': `${Math.round(exported!.peakRssMb)} / ${(exported!.ms / 1000).toFixed(1)}`,
          'receive peak RSS (MB) / s': `${Math.round(received!.peakRssMb)} / ${(received!.ms / 1000).toFixed(1)}`,
        },
      };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
});
