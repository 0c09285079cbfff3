import type { Money } from '../mail/types';
import { formatMoney } from '../templates/format-money';
import type { Language } from '../model/language';

/** Amounts in several currencies written as one sum ("1 250,00 € + 200,00 £"); zero euros when there is none. */
export function amountsText(amounts: Money[], language: Language): string {
  if (amounts.length === 0) return formatMoney({ minor: 0, currency: 'EUR' }, language);
  return amounts.map((a) => formatMoney(a, language)).join(' + ');
}
