import type { Money } from '../mail/types';
import type { Client } from '../model/client';
import type { TimelineEvent } from '../model/event';
import type { Invoice } from '../model/invoice';
import type { Settings } from '../model/settings';
import { deadlineAfter, holidayRegionFor, type HolidayRegion } from '../legal/holidays';
import { daysBetween } from '../calendar/iso-date';
import { computeAmountOwed, type AmountOwed } from '../legal/amount-owed';
import { effectiveRateTable } from '../legal/rates';
import { formatDateLong } from './format-date';
import { formatMoney, formatPercent } from './format-money';
import { DEFAULT_PLAN_INSTALMENTS, monthlyInstalments, type Instalment } from './instalments';
import type { TemplateVariables } from './render';
import { formatIban } from '../validate/iban';
import type { Language } from '../model/language';

export interface TemplateVariablesInput {
  invoice: Invoice;
  client?: Client;
  settings: Settings;
  /** The invoice's timeline: payments, formal notice and corrections feed what is owed (legal/amount-owed.ts). */
  events?: readonly TimelineEvent[];
  today: string;
  /** Defaults to the client's language, then the user's. */
  language?: Language;
  /** Pay-by date stated in the mail; default: today + the formal-notice deadline, on a business day. */
  deadlineDate?: string;
  promisedDate?: string;
  /** Payment plan to propose; default: DEFAULT_INSTALMENTS monthly instalments of the amount due, the first at the deadline. */
  instalments?: Instalment[];
  /** Grouped reminder: every invoice it covers with its timeline, `invoice` being the oldest. */
  group?: Array<{ invoice: Invoice; events?: readonly TimelineEvent[] }>;
  /** The invoice file is attached to the mail being written. */
  invoiceAttached?: boolean;
  /** Default: the user's département (settings.department). */
  region?: HolidayRegion;
}

/** Every value a template can use, formatted for the language (dates written out, amounts the local way). */
export function buildTemplateVariables(input: TemplateVariablesInput): TemplateVariables {
  const { invoice, client, settings, today } = input;
  const language = input.language ?? client?.language ?? settings.language;
  const fr = language === 'fr';
  const date = (d: string) => formatDateLong(d, language);
  const money = (m: Money) => formatMoney(m, language);
  const debtor = client?.kind ?? 'business';
  const law = LATE_CHARGES_LAW[debtor === 'public' ? 'public' : 'business'][language];
  const region = input.region ?? holidayRegionFor(settings.department);
  const rates = effectiveRateTable(settings.rateOverrides);
  const owedOf = (inv: Invoice, events: readonly TimelineEvent[] = []) =>
    computeAmountOwed({ invoice: inv, debtor, events, asOf: today, defaultContractualRate: settings.contractualRate, rates });
  const entries = input.group && input.group.length > 0 ? input.group : [{ invoice, events: input.events }];
  const items = entries.map((e) => ({ invoice: e.invoice, charges: owedOf(e.invoice, e.events) }));
  const grouped = items.length > 1;
  const sum = (pick: (c: AmountOwed) => Money) =>
    joinAmounts(
      items.map((i) => pick(i.charges)),
      money,
    );
  // A grouped reminder follows its oldest invoice (the ladder's rule), whichever thread it is written from.
  const lead = items[0];
  const main = lead.invoice;
  const days = lead.charges.days || Math.max(0, daysBetween(main.dueDate, today));
  const deadline = input.deadlineDate ?? deadlineAfter(today, settings.formalNoticeDeadlineDays, region);
  const instalments = input.instalments ?? monthlyInstalments(sumMinor(items.map((i) => i.charges.outstanding)), DEFAULT_PLAN_INSTALMENTS, deadline);
  // One rate for every day quoted: say it; several (semesters, or invoices with other terms): show each period.
  const periods = items.flatMap((i) => i.charges.periods.map((p) => ({ ...p, number: i.invoice.number, principal: i.charges.principal })));
  const oneRate = new Set(periods.map((p) => p.ratePercent)).size === 1;
  const breakdown = periods.map((p) => {
    const of = grouped ? (fr ? ` (facture ${p.number})` : ` (invoice ${p.number})`) : '';
    const base = money(p.base ?? p.principal);
    return fr
      ? `  · du ${date(p.from)} au ${date(p.to)}${of} : ${p.days} jour${p.days > 1 ? 's' : ''} à ${formatPercent(p.ratePercent, language)} sur ${base}, soit ${money(p.interest)}`
      : `  · ${date(p.from)} to ${date(p.to)}${of}: ${p.days} day${p.days === 1 ? '' : 's'} at ${formatPercent(p.ratePercent, language)} on ${base}, that is ${money(p.interest)}`;
  });
  // D441-5's 40 € are owed in euros even on an invoice in another currency: they are then stated apart from the total.
  const indemnityMinor = items.reduce((s, i) => s + i.charges.indemnity.minor + (i.charges.indemnityOutsideTotal?.minor ?? 0), 0);
  const indemnityApart = items.some((i) => i.charges.indemnityOutsideTotal);
  const interestMinor = items.reduce((s, i) => s + i.charges.interest.minor, 0);
  const notice = lead.charges.formalNotice;
  const contact = client && (client.company || client.kind === 'consumer') ? client.name : undefined;
  const numbers = items.map((i) => i.invoice.number);
  const creditor = settings.creditor;

  return {
    // Companies and public buyers owe late charges without any demand; a consumer owes interest from the formal notice.
    business: debtor !== 'consumer' ? 'yes' : undefined,
    publicBuyer: debtor === 'public' ? 'yes' : undefined,
    lateChargesName: law.name,
    lateChargesLaw: law.charges,
    indemnityLaw: law.indemnity,
    greeting: contact ? (fr ? `Bonjour ${contact},` : `Dear ${contact},`) : fr ? 'Madame, Monsieur,' : 'Dear Sir or Madam,',
    contactName: contact,
    clientName: client ? client.company || client.name : undefined,
    invoiceNumber: listWords(numbers, fr),
    invoiceRef: fr ? `${grouped ? 'factures' : 'facture'} n° ${listWords(numbers, fr)}` : `${grouped ? 'invoices' : 'invoice'} ${listWords(numbers, fr)}`,
    invoiceList: grouped
      ? items
          .map((i) =>
            fr
              ? `- n° ${i.invoice.number}${i.invoice.issueDateUnknown ? '' : ` du ${date(i.invoice.issueDate)}`}, échue le ${date(i.invoice.dueDate)} : ${money(i.charges.outstanding)}`
              : `- ${i.invoice.number}${i.invoice.issueDateUnknown ? '' : ` of ${date(i.invoice.issueDate)}`}, due on ${date(i.invoice.dueDate)}: ${money(i.charges.outstanding)}`,
          )
          .join('\n')
      : undefined,
    // An issue date nobody could read for sure is left out rather than printed wrong.
    issueDate: main.issueDateUnknown ? undefined : date(main.issueDate),
    dueDate: date(main.dueDate),
    amountDue: sum((c) => c.outstanding),
    invoiceTotal: money(main.total),
    daysLate: fr ? `${days} jour${days > 1 ? 's' : ''}` : `${days} day${days === 1 ? '' : 's'}`,
    penaltyRate: periods.length > 0 && oneRate ? formatPercent(periods[0].ratePercent, language) : undefined,
    penaltyBreakdown: periods.length > 0 && !oneRate ? breakdown.join('\n') : undefined,
    penaltyAmount: sum((c) => c.interest),
    interestDue: interestMinor > 0 ? sum((c) => c.interest) : undefined,
    indemnity: indemnityMinor > 0 ? money({ minor: indemnityMinor, currency: 'EUR' }) : undefined,
    indemnityApart: indemnityApart ? 'yes' : undefined,
    totalDue: sum((c) => c.total),
    iban: creditor.iban ? formatIban(creditor.iban) : undefined,
    bic: creditor.bic,
    paymentLink: grouped ? undefined : main.paymentLink,
    creditorName: creditor.name || undefined,
    signature: creditor.signature || signatureBlock(settings),
    today: date(today),
    deadlineDate: date(deadline),
    formalNoticeDeadlineDays: String(settings.formalNoticeDeadlineDays),
    formalNoticeDate: notice ? date(notice.sentOn) : undefined,
    formalNoticeTracking: notice?.letter?.trackingNumber,
    formalNoticeDeadline: notice ? date(deadlineAfter(notice.receivedOn, settings.formalNoticeDeadlineDays, region)) : undefined,
    promisedDate: input.promisedDate ? date(input.promisedDate) : undefined,
    instalments: instalments.map((inst, i) => `${i + 1}. ${date(inst.date)}${fr ? ' : ' : ': '}${money(inst.amount)}`).join('\n'),
    invoiceAttached: input.invoiceAttached ? 'yes' : undefined,
  };
}

