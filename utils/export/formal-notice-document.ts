import type { Money } from '../mail/types';
import type { DebtorKind } from '../model/client';
import type { SemesterRates } from '../legal/rates';
import type { HolidayRegion } from '../legal/holidays';
import { para, type BlockDocument, type DocumentBlock } from './document-blocks';
import { formalNoticeAmounts, type FormalNoticeInvoice } from './formal-notice-amounts';
import { FORMAL_NOTICE_WORDING, PUBLIC_BUYER_WORDING, type RateBasis } from './formal-notice-wording';
import { formatDateLong as longDate } from '../templates/format-date';
import { shortDate } from './short-date';
import { formatMoney, formatPercent } from '../templates/format-money';
import { partyLines, type Party } from './party-lines';
import { formatIban } from '../validate/iban';
import { paymentQrBlock } from './payment-qr-block';
import type { Language } from '../model/language';

export type { Party } from './party-lines';
export type { FormalNoticeInvoice } from './formal-notice-amounts';

export interface FormalNoticeInput {
  creditor: Party & { iban?: string; city?: string };
  /** 'public' (a public buyer) extends the contract's kinds: its charges and court follow the Code de la commande publique. */
  debtor: Party & { kind: DebtorKind };
  invoices: FormalNoticeInvoice[];
  /** The letter's date. */
  asOf: string;
  /** Default 8. */
  deadlineDays?: number;
  /** Default 'fr'. */
  language?: Language;
  /** Rate table with the user's corrections (legal/rates.ts effectiveRateTable); default: the shipped one. */
  rates?: readonly SemesterRates[];
  /** The user's holiday calendar for the deadline (settings.department); default: metropolitan France. */
  region?: HolidayRegion;
}

