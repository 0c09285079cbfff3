import { HeadingLevel, Paragraph, type FileChild } from 'docx';
import type { Money } from '../mail/types';
import type { Client } from '../model/client';
import type { TimelineEvent } from '../model/event';
import type { Invoice } from '../model/invoice';
import { daysBetween } from '../calendar/iso-date';
import { computeAmountOwed, type AmountOwed } from '../legal/amount-owed';
import { RATE_TABLE, type SemesterRates } from '../legal/rates';
import { verifyChainsByInvoice, type ChainVerification } from '../evidence/verify-chain';
import { chainSealsOf } from '../evidence/chain-seal';
import { formatDateLong } from '../templates/format-date';
import { formatMoney } from '../templates/format-money';
import { debtAcknowledgements, type DebtAcknowledgement } from './debt-acknowledgements';
import { CDAR_STATUS_NAMES, platformStatusEffect } from '../model/platform-status';
import { computePrescription } from '../legal/prescription';
import { packDocx } from './docx-document';
import { textTable } from './docx-table';
import { lineBlock, mixedParagraph, textParagraph, textRuns } from './docx-text';
import { describeEvent, replyKindLabel, stageLabel } from './event-description';
import { partyLines, type Party } from './party-lines';
import { shortDate } from './short-date';
import { chronological } from './timeline-order';
import { NO_PROGRESS, type ProgressReport } from '../progress/progress-report';

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
  language?: 'fr' | 'en';
  /** Rate table with the user's corrections (legal/rates.ts effectiveRateTable); default: the shipped one. */
  rates?: readonly SemesterRates[];
  /** The penalty rate of the user's terms (settings), for invoices that carry none. */
  defaultContractualRate?: number;
}

type Lang = 'fr' | 'en';
const OPEN_STATUSES = new Set(['open', 'promised', 'disputed', 'payment-claimed']);