/** The amounts in the first one's currency added up (a plan is proposed in one currency). */
function sumMinor(amounts: Money[]): Money {
  const currency = amounts[0].currency;
  return { minor: amounts.filter((a) => a.currency === currency).reduce((s, a) => s + a.minor, 0), currency };
}

/** "A, B et C" / "A, B and C". */
function listWords(words: string[], fr: boolean): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${fr ? 'et' : 'and'} ${words[words.length - 1]}`;
}

/** Sums by currency; several currencies are written side by side ("1 000,00 € + 200,00 $US"). */
function joinAmounts(amounts: Money[], money: (m: Money) => string): string {
  const totals = new Map<string, number>();
  for (const a of amounts) totals.set(a.currency, (totals.get(a.currency) ?? 0) + a.minor);
  return Array.from(totals, ([currency, minor]) => money({ minor, currency })).join(' + ');
}

/** The creditor's identity as a signature, when no signature text was written. */
function signatureBlock(settings: Settings): string | undefined {
  const c = settings.creditor;
  if (!c.name) return undefined;
  const lines = [c.representative, c.legalForm ? `${c.name} ${c.legalForm}` : c.name, c.siren ? `SIREN ${c.siren}` : undefined, ...(c.address ?? []), c.email];
  return lines.filter((l): l is string => Boolean(l)).join('\n');
}

/**
 * What the late charges are called and which law grants them: L441-10 and D441-5 of the Code de commerce between
 * companies; intérêts moratoires and the 40 € indemnity of the Code de la commande publique for a public buyer
 * (LEGAL.md fact 38: owed automatically, without any demand).
 */
const LATE_CHARGES_LAW = {
  business: {
    fr: { name: 'pénalités de retard', charges: 'article L. 441-10 du Code de commerce', indemnity: 'article D. 441-5 du Code de commerce' },
    en: { name: 'late-payment penalties', charges: 'Article L441-10 of the French Commercial Code', indemnity: 'Article D441-5 of the French Commercial Code' },
  },
  public: {
    fr: {
      name: 'intérêts moratoires',
      charges: 'article L. 2192-13 du Code de la commande publique',
      indemnity: 'article D. 2192-35 du Code de la commande publique',
    },
    en: {
      name: 'late-payment interest (intérêts moratoires)',
      charges: 'Article L2192-13 of the French Public Procurement Code',
      indemnity: 'Article D2192-35 of the French Public Procurement Code',
    },
  },
} as const satisfies Record<'business' | 'public', Record<Language, { name: string; charges: string; indemnity: string }>>;
