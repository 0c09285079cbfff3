/** The remittance text of a transfer paying these invoices: "Factures F-1, F-2", cut with "…" to fit the EPC 140 characters. */
import type { Language } from '../model/language';

const LABEL: Record<Language, { one: string; many: string }> = { fr: { one: 'Facture', many: 'Factures' }, en: { one: 'Invoice', many: 'Invoices' } };

export function invoicesRemittanceText(numbers: string[], language: Language, max = 140): string {
  const label = numbers.length > 1 ? LABEL[language].many : LABEL[language].one;
  const full = `${label} ${numbers.join(', ')}`.replace(/\s+/g, ' ').trim();
  return [...full].length <= max ? full : `${[...full].slice(0, max - 1).join('')}…`;
}