/** The "dossier de recouvrement" as DOCX bytes: summary, acknowledgements, full timeline with hashes, replies, bordereau de pièces, chain status. */
export async function renderEvidenceDocx(input: EvidenceFileInput): Promise<Uint8Array> {
  const language = input.language ?? 'fr';
  const L = (fr: string, en: string) => (language === 'fr' ? fr : en);
  const money = (m: Money) => formatMoney(m, language);
  const day = (d: string) => shortDate(d, language);
  const longDay = (d: string) => formatDateLong(d, language);
  const colon = L('\u00a0: ', ': ');
  const numberOf = new Map(input.invoices.map((invoice) => [invoice.id, invoice.number]));
  const events = chronological(input.events);
  const acknowledgements = debtAcknowledgements(events);
  const acknowledged = new Map(acknowledgements.map((a) => [a.event.id, a]));
  const correctedBy = new Map(events.filter((e) => e.corrects).map((e) => [e.corrects as string, e.id]));
  const progress = input.progress ?? NO_PROGRESS;
  const chains = await verifyChainsByInvoice(input.events, chainSealsOf(input.invoices), (done, total) => progress('checking', done, total));
  const debtor: Party = {
    name: input.client.company ? `${input.client.company} (${input.client.name})` : input.client.name,
    address: input.client.address,
    siren: input.client.siren,
    vatId: input.client.vatId,
    email: input.client.emails?.[0]?.email,
  };
  const kind = input.client.kind;
  // Companies and public buyers owe late charges without any demand; a consumer owes interest from the formal notice.
  const business = kind !== 'consumer';

  const heading = (text: string) =>
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      spacing: { before: 360, after: 120 },
      keepNext: true,
      children: textRuns(text, { bold: true, color: '000000' }),
    });

  const body: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(L('Dossier de recouvrement', 'Debt recovery file'), { bold: true, size: 36 }) }),
    textParagraph(`${debtor.name} · ${L('établi le', 'prepared on')} ${longDay(input.asOf)}`, { size: 24 }),
    heading(L('Parties', 'Parties')),
    textParagraph(L('Créancier', 'Creditor'), { italics: true }, { spacing: { after: 0 } }),
    ...lineBlock(partyLines(input.creditor, language)),
    textParagraph(''),
    textParagraph(
      `${L('Débiteur', 'Debtor')} (${kind === 'public' ? L('acheteur public', 'public buyer') : business ? L('professionnel', 'business') : L('consommateur', 'consumer')})`,
      { italics: true },
      { spacing: { after: 0 } },
    ),
    ...lineBlock(partyLines(debtor, language)),
  ];

  // 1. Summary: what is owed, since when, with the charges the law adds.
  const lines = input.invoices.map((invoice) => {
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
  const openLines = lines.filter((l) => l.open);
  const currencies = new Set(openLines.map((l) => l.invoice.amountDue.currency));
  body.push(heading(L('1. Résumé', '1. Summary')));
  if (openLines.length === 0) {
    body.push(textParagraph(L('Aucune somme ne reste due à ce jour.', 'Nothing remains due to date.')));
  } else {
    const oldest = openLines.map((l) => l.invoice.dueDate).sort()[0];
    const total =
      currencies.size === 1 ? money({ minor: openLines.reduce((s, l) => s + (l.charges?.total.minor ?? 0), 0), currency: [...currencies][0] }) : undefined;
    const principal =
      currencies.size === 1
        ? money({ minor: openLines.reduce((s, l) => s + (l.charges?.outstanding.minor ?? 0), 0), currency: [...currencies][0] })
        : undefined;
    body.push(
      textParagraph(
        L(
          `${debtor.name} doit à ${input.creditor.name} ${principal ? `la somme de ${principal} en principal` : 'des sommes en plusieurs devises'} au titre de ${openLines.length} facture${openLines.length > 1 ? 's' : ''} impayée${openLines.length > 1 ? 's' : ''}, la plus ancienne échue depuis le ${longDay(oldest)} (${Math.max(0, daysBetween(oldest, input.asOf))} jours)` +
            (total
              ? `, soit ${total} avec les ${kind === 'public' ? 'intérêts moratoires et indemnités forfaitaires' : business ? 'pénalités de retard et indemnités forfaitaires' : 'intérêts'} au ${longDay(input.asOf)}.`
              : '.'),
          `${debtor.name} owes ${input.creditor.name} ${principal ? `${principal} in principal` : 'sums in several currencies'} on ${openLines.length} unpaid invoice${openLines.length > 1 ? 's' : ''}, the oldest overdue since ${longDay(oldest)} (${Math.max(0, daysBetween(oldest, input.asOf))} days)` +
            (total
              ? `, that is ${total} with ${kind === 'public' ? 'late-payment interest and fixed indemnities' : business ? 'late-payment penalties and fixed indemnities' : 'interest'} as of ${longDay(input.asOf)}.`
              : '.'),
        ),
        {},
        { alignment: 'both' },
      ),
    );
  }
  body.push(
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
      header: [
        L('Facture', 'Invoice'),
        L('Émise le', 'Issued'),
        L('Échéance', 'Due'),
        L('Montant TTC', 'Total'),
        L('Reste dû', 'Outstanding'),
        L('Retard', 'Late'),
        business ? L('Pénalités + indemnité', 'Penalties + indemnity') : L('Intérêts', 'Interest'),
        L('Total exigible', 'Total claimable'),
      ],
      rows: lines.map(({ invoice, charges }) => [
        invoice.number,
        invoice.issueDateUnknown ? '—' : day(invoice.issueDate),
        day(invoice.dueDate),
        money(invoice.total),
        money(charges?.outstanding ?? invoice.amountDue),
        charges ? L(`${charges.days}\u00a0j`, `${charges.days} d`) : '—',
        charges ? money({ minor: charges.interest.minor + charges.indemnity.minor, currency: charges.interest.currency }) : L('soldée', 'settled'),
        charges ? money(charges.total) : '—',
      ]),
    }),
  );
  if (kind === 'public') {
    body.push(
      textParagraph(
        L(
          "Intérêts moratoires : articles L2192-13 et R2192-31 du Code de la commande publique (taux BCE en vigueur au premier jour du semestre où ils commencent à courir + 8 points, un seul taux pour tout le retard), dus de plein droit dès l'expiration du délai de paiement ; indemnité forfaitaire de 40 € par facture (article D2192-35).",
          'Late-payment interest (intérêts moratoires): Articles L2192-13 and R2192-31 of the French Public Procurement Code (ECB rate in force on the first day of the half-year in which it starts + 8 points, one rate for the whole delay), due by operation of law once the payment period expires; fixed indemnity of €40 per invoice (Article D2192-35).',
        ),
        { italics: true, size: 18 },
      ),
    );
  } else if (business) {
    body.push(
      textParagraph(
        L(
          "Pénalités : article L441-10 du Code de commerce (taux BCE + 10 points par semestre, ou taux contractuel non inférieur à trois fois le taux d'intérêt légal), dues dès le lendemain de l'échéance ; indemnité forfaitaire de 40 € par facture (article D441-5).",
          'Penalties: Article L441-10 of the French Commercial Code (ECB rate + 10 points per half-year, or a contractual rate not below three times the statutory rate), due from the day after the due date; fixed indemnity of €40 per invoice (Article D441-5).',
        ),
        { italics: true, size: 18 },
      ),
    );
  } else {
    body.push(
      textParagraph(
        L(
          'Intérêts au taux légal à compter de la mise en demeure (articles 1231-6 et 1344-1 du Code civil) ; sans mise en demeure envoyée, aucun intérêt ne court encore.',
          'Statutory interest from the formal notice (Articles 1231-6 and 1344-1 of the French Civil Code); until a formal notice is sent, no interest runs.',
        ),
        { italics: true, size: 18 },
      ),
    );
  }

  // 2. Acknowledgements of the debt and prescription.
  body.push(heading(L('2. Reconnaissance de dette et prescription', '2. Acknowledgement of the debt and limitation period')));
  if (acknowledgements.length === 0) {
    body.push(
      textParagraph(L('Aucune reconnaissance de dette écrite ni paiement partiel enregistré.', 'No written acknowledgement or partial payment recorded.')),
    );
  }
  for (const a of acknowledgements) body.push(acknowledgementParagraph(a, numberOf, language));
  for (const { invoice } of openLines) {
    const p = computePrescription({
      debtor: input.client.kind,
      issueDate: invoice.issueDate,
      issueDateUnknown: invoice.issueDateUnknown,
      dueDate: invoice.dueDate,
      workFinishedOn: invoice.workFinishedOn,
      events: input.events.filter((e) => e.invoiceId === invoice.id),
      today: input.asOf,
    });
    body.push(
      textParagraph(
        L(
          `Facture ${invoice.number} : prescription de ${p.years} ans (${p.reference}) courant du ${longDay(p.startsOn)} ; dernier jour pour agir en justice le ${longDay(p.lastDay)}.`,
          `Invoice ${invoice.number}: ${p.years}-year limitation period (${p.reference}) running from ${longDay(p.startsOn)}; last day to go to court ${longDay(p.lastDay)}.`,
        ),
        { bold: p.warning !== 'none' },
      ),
    );
  }
  body.push(
    textParagraph(
      L(
        "Une reconnaissance de dette, même partielle et quelle qu'en soit la forme, interrompt la prescription et fait courir un nouveau délai de même durée (article 2240 du Code civil). Une mise en demeure, elle, ne l'interrompt pas (Cass. com., 18 mai 2022, n° 20-23.204).",
        'An acknowledgement of the debt, even partial and in any form, interrupts the limitation period and starts a new one of the same length (Article 2240 of the French Civil Code). A formal notice does not interrupt it (Cass. com., 18 May 2022, no. 20-23.204).',
      ),
      { italics: true, size: 18 },
    ),
  );

  // 3. Chronological timeline, every text in full with its hash.
  body.push(heading(L('3. Chronologie', '3. Timeline')));
  for (const [index, event] of events.entries()) {
    progress('writing', index + 1, events.length);
    const d = describeEvent(event, language);
    const ack = acknowledged.get(event.id);
    body.push(
      mixedParagraph(
        [
          [`${longDay(event.occurredOn)} · `, { bold: true }],
          [d.label, { bold: true }],
          [` · ${L('facture', 'invoice')} ${numberOf.get(event.invoiceId) ?? event.invoiceId}`],
        ],
        { keepNext: true, spacing: { before: 200, after: 40 } },
      ),
    );
    if (ack) body.push(textParagraph(ackLabel(ack, language), { bold: true, color: '7A0000' }, { spacing: { after: 40 } }));
    if (d.summary) body.push(textParagraph(d.summary, {}, { spacing: { after: 40 } }));
    if (d.fullText)
      body.push(
        textParagraph(
          d.fullText,
          { size: 19 },
          { indent: { left: 340 }, spacing: { after: 40 }, border: { left: { style: 'single', size: 8, color: 'AAAAAA', space: 6 } } },
        ),
      );
    const correction = correctedBy.get(event.id);
    if (event.corrects)
      body.push(textParagraph(`${L("Corrige l'événement", 'Corrects event')} ${event.corrects}`, { italics: true }, { spacing: { after: 40 } }));
    if (correction)
      body.push(textParagraph(`${L("Corrigé par l'événement", 'Corrected by event')} ${correction}`, { italics: true }, { spacing: { after: 40 } }));
    body.push(
      textParagraph(`${L('Enregistré le', 'Recorded')} ${event.recordedAt} · ${L('n°', 'no.')} ${event.seq} · id ${event.id} · SHA-256${colon}${event.hash}`, {
        size: 15,
        color: '555555',
      }),
    );
  }
  if (events.length === 0) body.push(textParagraph(L('Aucun événement enregistré.', 'No event recorded.')));

  // 4. The debtor's replies, side by side.
  const replies = events.filter((e): e is TimelineEvent<'reply-received'> => e.kind === 'reply-received');
  body.push(heading(L('4. Réponses du débiteur', "4. Debtor's replies")));
  if (replies.length === 0) body.push(textParagraph(L('Aucune réponse reçue.', 'No reply received.')));
  else {
    body.push(
      textTable({
        columns: [{ width: 16 }, { width: 24 }, { width: 60 }],
        header: [L('Date', 'Date'), L('Nature', 'Kind'), L('Extrait', 'Excerpt')],
        rows: replies.map((reply) => [day(reply.occurredOn), replyKindLabel(reply.data.kind, language), reply.data.excerpt]),
      }),
    );
  }

  // 5. Bordereau de pièces, numbered as the request for an injonction de payer expects.
  body.push(heading(L('5. Bordereau de pièces', '5. List of exhibits')));
  body.push(
    textParagraph(
      L(
        'Pièces à joindre à la requête en injonction de payer (formulaire Cerfa n° 12948 devant le tribunal judiciaire, n° 12946 devant le tribunal de commerce) ou à remettre au commissaire de justice :',
        'Exhibits to attach to the request for an order for payment (form Cerfa no. 12948 before the tribunal judiciaire, no. 12946 before the tribunal de commerce) or to hand to the commissaire de justice:',
      ),
    ),
  );
  const exhibits = exhibitList(input.invoices, events, acknowledgements, language);
  body.push(
    textTable({
      columns: [{ width: 12 }, { width: 70 }, { width: 18 }],
      header: [L('Pièce n°', 'Exhibit'), L('Désignation', 'Description'), L('Date', 'Date')],
      rows: exhibits.map((exhibit, index) => [String(index + 1), exhibit.text, exhibit.date ? day(exhibit.date) : '']),
    }),
  );

  // 6. Integrity of the record.
  body.push(heading(L('6. Intégrité de la chronologie', '6. Integrity of the timeline')));
  for (const invoice of input.invoices) {
    body.push(
      textParagraph(chainSentence(invoice.number, chains.get(invoice.id) ?? { intact: true, count: 0 }, input.events, language), {
        bold: !(chains.get(invoice.id)?.intact ?? true),
      }),
    );
    // The head hash lets anyone holding this file prove later that the timeline was not cut after this date.
    const head = events
      .filter((e) => e.invoiceId === invoice.id)
      .reduce<TimelineEvent | undefined>((last, e) => (!last || e.seq > last.seq ? e : last), undefined);
    if (head) body.push(textParagraph(`${L('Empreinte du dernier événement', 'Hash of the last event')} (n° ${head.seq})${colon}${head.hash}`, { size: 16 }));
  }
  body.push(
    textParagraph(
      L(
        "Chaque événement est enregistré sans modification possible : il porte l'empreinte SHA-256 de l'événement précédent de la même facture et sa propre empreinte, calculée sur sa forme JSON canonique (RFC 8785). Toute modification, suppression ou insertion ultérieure rompt la chaîne à l'endroit exact où elle a eu lieu. Les corrections sont de nouveaux événements qui renvoient à celui qu'ils corrigent.",
        'Events are append-only: each carries the SHA-256 hash of the previous event of the same invoice and its own hash, computed over its canonical JSON form (RFC 8785). Any later edit, deletion or insertion breaks the chain exactly where it happened. Corrections are new events referring to the one they correct.',
      ),
      { italics: true, size: 18 },
    ),
  );

  return packDocx({ title: `${L('Dossier de recouvrement', 'Debt recovery file')} ${debtor.name}`, creator: input.creditor.name, language }, body);
}

