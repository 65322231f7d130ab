/** Today on the user's calendar, `YYYY-MM-DD` (not UTC: a figure clipped at 00:30 belongs to today). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
