/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), done in UTC so no local time zone or daylight saving can move
 * a deadline.
 */
import type { IsoDate } from '../../contract/mlps/schemas';

const DAY_MS = 86_400_000;

function toUtc(date: IsoDate): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

function toIso(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return toIso(new Date(toUtc(date).getTime() + days * DAY_MS));
}

/** Adds calendar months; a day the target month lacks becomes its last day (01-31 + 1 month → 02-28/29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const start = toUtc(date);
  const firstOfTarget = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(start.getUTCDate(), lastDay));
  return toIso(firstOfTarget);
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** Counts forward `days` working days, skipping Saturdays and Sundays (public holidays are not known here). */
export function addWorkingDays(date: IsoDate, days: number): IsoDate {
  let current = toUtc(date);
  let left = days;
  while (left > 0) {
    current = new Date(current.getTime() + DAY_MS);
    const weekday = current.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return toIso(current);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS);
}

export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
