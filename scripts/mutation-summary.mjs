// @ts-check
/**
 * Adds up mutation runs made one part at a time (`MUTATE_REPORT=<name> npm run mutate -- --mutate <globs>`,
 * each leaving reports/mutation/<name>.json): one row per report and per file, then the total, scored as
 * Stryker scores (killed + timed out over all valid mutants; a static mutant skipped by `ignoreStatic` is not
 * valid). `--survivors` lists each survivor with its line, so tests can be written against it.
 *
 *   node scripts/mutation-summary.mjs reports/mutation/assessment.json reports/mutation/mlps.json [--survivors]
 */
import fs from 'node:fs';

const args = process.argv.slice(2);
const showSurvivors = args.includes('--survivors');
const reports = args.filter((arg) => !arg.startsWith('--'));
if (reports.length === 0) throw new Error('name at least one Stryker JSON report (reports/mutation/<name>.json)');

/** @typedef {{ status: string, mutatorName: string, replacement?: string, location: { start: { line: number, column: number } } }} Mutant */
/** @typedef {Record<string, number>} Counts */

/** @param {Counts} counts */
function row(counts) {
  const count = (/** @type {string} */ status) => counts[status] ?? 0;
  const detected = count('Killed') + count('Timeout');
  const valid = Object.values(counts).reduce((sum, n) => sum + n, 0) - count('Ignored') - count('CompileError') - count('RuntimeError');
  const covered = detected + count('Survived');
  const percent = (/** @type {number} */ part, /** @type {number} */ whole) =>
    whole === 0 ? '—' : `${((100 * part) / whole).toFixed(2)} %`;
  return `${valid} mutants, ${count('Killed')} killed, ${count('Timeout')} timeout, ${count('Survived')} survived, ${count('NoCoverage')} no coverage, ${count('Ignored')} ignored — score ${percent(detected, valid)} (${percent(detected, covered)} of covered)`;
}

/** @param {Counts} into @param {Mutant[]} mutants */
function tally(into, mutants) {
  for (const mutant of mutants) into[mutant.status] = (into[mutant.status] ?? 0) + 1;
  return into;
}

/** @type {Counts} */
const total = {};
for (const report of reports) {
  /** @type {{ files: Record<string, { source: string, mutants: Mutant[] }> }} */
  const { files } = JSON.parse(fs.readFileSync(report, 'utf8'));
  const all = Object.values(files).flatMap((file) => file.mutants);
  tally(total, all);
  console.log(`${report}: ${row(tally({}, all))}`);
  for (const [path, file] of Object.entries(files)) {
    console.log(`  ${path}: ${row(tally({}, file.mutants))}`);
    if (!showSurvivors) continue;
    const lines = file.source.split('\n');
    for (const mutant of file.mutants.filter((m) => m.status === 'Survived')) {
      const { line, column } = mutant.location.start;
      console.log(`    L${line}:${column} ${mutant.mutatorName} → ${mutant.replacement ?? ''} | ${lines[line - 1]?.trim()}`);
    }
  }
}
if (reports.length > 1) console.log(`total: ${row(total)}`);