function ackLabel(a: DebtAcknowledgement, language: Lang): string {
  const [fr, en] = (
    {
      'written-promise': ['Promesse écrite de payer', 'Written promise to pay'],
      'plan-request': ['Demande écrite d’échéancier', 'Written request for a payment plan'],
      'partial-payment': ['Paiement partiel', 'Partial payment'],
    } as const
  )[a.how];
  return language === 'fr'
    ? `${fr} valant reconnaissance de dette (article 2240 du Code civil) : interrompt la prescription à la date du ${formatDateLong(a.on, 'fr')}.`
    : `${en}, an acknowledgement of the debt (Article 2240 of the French Civil Code): interrupts the limitation period as of ${formatDateLong(a.on, 'en')}.`;
}

function acknowledgementParagraph(a: DebtAcknowledgement, numbers: Map<string, string>, language: Lang): Paragraph {
  const invoice = numbers.get(a.invoiceId) ?? a.invoiceId;
  const excerpt = a.event.kind === 'reply-received' ? a.event.data.excerpt : '';
  return mixedParagraph([
    [`${language === 'fr' ? 'Facture' : 'Invoice'} ${invoice} · `, { bold: true }],
    [ackLabel(a, language), { bold: true }],
    ...(excerpt ? ([[`\n« ${excerpt} »`, { italics: true }]] as Array<[string, { italics: boolean }]>) : []),
  ]);
}

