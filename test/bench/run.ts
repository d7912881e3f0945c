/**
 * `npm run bench [-- NAME-FILTER]`: runs the scenarios and prints scenario, figure, baseline (measured in
 * the same run), ratio and target. Figures are for comparing, never asserted in tests.
 */
import { scenarios } from './scenarios';

const filter = process.argv[2]?.toLowerCase();
const rows: string[][] = [['scenario', 'figure', 'baseline', 'ratio', 'target', 'notes']];
for (const scenario of scenarios.filter((s) => !filter || s.name.toLowerCase().includes(filter))) {
  process.stderr.write(`… ${scenario.name}\n`);
  const m = await scenario.run();
  if ('skipped' in m) {
    rows.push([scenario.name, 'skipped', '', '', '', m.skipped]);
    continue;
  }
  const ratio = m.baseline > 0 ? m.figure / m.baseline : Number.NaN;
  const notes = Object.entries(m.extra ?? {})
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ');
  rows.push([
    scenario.name,
    `${m.figure.toFixed(2)} ${m.unit}`,
    `${m.baseline.toFixed(2)} (${m.baselineLabel})`,
    `${ratio.toFixed(2)}×`,
    m.targetRatio ? `≤ ${m.targetRatio}× ${ratio <= m.targetRatio ? 'met' : 'MISSED'}` : '',
    notes,
  ]);
}
const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => [...r[col]!].length)));
for (const [i, row] of rows.entries()) {
  process.stdout.write(`${row.map((cell, col) => cell.padEnd(widths[col]!)).join(' | ')}\n`);
  if (i === 0) process.stdout.write(`${widths.map((w) => '-'.repeat(w)).join('-|-')}\n`);
}
