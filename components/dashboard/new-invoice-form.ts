import { formatAmountInput, parseAmountInput } from '../../utils/forms/amount-input';
import { toDayNumber } from '../../utils/calendar/iso-date';
import type { EInvoiceFacts, RequestOf } from '../../utils/messages';
import { currencyExponent } from '../../utils/mail/currency';
import type { DebtorKind } from '../../utils/model/client';
import type { Language } from '../../utils/model/language';

/** The manual-entry form as typed. */
export interface NewInvoiceForm {
  number: string;
  clientName: string;
  clientEmail: string;
  debtorKind: DebtorKind;
  amount: string;
  currency: string;
  issueDate: string;
  dueDate: string;
  rate: string;
}

export type NewInvoiceErrors = Partial<
  Record<keyof NewInvoiceForm, 'dash_new_required' | 'dash_new_email_invalid' | 'dash_new_date_invalid' | 'dash_amount_invalid' | 'dash_new_rate_invalid'>
>;

/** The form filled from an e-invoice's facts (a dropped Factur-X PDF or XML): its facts win over typing. */
export function formFromEInvoice(form: NewInvoiceForm, facts: EInvoiceFacts, language: Language): NewInvoiceForm {
  return {
    ...form,
    number: facts.number,
    clientName: facts.debtorName ?? facts.debtor?.name ?? form.clientName,
    clientEmail: facts.debtor?.email ?? form.clientEmail,
    amount: formatAmountInput(facts.amountDue.minor, language, currencyExponent(facts.amountDue.currency)),
    currency: facts.amountDue.currency,
    issueDate: facts.issueDate,
    dueDate: facts.dueDate ?? form.dueDate,
  };
}

/** An empty form dated `today`. */
export function emptyNewInvoiceForm(today: string): NewInvoiceForm {
  return { number: '', clientName: '', clientEmail: '', debtorKind: 'business', amount: '', currency: 'EUR', issueDate: today, dueDate: '', rate: '' };
}

function isDate(value: string): boolean {
  try {
    toDayNumber(value);
    return true;
  } catch {
    return false;
  }
}

/** The request to send, or each field's problem (catalog keys). */
export function readNewInvoiceForm(form: NewInvoiceForm): { fields: RequestOf<'invoice:create'>['fields'] } | { errors: NewInvoiceErrors } {
  const errors: NewInvoiceErrors = {};
  for (const key of ['number', 'clientName', 'clientEmail', 'amount', 'issueDate'] as const) if (!form[key].trim()) errors[key] = 'dash_new_required';
  if (form.clientEmail.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.clientEmail.trim())) errors.clientEmail = 'dash_new_email_invalid';
  const currency = /^[A-Z]{3}$/.test(form.currency) ? form.currency : 'EUR';
  const minor = form.amount.trim() ? parseAmountInput(form.amount, currencyExponent(currency)) : null;
  if (form.amount.trim() && (minor === null || minor <= 0)) errors.amount = 'dash_amount_invalid';
  if (form.issueDate && !isDate(form.issueDate)) errors.issueDate = 'dash_new_date_invalid';
  if (form.dueDate && (!isDate(form.dueDate) || (isDate(form.issueDate) && form.dueDate < form.issueDate))) errors.dueDate = 'dash_new_date_invalid';
  const rate = form.rate.trim() ? Number(form.rate.replace(',', '.')) : undefined;
  if (rate !== undefined && !(Number.isFinite(rate) && rate >= 0 && rate <= 100)) errors.rate = 'dash_new_rate_invalid';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    fields: {
      number: form.number.trim(),
      clientName: form.clientName.trim(),
      clientEmail: form.clientEmail.trim(),
      debtorKind: form.debtorKind,
      amountDue: { minor: minor!, currency },
      issueDate: form.issueDate,
      dueDate: form.dueDate || undefined,
      contractualRate: rate,
    },
  };
}
