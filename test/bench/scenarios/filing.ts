/**
 * The filing package against `sha256sum` of the same bytes, measured in the same run: writing a package
 * with 200 MB of attachments (hashing SHA-256 and SM3, zipping, signing) and verifying it (structure, both
 * hashes, both signatures). Target: at least 0.8× sha256sum's throughput, i.e. at most 1.25× its time.
 * Each runs in a child process so its peak RSS is its own: the package never sits in memory.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSigningKeys } from '../../../main/backend/filing/keys';
import { makeTempDir } from '../../support/workspace';
import { median, type Scenario } from '../harness';

const FILES = 8;
const FILE_BYTES = 25 * 1024 * 1024;
const TOTAL_MB = (FILES * FILE_BYTES) / 1024 ** 2;
const RUNS = 3;
const PASSPHRASE = 'bench-passphrase';
const child = fileURLToPath(new URL('../filing-child.ts', import.meta.url));

interface Setup {
  dir: string;
  files: string[];
  keyDir: string;
  certificate: string;
  out: string;
}

let setup: Promise<Setup> | undefined;

/** 200 MB of incompressible attachments and a key, made once for both scenarios. */
function prepare(): Promise<Setup> {
  setup ??= (async () => {
    const dir = makeTempDir('denggao-bench-filing-');
    process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    const files = Array.from({ length: FILES }, (_, index) => path.join(dir, `attachment-${index}.bin`));
    for (const file of files) {
      const fd = fs.openSync(file, 'w');
      for (let written = 0; written < FILE_BYTES; written += 1024 * 1024) fs.writeSync(fd, randomBytes(1024 * 1024));
      fs.closeSync(fd);
    }
    const keyDir = path.join(dir, 'keys');
    await generateSigningKeys({ keyDir, passphrase: PASSPHRASE, enterprise: { name: '基准测试企业', uscc: '91110000100017643K' } });
    return {
      dir,
      files,
      keyDir,
      certificate: fs.readFileSync(path.join(keyDir, 'signer.pem'), 'utf8'),
      out: path.join(dir, 'bench.dgpkg'),
    };
  })();
  return setup;
}

interface ChildResult {
  ms: number;
  maxRssMb: number;
  rssBeforeMb: number;
  detail: unknown;
}

function runChild(options: Record<string, unknown>): ChildResult {
  const result = spawnSync(process.execPath, ['--import', 'tsx', child, JSON.stringify(options)], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`filing bench child failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as ChildResult;
}

function sha256sumMs(files: string[]): number {
  const start = performance.now();
  const result = spawnSync('sha256sum', files, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`sha256sum failed: ${result.stderr}`);
  return performance.now() - start;
}

/** Alternates baseline and figure so both see the same machine load; medians of RUNS each. */
function measure(work: () => ChildResult, files: () => string[]) {
  const figures: number[] = [];
  const baselines: number[] = [];
  let maxRssMb = 0;
  let rssBeforeMb = 0;
  for (let run = 0; run < RUNS; run++) {
    const result = work();
    figures.push(result.ms);
    maxRssMb = Math.max(maxRssMb, result.maxRssMb);
    rssBeforeMb = Math.max(rssBeforeMb, result.rssBeforeMb);
    baselines.push(sha256sumMs(files()));
  }
  const figure = median(figures);
  const baseline = median(baselines);
  return {
    figure,
    baseline,
    unit: `ms for ${TOTAL_MB} MB`,
    baselineLabel: 'sha256sum of the same bytes',
    targetRatio: 1.25,
    extra: {
      'MB/s': Math.round(TOTAL_MB / (figure / 1000)),
      'sha256sum MB/s': Math.round(TOTAL_MB / (baseline / 1000)),
      'throughput vs sha256sum': `${(baseline / figure).toFixed(2)}× (target ≥ 0.8×)`,
      'peak RSS (MB)': Math.round(maxRssMb),
      'RSS before the work (MB)': Math.round(rssBeforeMb),
    },
  };
}

export const filingScenarios: Scenario[] = [
  {
    name: `filing package export, ${TOTAL_MB} MB of attachments (SHA-256 + SM3, CMS + SM2)`,
    async run() {
      const s = await prepare();
      return measure(
        () => {
          fs.rmSync(s.out, { force: true });
          return runChild({ mode: 'export', out: s.out, keyDir: s.keyDir, passphrase: PASSPHRASE, files: s.files });
        },
        () => s.files,
      );
    },
  },
  {
    name: `filing package verify, ${TOTAL_MB} MB of attachments (structure, both hashes, both signatures, trust)`,
    async run() {
      const s = await prepare();
      if (!fs.existsSync(s.out)) runChild({ mode: 'export', out: s.out, keyDir: s.keyDir, passphrase: PASSPHRASE, files: s.files });
      return measure(
        () => {
          const result = runChild({ mode: 'verify', out: s.out, trust: s.certificate });
          if (!(result.detail as { valid: boolean }).valid)
            throw new Error(`bench package did not verify: ${JSON.stringify(result.detail)}`);
          return result;
        },
        () => [s.out],
      );
    },
  },
];