/** The mise en demeure as blocks, for the DOCX and the print page alike. */
export function formalNoticeDocument(input: FormalNoticeInput): BlockDocument {
  const language = input.language ?? 'fr';
  const w = input.debtor.kind === 'public' ? { ...FORMAL_NOTICE_WORDING[language], ...PUBLIC_BUYER_WORDING[language] } : FORMAL_NOTICE_WORDING[language];
  // Companies and public buyers owe late charges without any demand; a consumer owes interest from this letter.
  const business = input.debtor.kind !== 'consumer';
  const amounts = formalNoticeAmounts({
    debtorKind: input.debtor.kind,
    invoices: input.invoices,
    asOf: input.asOf,
    deadlineDays: input.deadlineDays,
    rates: input.rates,
    region: input.region,
  });
  const money = (m: Money) => formatMoney(m, language);
  const day = (d: string) => shortDate(d, language);
  const numbers = input.invoices.map((invoice) => invoice.number);
  const count = input.invoices.length;
  const lateInvoices = amounts.lines.filter((line) => line.charges.days > 0).length;
  const { creditor, debtor } = input;

  const body: DocumentBlock[] = [
    { kind: 'lines', lines: partyLines(creditor, language) },
    para(''),
    // The debtor's address and the signature sit in the window of a DL envelope.
    { kind: 'lines', lines: partyLines(debtor, language, debtor.representative ? [w.attention(debtor.representative)] : []), indent: true },
    para(''),
    para(w.placeAndDate(creditor.city, longDate(input.asOf, language)), {}, 'right'),
    para(w.registered, { bold: true }),
    ...(debtor.email ? [para(w.emailCopy(debtor.email), { italics: true })] : []),
    {
      kind: 'paragraph',
      segments: [
        { text: w.subjectLabel, bold: true },
        { text: w.subject, bold: true },
      ],
    },
    { kind: 'paragraph', segments: [{ text: w.refLabel }, { text: w.invoiceRef(numbers) }] },
    para(w.salutation),
    para(w.unpaid(count)),
    {
      kind: 'table',
      table: {
        columns: [{ width: 26 }, { width: 17 }, { width: 17 }, { width: 14, align: 'right' }, { width: 26, align: 'right' }],
        header: w.invoiceHeader,
        rows: amounts.lines.map(({ invoice, charges }) => [
          invoice.number,
          invoice.issueDateUnknown ? '—' : day(invoice.issueDate),
          day(invoice.dueDate),
          language === 'fr' ? `${charges.days}\u00a0j` : `${charges.days} d`,
          money(charges.outstanding),
        ]),
        footer: [[w.principalLabel, money(amounts.principal)]],
      },
    },
  ];

  if (business && amounts.lines.some((line) => line.charges.periods.length > 0)) {
    const rates = input.invoices.map((invoice) => invoice.contractualRate !== undefined);
    const rateBasis: RateBasis = rates.every(Boolean) ? 'contractual' : rates.some(Boolean) ? 'mixed' : 'legal';
    body.push(
      para(w.penaltiesIntro(count, rateBasis, longDate(input.asOf, language)), {}, 'justify'),
      {
        kind: 'table',
        table: {
          columns: [{ width: 22 }, { width: 34 }, { width: 10, align: 'right' }, { width: 14, align: 'right' }, { width: 20, align: 'right' }],
          header: w.penaltyHeader,
          rows: amounts.lines.flatMap(({ invoice, charges }) =>
            charges.periods.map((period, index) => [
              index === 0 ? invoice.number : '',
              w.period(day(period.from), day(period.to)) + (period.base ? w.onBase(money(period.base)) : ''),
              String(period.days),
              formatPercent(period.ratePercent, language) + (period.floored ? ' **' : '') + (period.estimated ? ' *' : ''),
              money(period.interest),
            ]),
          ),
          footer: [[w.penaltiesLabel(day(input.asOf)), money(amounts.interest)]],
        },
      },
      ...rateNotes(
        amounts.lines.flatMap((line) => line.charges.periods),
        w,
      ),
    );
  }
  if (business && lateInvoices > 0) {
    body.push(
      amounts.indemnityOutsideTotal
        ? para(w.indemnityForeign(lateInvoices, formatMoney(amounts.indemnityOutsideTotal, language)), {}, 'justify')
        : para(w.indemnity(lateInvoices, money({ minor: 4000, currency: 'EUR' }), money(amounts.indemnity)), {}, 'justify'),
    );
  }
  if (!business) body.push(para(w.consumerInterest, {}, 'justify'));

  const summary: string[][] = [[w.principalLabel, money(amounts.principal)]];
  if (amounts.interest.minor > 0) summary.push([business ? w.penaltiesLabel(day(input.asOf)) : w.interestLabel(day(input.asOf)), money(amounts.interest)]);
  if (business && amounts.indemnity.minor > 0) summary.push([w.indemnityLabel(lateInvoices), money(amounts.indemnity)]);
  body.push(
    { kind: 'table', table: { columns: [{ width: 70 }, { width: 30, align: 'right' }], rows: summary, footer: [[w.totalLabel, money(amounts.total)]] } },
    para(w.demand(money(amounts.total), input.deadlineDays ?? 8, longDate(amounts.deadline, language)), { bold: true }, 'justify'),
  );
  if (business) body.push(para(w.penaltiesRun));
  body.push(para(w.consequence(business), {}, 'justify'));

  if (creditor.iban) {
    body.push(
      para(w.paymentIntro),
      { kind: 'paragraph', segments: [{ text: w.iban, bold: true }, { text: formatIban(creditor.iban) }] },
      { kind: 'paragraph', segments: [{ text: w.holder, bold: true }, { text: creditor.name }] },
      { kind: 'paragraph', segments: [{ text: w.reference, bold: true }, { text: numbers.join(', ') }] },
    );
    const qr = paymentQrBlock({ creditor, amount: amounts.total, invoiceNumbers: numbers, language });
    if (qr) body.push(qr);
  } else {
    body.push(para(w.paymentNoIban));
  }
  body.push(para(w.noticeClause), para(w.closing), para(''));

  const signatory = creditor.representative?.trim();
  body.push(
    { kind: 'lines', lines: signatory && signatory !== creditor.name ? [signatory, w.onBehalfOf(creditor.name)] : [creditor.name], indent: true },
    para(''),
    para(''),
    para(''),
    { kind: 'paragraph', segments: [{ text: w.enclosures(count), italics: true }], small: true },
  );

  return { title: `${w.title} ${numbers.join(', ')}`, creator: creditor.name, language, blocks: body };
}

/** Footnotes under the penalty table for rates that were raised to the legal floor or carried over from the last known semester. */
function rateNotes(periods: Array<{ floored?: boolean; estimated?: boolean }>, w: (typeof FORMAL_NOTICE_WORDING)['fr']): DocumentBlock[] {
  const notes: DocumentBlock[] = [];
  if (periods.some((p) => p.estimated)) notes.push({ kind: 'paragraph', segments: [{ text: `* ${w.estimatedRate}`, italics: true }], small: true });
  if (periods.some((p) => p.floored)) notes.push({ kind: 'paragraph', segments: [{ text: `** ${w.flooredRate}`, italics: true }], small: true });
  return notes;
}
