/**
 * Status words (Pennylane's e_invoicing.status, changelog of 9 Mar 2026; Qonto's einvoicing_status) → CDAR codes (LEGAL.md fact 41). "accepted" is read
 * as taken over by the buyer's platform (204), not as the buyer's approval (205), which Pennylane names "approved":
 * only an explicit approval counts as evidence.
 */
export const STATUS_WORD_CODES: Record<string, string> = {
  submitted: '200',
  sent: '201',
  accepted: '204',
  approved: '205',
  in_dispute: '207',
  suspended: '208',
  refused: '210',
  collected: '212',
  partially_collected: '212',
  rejected: '213',
};

/** Qonto gives numeric CDAR codes ("status_code": 205) or a word; a 3-digit code is taken as it is. */
export function cdarCode(value: string | number, words: Record<string, string>): string {
  const text = String(value).trim();
  return /^\d{3}$/.test(text) ? text : (words[text.toLowerCase()] ?? text);
}
