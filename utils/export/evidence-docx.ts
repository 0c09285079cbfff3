import { HeadingLevel, Paragraph, type FileChild } from 'docx';
import type { Money } from '../mail/types';
import type { Client } from '../model/client';
import type { TimelineEvent } from '../model/event';
import type { Invoice } from '../model/invoice';
import { daysBetween } from '../calendar/iso-date';
import { computeAmountOwed, type AmountOwed } from '../legal/amount-owed';
import { RATE_TABLE, type SemesterRates } from '../legal/rates';
import { verifyChainsByInvoice, type ChainVerification } from '../evidence/verify-chain';
import { chainEndOf, chainSealsOf } from '../evidence/chain-seal';
import { formatDateLong } from '../templates/format-date';
import { formatMoney } from '../templates/format-money';
import { debtAcknowledgements, type DebtAcknowledgement } from './debt-acknowledgements';
import { computePrescription } from '../legal/prescription';
import { packDocx } from './docx-document';
import { textTable } from './docx-table';
import { lineBlock, mixedParagraph, textParagraph, textRuns } from './docx-text';
import { describeEvent, replyKindLabel } from './event-description';
import { exhibitList } from './evidence-exhibits';
import { EVIDENCE_WORDING, type EvidenceWording } from './evidence-wording';
import { partyLines, type Party } from './party-lines';
import { shortDate } from './short-date';
import { chronological } from './timeline-order';
import { NO_PROGRESS, type ProgressReport } from '../progress/progress-report';
import type { Language } from '../model/language';

export interface EvidenceFileInput {
  /** Hears the events checked (their hashes), then the events laid out in the timeline. */
  progress?: ProgressReport;
  creditor: Party & { city?: string };
  client: Pick<Client, 'name' | 'kind'> & Partial<Pick<Client, 'company' | 'address' | 'siren' | 'vatId' | 'emails'>>;
  /** One invoice, or every invoice of the client. */
  invoices: Array<
    Pick<Invoice, 'id' | 'number' | 'issueDate' | 'dueDate' | 'total' | 'amountDue' | 'status'> &
      Partial<Pick<Invoice, 'contractualRate' | 'chainHead' | 'eventCount' | 'issueDateUnknown' | 'workFinishedOn'>>
  >;
  /** Every event of those invoices, in any order. */
  events: TimelineEvent[];
  asOf: string;
  language?: Language;
  /** Rate table with the user's corrections (legal/rates.ts effectiveRateTable); default: the shipped one. */
  rates?: readonly SemesterRates[];
  /** The penalty rate of the user's terms (settings), for invoices that carry none. */
  defaultContractualRate?: number;
}

const OPEN_STATUSES = new Set(['open', 'promised', 'disputed', 'payment-claimed']);

/** An invoice of the file with, while it is open, what it owes today. */
interface InvoiceLine {
  invoice: EvidenceFileInput['invoices'][number];
  open: boolean;
  charges?: AmountOwed;
}

/** What every section reads: the input, the file's wording and formats, the events in order and what they prove. */
interface EvidenceFile {
  input: EvidenceFileInput;
  language: Language;
  w: EvidenceWording;
  money: (m: Money) => string;
  day: (d: string) => string;
  longDay: (d: string) => string;
  debtor: Party;
  numberOf: Map<string, string>;
  events: TimelineEvent[];
  acknowledgements: DebtAcknowledgement[];
  lines: InvoiceLine[];
  chains: Map<string, ChainVerification>;
  progress: ProgressReport;
}

/** The "dossier de recouvrement" as DOCX bytes: summary, acknowledgements, full timeline with hashes, replies, bordereau de pièces, chain status. */
export async function renderEvidenceDocx(input: EvidenceFileInput): Promise<Uint8Array> {
  const language = input.language ?? 'fr';
  const events = chronological(input.events);
  const progress = input.progress ?? NO_PROGRESS;
  const file: EvidenceFile = {
    input,
    language,
    w: EVIDENCE_WORDING[language],
    money: (m) => formatMoney(m, language),
    day: (d) => shortDate(d, language),
    longDay: (d) => formatDateLong(d, language),
    debtor: {
      name: input.client.company ? `${input.client.company} (${input.client.name})` : input.client.name,
      address: input.client.address,
      siren: input.client.siren,
      vatId: input.client.vatId,
      email: input.client.emails?.[0]?.email,
    },
    numberOf: new Map(input.invoices.map((invoice) => [invoice.id, invoice.number])),
    events,
    acknowledgements: debtAcknowledgements(events),
    lines: invoiceLines(input, events),
    chains: await verifyChainsByInvoice(input.events, chainSealsOf(input.invoices), (done, total) => progress('checking', done, total)),
    progress,
  };
  const body: FileChild[] = [
    ...partiesSection(file),
    ...summarySection(file),
    ...acknowledgementsSection(file),
    ...timelineSection(file),
    ...repliesSection(file),
    ...exhibitsSection(file),
    ...integritySection(file),
  ];
  return packDocx({ title: `${file.w.title} ${file.debtor.name}`, creator: input.creditor.name, language }, body);
}