function chainSentence(number: string, result: ChainVerification, events: TimelineEvent[], language: Lang): string {
  if (result.intact) {
    return language === 'fr'
      ? `Facture ${number} : chronologie intègre, ${result.count} événement${result.count > 1 ? 's' : ''} vérifié${result.count > 1 ? 's' : ''}.`
      : `Invoice ${number}: timeline intact, ${result.count} event${result.count === 1 ? '' : 's'} verified.`;
  }
  const at = events.find((e) => e.id === result.eventId);
  const why = {
    hash: ['le contenu de cet événement a été modifié après son enregistrement', 'this event was edited after it was recorded'],
    link: [
      'cet événement ne suit plus celui qui le précédait (un événement antérieur a été modifié ou remplacé)',
      'this event no longer follows the one before it (an earlier event was edited or replaced)',
    ],
    seq: ['un événement manque, est en double ou a été déplacé', 'an event is missing, duplicated or moved'],
    truncated: [
      "la chronologie s'arrête avant le dernier événement enregistré pour cette facture (des événements ont été retirés à la fin)",
      'the timeline stops before the last event recorded for this invoice (events were removed at the end)',
    ],
  }[result.reason];
  return language === 'fr'
    ? `Facture ${number} : CHRONOLOGIE ALTÉRÉE à l'événement n° ${result.brokenAt} (${result.eventId}${at ? `, du ${formatDateLong(at.occurredOn, 'fr')}` : ''}) : ${why[0]}.`
    : `Invoice ${number}: TIMELINE ALTERED at event no. ${result.brokenAt} (${result.eventId}${at ? `, of ${formatDateLong(at.occurredOn, 'en')}` : ''}): ${why[1]}.`;
}

