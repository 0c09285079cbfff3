/** The communes a French postcode serves, from the build's table ("69003=Lyon" lines, names joined by "|"). */
export function communesOf(table: string, postcode: string): string[] {
  if (!/^\d{5}$/.test(postcode)) return [];
  const line = table.split('\n').find((l) => l.startsWith(`${postcode}=`));
  return line ? line.slice(postcode.length + 1).split('|') : [];
}
