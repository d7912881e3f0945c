/** Today as `YYYY-MM-DD` in the machine's own time zone: a date the user typed is a local calendar day. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