function exhibitList(
  invoices: EvidenceFileInput['invoices'],
  events: TimelineEvent[],
  acknowledgements: DebtAcknowledgement[],
  language: Lang,
): Array<{ text: string; date?: string }> {
  const L = (fr: string, en: string) => (language === 'fr' ? fr : en);
  const list: Array<{ text: string; date?: string }> = invoices.map((invoice) => ({
    text: L(
      `Facture n° ${invoice.number} (${formatMoney(invoice.total, 'fr')} TTC)`,
      `Invoice no. ${invoice.number} (${formatMoney(invoice.total, 'en')} incl. VAT)`,
    ),
    date: invoice.issueDateUnknown ? undefined : invoice.issueDate,
  }));
  list.push({
    text: L('Devis signé, bon de commande ou contrat, et conditions générales de vente', 'Signed quote, purchase order or contract, and general terms of sale'),
  });
  const acknowledgedIds = new Set(acknowledgements.map((a) => a.event.id));
  const numberOf = new Map(invoices.map((invoice) => [invoice.id, invoice.number]));
  for (const event of events) {
    const ref = numberOf.get(event.invoiceId) ?? event.invoiceId;
    if (event.kind === 'reminder-sent') {
      const data = event.data;
      list.push({
        text: L(
          `Courriel de relance (${stageLabel(data.stage, 'fr')}), facture ${ref} : « ${data.subject} »`,
          `Reminder email (${stageLabel(data.stage, 'en')}), invoice ${ref}: "${data.subject}"`,
        ),
        date: event.occurredOn,
      });
    } else if (event.kind === 'platform-status' && platformStatusEffect(event.data.code) === 'accepted') {
      // The buyer's platform approved the invoice: strong evidence that the debt is not contested (LEGAL.md fact 41).
      const data = event.data;
      const platform = data.platform === 'pennylane' ? 'Pennylane' : 'Qonto';
      const name = CDAR_STATUS_NAMES[data.code] ?? { fr: data.raw, en: data.raw };
      list.push({
        text: L(
          `Statut « ${name.fr} » (${data.code}) de la facture ${ref}, transmis par la plateforme agréée ${platform} : acceptation par l'acheteur`,
          `Status "${name.en}" (${data.code}) of invoice ${ref}, reported by the approved platform ${platform}: accepted by the buyer`,
        ),
        date: data.on ?? event.occurredOn,
      });
    } else if (event.kind === 'service-reminder') {
      const data = event.data;
      list.push({ text: L(`Relance envoyée par ${data.service}, facture ${ref}`, `Reminder sent by ${data.service}, invoice ${ref}`), date: event.occurredOn });
    } else if (event.kind === 'letter-sent') {
      const data = event.data;
      const tracking = data.trackingNumber ? L(` n° ${data.trackingNumber}`, ` no. ${data.trackingNumber}`) : '';
      list.push({
        text:
          data.kind === 'formal-notice'
            ? L(`Lettre de mise en demeure et preuve de dépôt du recommandé${tracking}`, `Formal notice letter and proof of registered posting${tracking}`)
            : L(`Courrier recommandé${tracking}`, `Registered letter${tracking}`),
        date: data.sentOn,
      });
    } else if (event.kind === 'acknowledgement-received') {
      const data = event.data;
      list.push({
        text: L(
          `Avis de réception signé${data.trackingNumber ? ` (n° ${data.trackingNumber})` : ''}`,
          `Signed acknowledgement of receipt${data.trackingNumber ? ` (no. ${data.trackingNumber})` : ''}`,
        ),
        date: data.receivedOn,
      });
    } else if (acknowledgedIds.has(event.id)) {
      list.push(
        event.kind === 'payment'
          ? {
              text: L(
                `Relevé bancaire du paiement partiel (reconnaissance de dette), facture ${ref}`,
                `Bank statement of the partial payment (acknowledgement of debt), invoice ${ref}`,
              ),
              date: event.occurredOn,
            }
          : {
              text: L(
                `Écrit du débiteur promettant le paiement (reconnaissance de dette), facture ${ref}`,
                `Debtor's written promise to pay (acknowledgement of debt), invoice ${ref}`,
              ),
              date: event.occurredOn,
            },
      );
    }
  }
  return list;
}
