import fs from 'node:fs';
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
