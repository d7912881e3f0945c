/** Small display helpers for the filing pages. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

export { formatDateTime, formatPercent } from '../../../../shared/i18n/formats';

/** A fingerprint in groups of four, easier to read aloud and compare. */
export function groupedFingerprint(hex: string): string {
  return hex.replace(/(.{4})(?=.)/g, '$1 ');
}

export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
