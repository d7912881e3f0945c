/**
 * The `full` report of a large generated enterprise (50 level-3 objects with full gap tables, 10,000
 * entitlements) through the reports pipeline, against raw pdfmake laying out the same document definition in
 * the same run. Each runs in its own child process (reports-child.ts), so each peak RSS is its own; the two
 * scenarios share one pair of runs.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../harness';
import type { ChildMode, ChildResult } from '../reports-child';

const CHILD = fileURLToPath(new URL('../reports-child.ts', import.meta.url));

function runChild(mode: ChildMode): ChildResult {
  const output = execFileSync(process.execPath, [...process.execArgv, CHILD, mode], { encoding: 'utf8', maxBuffer: 1024 * 1024 });
  return JSON.parse(output.trim().split('\n').at(-1)!) as ChildResult;
}

let runs: { raw: ChildResult; pipeline: ChildResult } | undefined;
function measured() {
  runs ??= { raw: runChild('raw'), pipeline: runChild('pipeline') };
  return runs;
}

export const reportsScenarios: Scenario[] = [
  {
    name: 'full report, large enterprise (50 level-3 objects, 10,000 entitlements): time',
    async run() {
      const { raw, pipeline } = measured();
      return {
        figure: pipeline.seconds,
        baseline: raw.seconds,
        unit: 's',
        baselineLabel: 'raw pdfmake, same definition',
        targetRatio: 1.2,
        extra: { pages: pipeline.pages, 'raw pages': raw.pages, MB: +(pipeline.bytes / 1024 / 1024).toFixed(1) },
      };
    },
  },
  {
    name: 'full report, large enterprise: peak RSS',
    async run() {
      const { raw, pipeline } = measured();
      return {
        figure: pipeline.peakRssMB,
        baseline: raw.peakRssMB,
        unit: 'MB',
        baselineLabel: 'raw pdfmake, same definition',
        targetRatio: 1.2,
      };
    },
  },
];