function invoiceLines(input: EvidenceFileInput, events: TimelineEvent[]): InvoiceLine[] {
  return input.invoices.map((invoice) => {
    const open = OPEN_STATUSES.has(invoice.status) && invoice.amountDue.minor > 0;
    // The same figures as the sidebar, the mails and the letter (legal/amount-owed.ts).
    const charges: AmountOwed | undefined = open
      ? computeAmountOwed({
          invoice,
          debtor: input.client.kind,
          events: events.filter((e) => e.invoiceId === invoice.id),
          asOf: input.asOf,
          defaultContractualRate: input.defaultContractualRate,
          rates: input.rates ?? RATE_TABLE,
        })
      : undefined;
    return { invoice, open, charges };
  });
}

function heading(text: string): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    spacing: { before: 360, after: 120 },
    keepNext: true,
    children: textRuns(text, { bold: true, color: '000000' }),
  });
}

/** A legal reference under a section, in small italics. */
const lawNote = (text: string) => textParagraph(text, { italics: true, size: 18 });

function partiesSection({ input, w, debtor, longDay, language }: EvidenceFile): FileChild[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(w.title, { bold: true, size: 36 }) }),
    textParagraph(w.preparedOn(debtor.name, longDay(input.asOf)), { size: 24 }),
    heading(w.parties),
    textParagraph(w.creditor, { italics: true }, { spacing: { after: 0 } }),
    ...lineBlock(partyLines(input.creditor, language)),
    textParagraph(''),
    textParagraph(w.debtor(input.client.kind), { italics: true }, { spacing: { after: 0 } }),
    ...lineBlock(partyLines(debtor, language)),
  ];
}

/** 1. Summary: what is owed, since when, with the charges the law adds. */
function summarySection({ input, w, lines, debtor, money, day, longDay }: EvidenceFile): FileChild[] {
  const kind = input.client.kind;
  const openLines = lines.filter((l) => l.open);
  const section: FileChild[] = [heading(w.summaryHeading)];
  if (openLines.length === 0) section.push(textParagraph(w.nothingDue));
  else {
    const currencies = new Set(openLines.map((l) => l.invoice.amountDue.currency));
    const oneCurrency = currencies.size === 1 ? [...currencies][0] : undefined;
    const sum = (of: (charges: AmountOwed) => Money) =>
      oneCurrency ? money({ minor: openLines.reduce((s, l) => s + (l.charges ? of(l.charges).minor : 0), 0), currency: oneCurrency }) : undefined;
    const oldest = openLines.map((l) => l.invoice.dueDate).sort()[0];
    const summary = w.summary({
      debtor: debtor.name,
      creditor: input.creditor.name,
      principal: sum((c) => c.outstanding),
      count: openLines.length,
      oldestDue: longDay(oldest),
      days: Math.max(0, daysBetween(oldest, input.asOf)),
      total: sum((c) => c.total),
      kind,
      asOf: longDay(input.asOf),
    });
    section.push(textParagraph(summary, {}, { alignment: 'both' }));
  }
  section.push(
    textTable({
      size: 17,
      columns: [
        { width: 14 },
        { width: 11 },
        { width: 11 },
        { width: 13, align: 'right' },
        { width: 13, align: 'right' },
        { width: 8, align: 'right' },
        { width: 15, align: 'right' },
        { width: 15, align: 'right' },
      ],
      header: w.summaryHeader(kind),
      rows: lines.map(({ invoice, charges }) => [
        invoice.number,
        invoice.issueDateUnknown ? '—' : day(invoice.issueDate),
        day(invoice.dueDate),
        money(invoice.total),
        money(charges?.outstanding ?? invoice.amountDue),
        charges ? w.daysLate(charges.days) : '—',
        charges ? money({ minor: charges.interest.minor + charges.indemnity.minor, currency: charges.interest.currency }) : w.settled,
        charges ? money(charges.total) : '—',
      ]),
    }),
    // Companies and public buyers owe late charges without any demand; a consumer owes interest from the formal notice.
    lawNote(w.chargesLaw[kind]),
  );
  return section;
}

/** 2. Acknowledgements of the debt and prescription. */
function acknowledgementsSection({ input, w, acknowledgements, lines, numberOf, longDay }: EvidenceFile): FileChild[] {
  const section: FileChild[] = [heading(w.acknowledgementsHeading)];
  if (acknowledgements.length === 0) section.push(textParagraph(w.noAcknowledgement));
  for (const a of acknowledgements) {
    const excerpt = a.event.kind === 'reply-received' ? a.event.data.excerpt : '';
    section.push(
      mixedParagraph([
        [`${w.invoice(numberOf.get(a.invoiceId) ?? a.invoiceId)} · `, { bold: true }],
        [w.acknowledgement(a.how, longDay(a.on)), { bold: true }],
        ...(excerpt ? ([[`\n« ${excerpt} »`, { italics: true }]] as Array<[string, { italics: boolean }]>) : []),
      ]),
    );
  }
  for (const { invoice } of lines.filter((l) => l.open)) {
    const p = computePrescription({
      debtor: input.client.kind,
      issueDate: invoice.issueDate,
      issueDateUnknown: invoice.issueDateUnknown,
      dueDate: invoice.dueDate,
      workFinishedOn: invoice.workFinishedOn,
      events: input.events.filter((e) => e.invoiceId === invoice.id),
      today: input.asOf,
    });
    section.push(textParagraph(w.prescription(invoice.number, p.years, p.reference, longDay(p.startsOn), longDay(p.lastDay)), { bold: p.warning !== 'none' }));
  }
  section.push(lawNote(w.acknowledgementLaw));
  return section;
}

