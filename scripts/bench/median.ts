/** The middle value of the runs, the upper one of the two middles for an even count (a measured run, never an average). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}
