/** An XML date (CII format 102 "20171118", UBL "2017-11-18", with or without a zone) → "YYYY-MM-DD", if valid. */
export function xmlDate(value: string | undefined): string | undefined {
  const match = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[TZ+-])/.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return undefined;
  return `${y}-${m}-${d}`;
}
