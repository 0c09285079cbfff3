import type { FileChild } from 'docx';
import type { Money } from '../mail/types';
import type { SemesterRates } from '../legal/rates';
import type { HolidayRegion } from '../legal/holidays';
import { packDocx } from './docx-document';
import { textTable } from './docx-table';
import { lineBlock, mixedParagraph, RIGHT, textParagraph } from './docx-text';
import { formalNoticeAmounts, type FormalNoticeInvoice } from './formal-notice-amounts';
import { FORMAL_NOTICE_WORDING, type RateBasis } from './formal-notice-wording';
import { formatDateLong as longDate } from '../templates/format-date';
import { shortDate } from './short-date';
import { formatMoney, formatPercent } from '../templates/format-money';
import { formatIban, partyLines, type Party } from './party-lines';
import { paymentQrBlock } from './payment-qr-block';
import { docxBlocks } from './docx-blocks';

export type { Party } from './party-lines';
export type { FormalNoticeInvoice } from './formal-notice-amounts';

export interface FormalNoticeInput {
  creditor: Party & { iban?: string; city?: string };
  debtor: Party & { kind: 'business' | 'consumer' };
  invoices: FormalNoticeInvoice[];
  /** The letter's date. */
  asOf: string;
  /** Default 8. */
  deadlineDays?: number;
  /** Default 'fr'. */
  language?: 'fr' | 'en';
  /** Rate table with the user's corrections (legal/rates.ts effectiveRateTable); default: the shipped one. */
  rates?: readonly SemesterRates[];
  /** The user's holiday calendar for the deadline (settings.department); default: metropolitan France. */
  region?: HolidayRegion;
}

const BLOCK_INDENT = 5102; // 9 cm: the debtor's address and the signature sit in the window of a DL envelope

