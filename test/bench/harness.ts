/** The bench harness: every scenario measures itself and a baseline in the same run, and reports the ratio. */
export interface Measurement {
  /** What was measured, e.g. "median ms per start". */
  figure: number;
  baseline: number;
  unit: string;
  /** What the baseline is, in a few words. */
  baselineLabel: string;
  /** An optional target for the ratio figure/baseline, printed beside it. */
  targetRatio?: number;
  extra?: Record<string, string | number>;
}

/** A scenario that cannot run on this machine says why instead of printing a figure. */
export interface Skipped {
  skipped: string;
}

export interface Scenario {
  name: string;
  run(): Promise<Measurement | Skipped>;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export async function timeMs(fn: () => unknown | Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function medianMs(times: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) samples.push(await timeMs(fn));
  return median(samples);
}