/** 3. Chronological timeline, every text in full with its hash. */
function timelineSection({ w, language, events, acknowledgements, numberOf, longDay, progress }: EvidenceFile): FileChild[] {
  const acknowledged = new Map(acknowledgements.map((a) => [a.event.id, a]));
  const correctedBy = new Map(events.filter((e) => e.corrects).map((e) => [e.corrects as string, e.id]));
  const detail = (text: string, style: Parameters<typeof textParagraph>[1]) => textParagraph(text, style, { spacing: { after: 40 } });
  const section: FileChild[] = [heading(w.timelineHeading)];
  for (const [index, event] of events.entries()) {
    progress('writing', index + 1, events.length);
    const d = describeEvent(event, language);
    const ack = acknowledged.get(event.id);
    section.push(
      mixedParagraph(
        [[`${longDay(event.occurredOn)} · `, { bold: true }], [d.label, { bold: true }], [w.ofInvoice(numberOf.get(event.invoiceId) ?? event.invoiceId)]],
        { keepNext: true, spacing: { before: 200, after: 40 } },
      ),
    );
    if (ack) section.push(detail(w.acknowledgement(ack.how, longDay(ack.on)), { bold: true, color: '7A0000' }));
    if (d.summary) section.push(detail(d.summary, {}));
    if (d.fullText)
      section.push(
        textParagraph(
          d.fullText,
          { size: 19 },
          { indent: { left: 340 }, spacing: { after: 40 }, border: { left: { style: 'single', size: 8, color: 'AAAAAA', space: 6 } } },
        ),
      );
    const correction = correctedBy.get(event.id);
    if (event.corrects) section.push(detail(w.corrects(event.corrects), { italics: true }));
    if (correction) section.push(detail(w.correctedBy(correction), { italics: true }));
    section.push(textParagraph(w.recorded(event.recordedAt, event.seq, event.id, event.hash), { size: 15, color: '555555' }));
  }
  if (events.length === 0) section.push(textParagraph(w.noEvent));
  return section;
}

/** 4. The debtor's replies, side by side. */
function repliesSection({ w, language, events, day }: EvidenceFile): FileChild[] {
  const replies = events.filter((e): e is TimelineEvent<'reply-received'> => e.kind === 'reply-received');
  if (replies.length === 0) return [heading(w.repliesHeading), textParagraph(w.noReply)];
  return [
    heading(w.repliesHeading),
    textTable({
      columns: [{ width: 16 }, { width: 24 }, { width: 60 }],
      header: w.repliesHeader,
      rows: replies.map((reply) => [day(reply.occurredOn), replyKindLabel(reply.data.kind, language), reply.data.excerpt]),
    }),
  ];
}

/** 5. Bordereau de pièces, numbered as the request for an injonction de payer expects. */
function exhibitsSection({ input, w, language, events, acknowledgements, day }: EvidenceFile): FileChild[] {
  const exhibits = exhibitList(input.invoices, events, acknowledgements, language);
  return [
    heading(w.exhibitsHeading),
    textParagraph(w.exhibitsIntro),
    textTable({
      columns: [{ width: 12 }, { width: 70 }, { width: 18 }],
      header: w.exhibitsHeader,
      rows: exhibits.map((exhibit, index) => [String(index + 1), exhibit.text, exhibit.date ? day(exhibit.date) : '']),
    }),
  ];
}

/** 6. Integrity of the record. */
function integritySection({ input, w, events, chains, longDay }: EvidenceFile): FileChild[] {
  const section: FileChild[] = [heading(w.integrityHeading)];
  for (const invoice of input.invoices) {
    const chain = chains.get(invoice.id) ?? { intact: true, count: 0 };
    const sentence = chain.intact
      ? w.chainIntact(invoice.number, chain.count)
      : w.chainAltered(invoice.number, chain.brokenAt, chain.eventId, brokenEventDay(input.events, chain.eventId, longDay), chain.reason);
    section.push(textParagraph(sentence, { bold: !chain.intact }));
    // The head hash lets anyone holding this file prove later that the timeline was not cut after this date: the
    // record's own seal, which events missing from the store cannot shorten.
    const end = chainEndOf(invoice, events);
    if (end.count) section.push(textParagraph(w.lastHash(end.count - 1, end.head), { size: 16 }));
  }
  section.push(lawNote(w.chainLaw));
  return section;
}

function brokenEventDay(events: TimelineEvent[], eventId: string, longDay: (d: string) => string): string | undefined {
  const at = events.find((e) => e.id === eventId);
  return at ? longDay(at.occurredOn) : undefined;
}
