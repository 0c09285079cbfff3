/**
 * A payment told as made, then its arrival expected ("sent just now, should land in your account tomorrow", "le chèque
 * est parti, il devrait vous parvenir lundi"): the arrival is that payment on its way, not a promise of another one.
 */
const ARRIVAL = /\b(?:land\w*|arriv\w*|reach\w*|parvien\w*|parviendr\w*|come through|show up|be with you)\b/;
// The debtor acting is a promise of its own ("we'll send the rest and it should arrive Friday").
const DEBTOR_ACTS = /\b(?:i|we|je|nous|on|i'll|we'll|ill)\b/;

/** The hits without the promises that only expect the arrival of a payment the reply tells as made. */
export function withoutArrivalOfPaid<H extends { kind: string; start: number; end: number }>(hits: H[], folded: string): H[] {
  if (!hits.some((h) => h.kind === 'paid')) return hits;
  return hits.filter((h) => {
    if (h.kind !== 'promise') return true;
    const words = folded.slice(h.start, h.end);
    return !ARRIVAL.test(words) || DEBTOR_ACTS.test(words);
  });
}
