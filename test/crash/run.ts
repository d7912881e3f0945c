/** `npm run crash -- [--kills N] [--seed S]`: the long crash run; prints the counts and exits 1 on any failure. */
import { parseArgs } from 'node:util';
import { formatCounts, runCrashTest } from './harness';

const { values } = parseArgs({ options: { kills: { type: 'string', default: '200' }, seed: { type: 'string' } } });
const kills = Number(values.kills);
const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
process.stderr.write(`crash test: ${kills} kills, seed ${seed} (replay with --seed ${seed})\n`);
const counts = await runCrashTest({
  kills,
  seed,
  onKill: (i, phase, check) => process.stderr.write(`  kill ${i}/${kills} during ${phase}: ${check.problem ?? 'ok'}\n`),
});
process.stdout.write(`${formatCounts(counts)}\n`);
process.exitCode = counts.failures.length === 0 ? 0 : 1;
