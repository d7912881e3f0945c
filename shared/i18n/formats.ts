/** How values read on screen, in reports and in the CLI alike. */

/**
 * A moment as its reader expects to see it: in their language's date and time style and the machine's time
 * zone — never the stored UTC form (2026-12-05T06:42:24.237Z).
 */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A share as a percentage with one decimal ("12.5%"), or a dash when there is nothing to rate. */
export function formatPercent(ratio: number | null): string {
  return ratio === null ? '—' : `${(ratio * 100).toFixed(1)}%`;
}

/** Amounts per currency ("1,200 CNY + 30 USD"), or "0" when there are none. */
export function formatMoney(amounts: Record<string, number>, locale: string): string {
  const parts = Object.entries(amounts).map(
    ([currency, amount]) => `${amount.toLocaleString(locale, { maximumFractionDigits: 2 })} ${currency}`,
  );
  return parts.length === 0 ? '0' : parts.join(' + ');
}
