/**
 * Child process of the receiver benches (scenarios/receiver.ts), so its peak RSS is its own. Prints one JSON line.
 *
 *   receiver-child.ts import '<json {dir, groups, unitsPerGroup, rounds}>'
 *     Signs a filing package for every filer of a small population (each unit's certificate issued by its
 *     group's CA, which the receiver trusts), then imports each package through the backend ('filing.import':
 *     verify and extract, summary, backup, rows, audit) and verifies the same package bare (verifyPackage), in
 *     alternating rounds.
 *   receiver-child.ts scale '<json {dir, groups, unitsPerGroup, runs}>'
 *     Stores a whole population the way an import stores it (insertFiling: the filing row with its data JSON
 *     and summary, and its facts row), then times the consolidation view of the period and the drill-down to
 *     one group, each against a bare SQL pass over the same rows.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createBackend } from '../../main/backend';
import { verifyPackage } from '../../main/backend/filing/package-reader';
import { consolidationView } from '../../main/backend/filing/views';
import { signPopulationPackages } from '../fixtures/population-packages';
import { populationFilings, storeFiling, type PopulationFiling } from '../fixtures/population';
import { median } from './harness';

const PERIOD = '2025';
const CREATED_AT = '2025-07-01T08:00:00.000Z';
const options = JSON.parse(process.argv[3] ?? '{}') as {
  dir: string;
  groups: number;
  unitsPerGroup: number;
  rounds?: number;
  runs?: number;
};

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

async function measureImport() {
  const filings = [...populationFilings({ groups: options.groups, unitsPerGroup: options.unitsPerGroup, period: PERIOD }, CREATED_AT)];
  const packages = path.join(options.dir, 'packages');
  fs.mkdirSync(packages, { recursive: true });
  const { files, trustPem } = await signPopulationPackages(filings, packages, PERIOD, CREATED_AT);
  const importMs: number[] = [];
  const verifyMs: number[] = [];
  for (let round = 0; round < (options.rounds ?? 1); round++) {
    const backend = createBackend({ dataDir: path.join(options.dir, `receiver-${round}`) });
    for (const pem of trustPem) {
      const added = await backend.call('filing.trust.add', { pem, label: 'group CA' });
      if (!added.ok) throw new Error(added.error.message);
    }
    // Alternating package by package, so both see the same machine load.
    let imported = 0;
    let verified = 0;
    for (const file of files) {
      let start = performance.now();
      const result = await backend.call('filing.import', { path: file });
      imported += performance.now() - start;
      if (!result.ok) throw new Error(`import failed: ${result.error.code} ${result.error.message}`);
      start = performance.now();
      const verify = await verifyPackage(file, { trust: { certificates: trustPem } });
      verified += performance.now() - start;
      if (!verify.valid) throw new Error(`bare verify failed: ${JSON.stringify(verify.errors)}`);
    }
    backend.close();
    importMs.push(imported);
    verifyMs.push(verified);
  }
  const bytes = files.reduce((total, file) => total + fs.statSync(file).size, 0);
  return {
    packages: files.length,
    importMs: median(importMs),
    verifyMs: median(verifyMs),
    meanPackageKb: bytes / files.length / 1024,
    peakRssMb: peakRssMb(),
  };
}

function storePopulation(db: Database.Database): number {
  const insert = db.transaction((batch: PopulationFiling[]) => batch.forEach((filing) => storeFiling(db, filing, PERIOD, CREATED_AT)));
  let batch: PopulationFiling[] = [];
  let stored = 0;
  for (const filing of populationFilings({ groups: options.groups, unitsPerGroup: options.unitsPerGroup, period: PERIOD }, CREATED_AT)) {
    batch.push(filing);
    if (batch.length === 1000) {
      insert(batch);
      stored += batch.length;
      batch = [];
    }
  }
  insert(batch);
  return stored + batch.length;
}

function timeRuns(runs: number, fn: () => unknown): number {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

function measureScale() {
  const backend = createBackend({ dataDir: options.dir }); // creates and migrates the receiver's database
  const file = backend.databaseFile;
  backend.close();
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  const buildStart = performance.now();
  const filings = storePopulation(db);
  const buildSeconds = (performance.now() - buildStart) / 1000;
  db.pragma('wal_checkpoint(TRUNCATE)');
  const bytes = fs.statSync(file).size;
  const runs = options.runs ?? 5;
  const group = db.prepare("SELECT group_uscc FROM received_filing_facts WHERE role = 'headquarters' LIMIT 1").pluck().get() as string;
  const bare = (where: string) => () =>
    db
      .prepare(`SELECT count(*), sum(assessment_total), sum(installations) FROM received_filing_facts WHERE period = ? ${where}`)
      .all(PERIOD, ...(where ? [group] : []));
  consolidationView(db, { period: PERIOD }); // the first call prepares the statements
  const view = consolidationView(db, { period: PERIOD });
  const result = {
    filings,
    enterprises: view.totals.enterprises,
    buildSeconds,
    viewMs: timeRuns(runs, () => consolidationView(db, { period: PERIOD })),
    viewBareMs: timeRuns(runs, bare('')),
    drillMs: timeRuns(runs, () => consolidationView(db, { period: PERIOD, filter: { groupUscc: group } })),
    drillEnterprises: consolidationView(db, { period: PERIOD, filter: { groupUscc: group } }).totals.enterprises,
    drillBareMs: timeRuns(runs, bare('AND group_uscc = ?')),
    databaseBytes: bytes,
    peakRssMb: 0,
  };
  db.close();
  result.peakRssMb = peakRssMb();
  return result;
}

const mode = process.argv[2];
if (mode === 'import') process.stdout.write(`${JSON.stringify(await measureImport())}\n`);
else if (mode === 'scale') process.stdout.write(`${JSON.stringify(measureScale())}\n`);
else throw new Error(`unknown mode ${mode}`);
