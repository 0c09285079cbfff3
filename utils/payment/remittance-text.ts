/** The remittance text of a transfer paying these invoices: "Factures F-1, F-2", cut with "…" to fit the EPC 140 characters. */
import type { Language } from '../model/language';
export function invoicesRemittanceText(numbers: string[], language: Language, max = 140): string {
  const label = language === 'fr' ? (numbers.length > 1 ? 'Factures' : 'Facture') : numbers.length > 1 ? 'Invoices' : 'Invoice';
  const full = `${label} ${numbers.join(', ')}`.replace(/\s+/g, ' ').trim();
  return [...full].length <= max ? full : `${[...full].slice(0, max - 1).join('')}…`;
}
