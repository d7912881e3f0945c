/**
 * Version comparison for licence matching. A licence for "2019" or "16" names a version at some precision;
 * an installation of "16.0.10827" is that version when its leading segments equal the licence's.
 */
type Segment = number | string;

const parsed = new Map<string, Segment[]>();

function segmentsOf(version: string): Segment[] {
  let segments = parsed.get(version);
  if (segments === undefined) {
    segments = version
      .trim()
      .toLowerCase()
      .split(/[.\-_\s]+/)
      .filter((part) => part !== '')
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    if (parsed.size > 50_000) parsed.clear(); // a cache, not a leak: versions repeat, but keep it bounded
    parsed.set(version, segments);
  }
  return segments;
}

function compareSegment(a: Segment, b: Segment): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const left = String(a);
  const right = String(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Compares an installed version with a licensed one, over as many segments as the licence names:
 * negative → the installation is an earlier version, 0 → the same version, positive → a later one.
 */
export function compareToLicensedVersion(installed: string, licensed: string): number {
  const licence = segmentsOf(licensed);
  const install = segmentsOf(installed);
  for (let index = 0; index < licence.length; index++) {
    const wanted = licence[index] as Segment;
    const have = install[index];
    if (have === undefined) return 0; // "16" installed, "16.0" licensed: nothing says they differ
    const order = compareSegment(have, wanted);
    if (order !== 0) return order;
  }
  return 0;
}
