/**
 * SAM benchmarks: parse + normalize + plan 100,000 installation rows from CSV and from XLSX, a raw
 * papaparse parse of the same CSV as baseline, and the licence position over 100,000 installations and
 * 5,000 products. Each scenario runs in its own Node process so its peak RSS is its own.
 *
 *   npx tsx test/bench/sam.ts            # all scenarios, prints a table
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { computeLicencePosition } from '../../shared/domain/sam/position';
import { writeCsv, writeXlsx } from '../../main/backend/sam/import/export';
import { planImport } from '../../main/backend/sam/import/plan';
import { prepareImport } from '../../main/backend/sam/import/index';
import { largeEstate } from '../fixtures/sam-estate';

const ROWS = 100_000;
const HEADER = ['厂商', '软件名称', '版本', '计算机名', '使用人', '部门', '所属单位', '安装日期', '核数'];

function* installationRows(): Generator<(string | number)[]> {
  for (let index = 0; index < ROWS; index++) {
    const product = (index * 7919) % 5_000;
    yield [`厂商${product % 300}`, `软件产品${product}`, `${2013 + (index % 10)}`, `PC-${index}`, `用户${index % 30_000}`, `部门${index % 40}`, `子公司${index % 7}`, `2024/${1 + (index % 12)}/${1 + (index % 28)}`, 4 + (index % 4) * 4];
  }
}

async function scenario(name: string, dir: string): Promise<Record<string, number | string>> {
  const started = performance.now();
  let detail: Record<string, number | string> = {};
  if (name === 'csv-import' || name === 'xlsx-import') {
    const { source, mapping } = await prepareImport(join(dir, name === 'csv-import' ? 'installations.csv' : 'installations.xlsx'), { kind: 'auto' });
    const plan = await planImport({ source, mapping, existing: () => undefined });
    detail = { added: plan.added.length, rejected: plan.rejected.length };
  } else if (name === 'papaparse-baseline') {
    const text = new TextDecoder().decode(await readFile(join(dir, 'installations.csv')));
    detail = { rows: Papa.parse<string[]>(text).data.length };
  } else if (name === 'position') {
    const estate = largeEstate(5_000, ROWS);
    const runs: number[] = [];
    for (let run = 0; run < 10; run++) {
      const t = performance.now();
      computeLicencePosition({ ...estate, today: '2025-01-01' });
      runs.push(performance.now() - t);
    }
    runs.sort((a, b) => a - b);
    return { ms: Math.round(runs[0] ?? 0), medianMs: Math.round(runs[5] ?? 0), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
  }
  return { ms: Math.round(performance.now() - started), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), ...detail };
}

async function main(): Promise<void> {
  const [mode, dirArg] = process.argv.slice(2);
  if (mode !== undefined && dirArg !== undefined) {
    console.log(JSON.stringify(await scenario(mode, dirArg)));
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'sam-bench-'));
  try {
    await writeCsv(join(dir, 'installations.csv'), HEADER, installationRows());
    await writeXlsx(join(dir, 'installations.xlsx'), [{ name: '安装记录', header: HEADER, rows: installationRows() }]);
    const self = fileURLToPath(import.meta.url);
    for (const name of ['papaparse-baseline', 'csv-import', 'xlsx-import', 'position']) {
      const child = spawnSync(process.execPath, ['--import', 'tsx', self, name, dir], { encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`${name} failed: ${child.stderr}`);
      console.log(name.padEnd(20), child.stdout.trim());
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
