/**
 * The receiver at SASAC scale (issue 18): a population of groups over two tiers (default 100 groups × 400
 * units, about 40,000 filings) stored the way the import stores them, and a representative sample of real
 * signed packages imported through the backend. Each runs in a child process so its peak RSS is its own.
 *
 *   verify + import: the time to import the sample's packages against verifying the same packages bare
 *                    (verifyPackage, nothing kept); target ≤ 1.3×.
 *   consolidation view / drill-down: the view of the period over every filing (target ≤ 200 ms) and of one
 *                    group (≤ 50 ms), each against a bare SQL pass over the same rows.
 *
 * Sizes: DENGGAO_BENCH_GROUPS and DENGGAO_BENCH_UNITS (population), DENGGAO_BENCH_IMPORT_GROUPS and
 * DENGGAO_BENCH_IMPORT_UNITS (the signed sample, default 4 × 60: 244 packages), for quicker runs while developing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeTempDir } from '../../support/workspace';
import type { Measurement, Scenario } from '../harness';

const child = fileURLToPath(new URL('../receiver-child.ts', import.meta.url));
const sizeFrom = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const GROUPS = sizeFrom('DENGGAO_BENCH_GROUPS', 100);
const UNITS = sizeFrom('DENGGAO_BENCH_UNITS', 400);
const IMPORT_GROUPS = sizeFrom('DENGGAO_BENCH_IMPORT_GROUPS', 4);
const IMPORT_UNITS = sizeFrom('DENGGAO_BENCH_IMPORT_UNITS', 60);

function runChild<T>(mode: 'import' | 'scale', options: Record<string, unknown>): T {
  const dir = makeTempDir(`denggao-bench-receiver-${mode}-`);
  try {
    const result = spawnSync(process.execPath, ['--import', 'tsx', child, mode, JSON.stringify({ ...options, dir })], {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    if (result.status !== 0) throw new Error(`receiver bench child failed: ${result.stderr}`);
    return JSON.parse(result.stdout) as T;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

interface ScaleResult {
  filings: number;
  enterprises: number;
  buildSeconds: number;
  viewMs: number;
  viewBareMs: number;
  drillMs: number;
  drillEnterprises: number;
  drillBareMs: number;
  databaseBytes: number;
  peakRssMb: number;
}

let scale: ScaleResult | undefined;
const scaleResult = () => (scale ??= runChild<ScaleResult>('scale', { groups: GROUPS, unitsPerGroup: UNITS, runs: 7 }));

const withinTarget = (ms: number, target: number) => `${ms.toFixed(1)} ms ≤ ${target} ms ${ms <= target ? 'met' : 'MISSED'}`;

export const receiverScenarios: Scenario[] = [
  {
    name: `receiver verify + import, ${IMPORT_GROUPS * (IMPORT_UNITS + 1)} signed packages (vs bare verification of the same packages)`,
    async run(): Promise<Measurement> {
      const r = runChild<{ packages: number; importMs: number; verifyMs: number; meanPackageKb: number; peakRssMb: number }>('import', {
        groups: IMPORT_GROUPS,
        unitsPerGroup: IMPORT_UNITS,
        rounds: 1,
      });
      return {
        figure: r.importMs,
        baseline: r.verifyMs,
        unit: `ms for ${r.packages} packages`,
        baselineLabel: 'verifyPackage alone',
        targetRatio: 1.3,
        extra: {
          'imported packages/s': (r.packages / (r.importMs / 1000)).toFixed(1),
          'verified packages/s': (r.packages / (r.verifyMs / 1000)).toFixed(1),
          'mean package (KB)': Math.round(r.meanPackageKb),
          'peak RSS (MB)': Math.round(r.peakRssMb),
        },
      };
    },
  },
  {
    name: `receiver consolidation view, ${GROUPS} groups × ${UNITS} units (vs a bare SQL pass over the same rows)`,
    async run(): Promise<Measurement> {
      const r = scaleResult();
      return {
        figure: r.viewMs,
        baseline: r.viewBareMs,
        unit: `ms over ${r.enterprises} filings`,
        baselineLabel: 'count and two sums over the facts',
        extra: {
          target: withinTarget(r.viewMs, 200),
          'database MB': Math.round(r.databaseBytes / 1024 ** 2),
          'KB per filing': Math.round(r.databaseBytes / r.filings / 1024),
          'build s': Math.round(r.buildSeconds),
          'peak RSS (MB)': Math.round(r.peakRssMb),
        },
      };
    },
  },
  {
    name: `receiver drill-down to one group (its headquarters and ${UNITS} units)`,
    async run(): Promise<Measurement> {
      const r = scaleResult();
      return {
        figure: r.drillMs,
        baseline: r.drillBareMs,
        unit: `ms over ${r.drillEnterprises} filings`,
        baselineLabel: 'the same bare pass, one group',
        extra: { target: withinTarget(r.drillMs, 50), filter: 'group USCC (the profile’s group; no tier link on this branch)' },
      };
    },
  },
];