/** The mise en demeure de payer as DOCX bytes: one debtor, one or more invoices, charges computed to `asOf`. */
export async function renderFormalNotice(input: FormalNoticeInput): Promise<Uint8Array> {
  const language = input.language ?? 'fr';
  const w = FORMAL_NOTICE_WORDING[language];
  const business = input.debtor.kind === 'business';
  const amounts = formalNoticeAmounts({ debtorKind: input.debtor.kind, invoices: input.invoices, asOf: input.asOf, deadlineDays: input.deadlineDays, rates: input.rates, region: input.region });
  const money = (m: Money) => formatMoney(m, language);
  const day = (d: string) => shortDate(d, language);
  const numbers = input.invoices.map((invoice) => invoice.number);
  const count = input.invoices.length;
  const lateInvoices = amounts.lines.filter((line) => line.charges.days > 0).length;
  const { creditor, debtor } = input;

  const body: FileChild[] = [
    ...lineBlock(partyLines(creditor, language)),
    textParagraph(''),
    ...lineBlock(partyLines(debtor, language, debtor.representative ? [w.attention(debtor.representative)] : []), { indent: { left: BLOCK_INDENT } }),
    textParagraph(''),
    textParagraph(w.placeAndDate(creditor.city, longDate(input.asOf, language)), {}, { alignment: RIGHT }),
    textParagraph(w.registered, { bold: true }, { spacing: { before: 240, after: 0 } }),
    ...(debtor.email ? [textParagraph(w.emailCopy(debtor.email), { italics: true })] : []),
    mixedParagraph([[w.subjectLabel, { bold: true }], [w.subject, { bold: true }]], { spacing: { before: 240, after: 0 } }),
    mixedParagraph([[w.refLabel], [w.invoiceRef(numbers)]], { spacing: { after: 240 } }),
    textParagraph(w.salutation),
    textParagraph(w.unpaid(count)),
    textTable({
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
    }),
    textParagraph(''),
  ];

  if (business && amounts.lines.some((line) => line.charges.periods.length > 0)) {
    const rates = input.invoices.map((invoice) => invoice.contractualRate !== undefined);
    const rateBasis: RateBasis = rates.every(Boolean) ? 'contractual' : rates.some(Boolean) ? 'mixed' : 'legal';
    body.push(
      textParagraph(w.penaltiesIntro(count, rateBasis, longDate(input.asOf, language)), {}, { alignment: 'both' }),
      textTable({
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
      }),
      ...rateNotes(amounts.lines.flatMap((line) => line.charges.periods), w),
      textParagraph(''),
    );
  }
  if (business && lateInvoices > 0) {
    body.push(
      amounts.indemnityOutsideTotal
        ? textParagraph(w.indemnityForeign(lateInvoices, formatMoney(amounts.indemnityOutsideTotal, language)), {}, { alignment: 'both' })
        : textParagraph(w.indemnity(lateInvoices, money({ minor: 4000, currency: 'EUR' }), money(amounts.indemnity)), {}, { alignment: 'both' }),
    );
  }
  if (!business) body.push(textParagraph(w.consumerInterest, {}, { alignment: 'both' }));

  const summary: string[][] = [[w.principalLabel, money(amounts.principal)]];
  if (amounts.interest.minor > 0) summary.push([business ? w.penaltiesLabel(day(input.asOf)) : w.interestLabel(day(input.asOf)), money(amounts.interest)]);
  if (business && amounts.indemnity.minor > 0) summary.push([w.indemnityLabel(lateInvoices), money(amounts.indemnity)]);
  body.push(
    textTable({ columns: [{ width: 70 }, { width: 30, align: 'right' }], rows: summary, footer: [[w.totalLabel, money(amounts.total)]] }),
    textParagraph(''),
    textParagraph(w.demand(money(amounts.total), input.deadlineDays ?? 8, longDate(amounts.deadline, language)), { bold: true }, { alignment: 'both' }),
  );
  if (business) body.push(textParagraph(w.penaltiesRun));
  body.push(textParagraph(w.consequence(business), {}, { alignment: 'both' }));

  if (creditor.iban) {
    body.push(
      textParagraph(w.paymentIntro, {}, { spacing: { after: 0 } }),
      mixedParagraph([[w.iban, { bold: true }], [formatIban(creditor.iban)]], { spacing: { after: 0 }, indent: { left: 567 } }),
      mixedParagraph([[w.holder, { bold: true }], [creditor.name]], { spacing: { after: 0 }, indent: { left: 567 } }),
      mixedParagraph([[w.reference, { bold: true }], [numbers.join(', ')]], { indent: { left: 567 } }),
    );
    const qr = paymentQrBlock({ creditor, amount: amounts.total, invoiceNumbers: numbers, language });
    if (qr) body.push(...docxBlocks([qr]));
  } else {
    body.push(textParagraph(w.paymentNoIban));
  }
  body.push(textParagraph(w.noticeClause), textParagraph(w.closing), textParagraph(''));

  const signatory = creditor.representative?.trim();
  body.push(
    ...lineBlock(signatory && signatory !== creditor.name ? [signatory, w.onBehalfOf(creditor.name)] : [creditor.name], { indent: { left: BLOCK_INDENT } }),
    textParagraph('', {}, { spacing: { after: 960 } }),
    textParagraph(w.enclosures(count), { italics: true, size: 18 }),
  );

  return packDocx({ title: `${w.title} ${numbers.join(', ')}`, creator: creditor.name, language }, body);
}

/** Footnotes under the penalty table for rates that were raised to the legal floor or carried over from the last known semester. */
function rateNotes(periods: Array<{ floored?: boolean; estimated?: boolean }>, w: (typeof FORMAL_NOTICE_WORDING)['fr']): FileChild[] {
  const notes: FileChild[] = [];
  if (periods.some((p) => p.estimated)) notes.push(textParagraph(`* ${w.estimatedRate}`, { italics: true, size: 17 }, { spacing: { after: 0 } }));
  if (periods.some((p) => p.floored)) notes.push(textParagraph(`** ${w.flooredRate}`, { italics: true, size: 17 }, { spacing: { after: 0 } }));
  return notes;
}
