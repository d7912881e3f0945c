import { describe, expect, it } from 'vitest';
import { formatCounts, runCrashTest } from './harness';

const KILLS = Number(process.env.DENGGAO_CRASH_KILLS ?? 20);
const SEED = Number(process.env.DENGGAO_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));

describe('crash safety', () => {
  it(`survives ${KILLS} SIGKILLs during imports and edits: opens, integrity ok, no partial import, audit whole`, async () => {
    const counts = await runCrashTest({ kills: KILLS, seed: SEED });
    console.log(formatCounts(counts));
    expect(counts.failures, formatCounts(counts)).toEqual([]);
    expect(counts.opens).toBe(KILLS);
    expect(counts.integrityOk).toBe(KILLS);
    expect(counts.partialImports).toBe(0);
    // The kills must really land inside imports, or the test proves nothing about them.
    expect(counts.killedDuring.import ?? 0).toBeGreaterThan(0);
  }, 180_000);
});
