/**
 * Two small rules for reading a licence position's figures, on their own so that a door printing them (the
 * CLI) does not load the position's computation and the SAM schemas it rests on at start.
 */
import type { PositionSummary } from './position';

/** part / whole, or null when there is nothing to rate (never a 100 % over nothing). */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** True when every shortfall lacks a price: the cost is then unknown and must not read as 0. */
export function shortfallCostUnknown(summary: Pick<PositionSummary, 'shortfallCost' | 'unpricedShortfallRows'>): boolean {
  return summary.unpricedShortfallRows > 0 && Object.keys(summary.shortfallCost).length === 0;
}
