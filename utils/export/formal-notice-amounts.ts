import type { Money } from '../mail/types';
import { deadlineAfter, type HolidayRegion } from '../legal/holidays';
import { computeLateCharges, type LateCharges } from '../legal/late-charges';
import { RATE_TABLE, type SemesterRates } from '../legal/rates';
import type { DebtorKind } from '../model/client';

export interface FormalNoticeInvoice {
  number: string;
  issueDate: string;
  /** No source gave the issue date: the letter prints a dash rather than a wrong date. */
  issueDateUnknown?: boolean;
  dueDate: string;
  amountDue: Money;
  /** Annual percent from the creditor's terms; absent = legal default (ECB + 10 points). */
  contractualRate?: number;
  /** What the invoice owes on the letter's date, from legal/amount-owed.ts (payments, corrections, notice); computed from the fields above when absent. */
  charges?: LateCharges;
}

export interface FormalNoticeAmounts {
  principal: Money;
  /** Business debtor: L441-10 penalties to the letter's date; consumer: 0 (interest starts with the notice). */
  interest: Money;
  /** D441-5 indemnities in the letter's currency (0 for a consumer). */
  indemnity: Money;
  /** Indemnities owed in euros that could not be added to a non-euro total. */
  indemnityOutsideTotal?: Money;
  total: Money;
  /** The date the debtor must pay by. */
  deadline: string;
  lines: Array<{ invoice: FormalNoticeInvoice; charges: LateCharges }>;
}

/** Every figure a formal notice (or the requête that follows it) states, computed with the legal module; all invoices must share one currency. */
export function formalNoticeAmounts(input: {
  debtorKind: DebtorKind;
  /** Consumers: the day the debtor received the notice, when interest runs from an earlier notice (a court claim); default: asOf, the letter itself. */
  formalNoticeDate?: string;
  invoices: FormalNoticeInvoice[];
  asOf: string;
  deadlineDays?: number;
  /** Rate table with the user's corrections (effectiveRateTable); default: the shipped one. */
  rates?: readonly SemesterRates[];
  /** Holidays that push the deadline to the next business day (CPC 642); default: metropolitan France. */
  region?: HolidayRegion;
}): FormalNoticeAmounts {
  if (input.invoices.length === 0) throw new Error('A formal notice needs at least one invoice');
  const currency = input.invoices[0].amountDue.currency;
  const foreign = input.invoices.find((invoice) => invoice.amountDue.currency !== currency);
  if (foreign) throw new Error(`Invoices in ${currency} and ${foreign.amountDue.currency} cannot be claimed in one letter`);
  // A formal notice can only demand what is already due: a lawyer would strike out an invoice not yet overdue.
  const notDue = input.invoices.find((invoice) => invoice.dueDate >= input.asOf || invoice.amountDue.minor <= 0);
  if (notDue) throw new Error(`Invoice ${notDue.number} is not overdue on ${input.asOf} (due ${notDue.dueDate}, ${notDue.amountDue.minor} ${currency} left)`);
  const deadlineDays = input.deadlineDays ?? 8;
  if (!Number.isInteger(deadlineDays) || deadlineDays < 1) throw new Error(`Invalid deadline: ${deadlineDays} days`);

  const lines = input.invoices.map((invoice) => ({
    invoice,
    charges:
      invoice.charges ??
      computeLateCharges(
        {
          principal: invoice.amountDue,
          dueDate: invoice.dueDate,
          asOf: input.asOf,
          debtor: input.debtorKind,
          contractualRate: invoice.contractualRate,
          formalNoticeDate: input.debtorKind === 'consumer' ? (input.formalNoticeDate ?? input.asOf) : undefined,
        },
        input.rates ?? RATE_TABLE,
      ),
  }));
  const sum = (pick: (charges: LateCharges) => number): Money => ({ minor: lines.reduce((s, l) => s + pick(l.charges), 0), currency });
  const amounts: FormalNoticeAmounts = {
    principal: sum((c) => c.outstanding.minor),
    interest: sum((c) => c.interest.minor),
    indemnity: sum((c) => c.indemnity.minor),
    total: sum((c) => c.total.minor),
    deadline: deadlineAfter(input.asOf, deadlineDays, input.region),
    lines,
  };
  const outside = lines.reduce((s, l) => s + (l.charges.indemnityOutsideTotal?.minor ?? 0), 0);
  if (outside > 0) amounts.indemnityOutsideTotal = { minor: outside, currency: 'EUR' };
  return amounts;
}
