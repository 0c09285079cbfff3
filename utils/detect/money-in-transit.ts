/**
 * A payment told as made, then its arrival expected ("sent just now, should land in your account tomorrow", "le chèque
 * est parti, il devrait vous parvenir lundi") or asked to be confirmed ("please confirm once received"): the arrival is
 * that payment on its way, neither a promise of another one nor a question about the invoice.
 */
const ARRIVAL = /\b(?:land\w*|arriv\w*|reach\w*|parvien\w*|parviendr\w*|come through|show up|be with you)\b/;
// The debtor acting is a promise of its own ("we'll send the rest and it should arrive Friday").
const DEBTOR_ACTS = /\b(?:i|we|je|nous|on|i'll|we'll|ill)\b/;
// How far after a request's words its object is read ("please confirm | the receipt of the same").
const REQUEST_REACH = 40;
const RECEIPT_CONFIRMED =
  /^.{0,25}\b(?:receipt|received|arrival|reception|recu|recue|bonne reception|arrivee)\b|^.{0,25}\b(?:once|when|if) (?:it|the (?:funds|money|payment|transfer)) (?:has |have )?(?:arrived|landed|reached you)\b/;

/** The hits without what only follows the arrival of a payment the reply tells as made. */
export function withoutArrivalOfPaid<H extends { kind: string; start: number; end: number }>(hits: H[], folded: string): H[] {
  if (!hits.some((h) => h.kind === 'paid')) return hits;
  return hits.filter((h) => {
    if (h.kind === 'info-request') return !RECEIPT_CONFIRMED.test(folded.slice(h.end, h.end + REQUEST_REACH));
    if (h.kind !== 'promise') return true;
    const words = folded.slice(h.start, h.end);
    return !ARRIVAL.test(words) || DEBTOR_ACTS.test(words);
  });
}
