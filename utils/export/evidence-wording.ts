/**
 * The recovery file's sentences in French and English, section by section. Amounts and dates come formatted in the
 * file's language; the legal references follow the texts the courts apply (LEGAL.md).
 */
import type { ChainVerification } from '../evidence/verify-chain';
import type { DebtorKind } from '../model/client';
import type { DebtAcknowledgement } from './debt-acknowledgements';
import type { Language } from '../model/language';

type ChainBreak = Extract<ChainVerification, { intact: false }>['reason'];

/** What the summary's sentence says: who owes whom, how much, since when. */
export interface SummaryFacts {
  debtor: string;
  creditor: string;
  /** The principal still owed; absent when the invoices are in several currencies. */
  principal?: string;
  count: number;
  oldestDue: string;
  days: number;
  /** With the late charges the law adds; absent when the invoices are in several currencies. */
  total?: string;
  kind: DebtorKind;
  asOf: string;
}

export interface EvidenceWording {
  title: string;
  preparedOn: (debtor: string, date: string) => string;
  parties: string;
  creditor: string;
  debtor: (kind: DebtorKind) => string;

  summaryHeading: string;
  nothingDue: string;
  summary: (facts: SummaryFacts) => string;
  summaryHeader: (kind: DebtorKind) => [string, string, string, string, string, string, string, string];
  daysLate: (days: number) => string;
  settled: string;
  /** The law behind the charges, by kind of debtor. */
  chargesLaw: Record<DebtorKind, string>;

  acknowledgementsHeading: string;
  noAcknowledgement: string;
  acknowledgement: (how: DebtAcknowledgement['how'], on: string) => string;
  invoice: (number: string) => string;
  prescription: (number: string, years: number, reference: string, startsOn: string, lastDay: string) => string;
  acknowledgementLaw: string;

  timelineHeading: string;
  ofInvoice: (number: string) => string;
  corrects: (eventId: string) => string;
  correctedBy: (eventId: string) => string;
  recorded: (at: string, seq: number, eventId: string, hash: string) => string;
  noEvent: string;

  repliesHeading: string;
  noReply: string;
  repliesHeader: [string, string, string];

  exhibitsHeading: string;
  exhibitsIntro: string;
  exhibitsHeader: [string, string, string];
  invoiceExhibit: (number: string, total: string) => string;
  contractExhibit: string;
  reminderExhibit: (stage: string, number: string, subject: string) => string;
  platformAcceptedExhibit: (status: string, code: string, number: string, platform: string) => string;
  serviceReminderExhibit: (service: string, number: string) => string;
  formalNoticeExhibit: (tracking: string | undefined) => string;
  registeredLetterExhibit: (tracking: string | undefined) => string;
  receiptExhibit: (tracking: string | undefined) => string;
  partialPaymentExhibit: (number: string) => string;
  writtenPromiseExhibit: (number: string) => string;

  integrityHeading: string;
  chainIntact: (number: string, count: number) => string;
  chainAltered: (number: string, brokenAt: number, eventId: string, on: string | undefined, reason: ChainBreak) => string;
  lastHash: (seq: number, hash: string) => string;
  chainLaw: string;
}

const FR_ACKNOWLEDGEMENT: Record<DebtAcknowledgement['how'], string> = {
  'written-promise': 'Promesse écrite de payer',
  'plan-request': 'Demande écrite d’échéancier',
  'partial-payment': 'Paiement partiel',
};
const EN_ACKNOWLEDGEMENT: Record<DebtAcknowledgement['how'], string> = {
  'written-promise': 'Written promise to pay',
  'plan-request': 'Written request for a payment plan',
  'partial-payment': 'Partial payment',
};

const FR_CHAIN_BREAK: Record<ChainBreak, string> = {
  hash: 'le contenu de cet événement a été modifié après son enregistrement',
  link: 'cet événement ne suit plus celui qui le précédait (un événement antérieur a été modifié ou remplacé)',
  seq: 'un événement manque, est en double ou a été déplacé',
  truncated: "la chronologie s'arrête avant le dernier événement enregistré pour cette facture (des événements ont été retirés à la fin)",
};
const EN_CHAIN_BREAK: Record<ChainBreak, string> = {
  hash: 'this event was edited after it was recorded',
  link: 'this event no longer follows the one before it (an earlier event was edited or replaced)',
  seq: 'an event is missing, duplicated or moved',
  truncated: 'the timeline stops before the last event recorded for this invoice (events were removed at the end)',
};

const plural = (count: number, word: string) => `${word}${count > 1 ? 's' : ''}`;

export const EVIDENCE_WORDING: Record<Language, EvidenceWording> = {
  fr: {
    title: 'Dossier de recouvrement',
    preparedOn: (debtor, date) => `${debtor} · établi le ${date}`,
    parties: 'Parties',
    creditor: 'Créancier',
    debtor: (kind) => `Débiteur (${{ public: 'acheteur public', business: 'professionnel', consumer: 'consommateur' }[kind]})`,

    summaryHeading: '1. Résumé',
    nothingDue: 'Aucune somme ne reste due à ce jour.',
    summary: (f) =>
      `${f.debtor} doit à ${f.creditor} ${f.principal ? `la somme de ${f.principal} en principal` : 'des sommes en plusieurs devises'} au titre de ${f.count} ${plural(f.count, 'facture')} ${plural(f.count, 'impayée')}, la plus ancienne échue depuis le ${f.oldestDue} (${f.days} jours)` +
      (f.total
        ? `, soit ${f.total} avec les ${{ public: 'intérêts moratoires et indemnités forfaitaires', business: 'pénalités de retard et indemnités forfaitaires', consumer: 'intérêts' }[f.kind]} au ${f.asOf}.`
        : '.'),
    summaryHeader: (kind) => [
      'Facture',
      'Émise le',
      'Échéance',
      'Montant TTC',
      'Reste dû',
      'Retard',
      kind === 'consumer' ? 'Intérêts' : 'Pénalités + indemnité',
      'Total exigible',
    ],
    daysLate: (days) => `${days}\u00a0j`,
    settled: 'soldée',
    chargesLaw: {
      public:
        "Intérêts moratoires : articles L2192-13 et R2192-31 du Code de la commande publique (taux BCE en vigueur au premier jour du semestre où ils commencent à courir + 8 points, un seul taux pour tout le retard), dus de plein droit dès l'expiration du délai de paiement ; indemnité forfaitaire de 40 € par facture (article D2192-35).",
      business:
        "Pénalités : article L441-10 du Code de commerce (taux BCE + 10 points par semestre, ou taux contractuel non inférieur à trois fois le taux d'intérêt légal), dues dès le lendemain de l'échéance ; indemnité forfaitaire de 40 € par facture (article D441-5).",
      consumer:
        'Intérêts au taux légal à compter de la mise en demeure (articles 1231-6 et 1344-1 du Code civil) ; sans mise en demeure envoyée, aucun intérêt ne court encore.',
    },

    acknowledgementsHeading: '2. Reconnaissance de dette et prescription',
    noAcknowledgement: 'Aucune reconnaissance de dette écrite ni paiement partiel enregistré.',
    acknowledgement: (how, on) =>
      `${FR_ACKNOWLEDGEMENT[how]} valant reconnaissance de dette (article 2240 du Code civil) : interrompt la prescription à la date du ${on}.`,
    invoice: (number) => `Facture ${number}`,
    prescription: (number, years, reference, startsOn, lastDay) =>
      `Facture ${number} : prescription de ${years} ans (${reference}) courant du ${startsOn} ; dernier jour pour agir en justice le ${lastDay}.`,
    acknowledgementLaw:
      "Une reconnaissance de dette, même partielle et quelle qu'en soit la forme, interrompt la prescription et fait courir un nouveau délai de même durée (article 2240 du Code civil). Une mise en demeure, elle, ne l'interrompt pas (Cass. com., 18 mai 2022, n° 20-23.204).",

    timelineHeading: '3. Chronologie',
    ofInvoice: (number) => ` · facture ${number}`,
    corrects: (eventId) => `Corrige l'événement ${eventId}`,
    correctedBy: (eventId) => `Corrigé par l'événement ${eventId}`,
    recorded: (at, seq, eventId, hash) => `Enregistré le ${at} · n° ${seq} · id ${eventId} · SHA-256\u00a0: ${hash}`,
    noEvent: 'Aucun événement enregistré.',

    repliesHeading: '4. Réponses du débiteur',
    noReply: 'Aucune réponse reçue.',
    repliesHeader: ['Date', 'Nature', 'Extrait'],

    exhibitsHeading: '5. Bordereau de pièces',
    exhibitsIntro:
      'Pièces à joindre à la requête en injonction de payer (formulaire Cerfa n° 12948 devant le tribunal judiciaire, n° 12946 devant le tribunal de commerce) ou à remettre au commissaire de justice :',
    exhibitsHeader: ['Pièce n°', 'Désignation', 'Date'],
    invoiceExhibit: (number, total) => `Facture n° ${number} (${total} TTC)`,
    contractExhibit: 'Devis signé, bon de commande ou contrat, et conditions générales de vente',
    reminderExhibit: (stage, number, subject) => `Courriel de relance (${stage}), facture ${number} : « ${subject} »`,
    platformAcceptedExhibit: (status, code, number, platform) =>
      `Statut « ${status} » (${code}) de la facture ${number}, transmis par la plateforme agréée ${platform} : acceptation par l'acheteur`,
    serviceReminderExhibit: (service, number) => `Relance envoyée par ${service}, facture ${number}`,
    formalNoticeExhibit: (tracking) => `Lettre de mise en demeure et preuve de dépôt du recommandé${tracking ? ` n° ${tracking}` : ''}`,
    registeredLetterExhibit: (tracking) => `Courrier recommandé${tracking ? ` n° ${tracking}` : ''}`,
    receiptExhibit: (tracking) => `Avis de réception signé${tracking ? ` (n° ${tracking})` : ''}`,
    partialPaymentExhibit: (number) => `Relevé bancaire du paiement partiel (reconnaissance de dette), facture ${number}`,
    writtenPromiseExhibit: (number) => `Écrit du débiteur promettant le paiement (reconnaissance de dette), facture ${number}`,

    integrityHeading: '6. Intégrité de la chronologie',
    chainIntact: (number, count) => `Facture ${number} : chronologie intègre, ${count} ${plural(count, 'événement')} ${plural(count, 'vérifié')}.`,
    chainAltered: (number, brokenAt, eventId, on, reason) =>
      `Facture ${number} : CHRONOLOGIE ALTÉRÉE à l'événement n° ${brokenAt} (${eventId}${on ? `, du ${on}` : ''}) : ${FR_CHAIN_BREAK[reason]}.`,
    lastHash: (seq, hash) => `Empreinte du dernier événement (n° ${seq})\u00a0: ${hash}`,
    chainLaw:
      "Chaque événement est enregistré sans modification possible : il porte l'empreinte SHA-256 de l'événement précédent de la même facture et sa propre empreinte, calculée sur sa forme JSON canonique (RFC 8785). Toute modification, suppression ou insertion ultérieure rompt la chaîne à l'endroit exact où elle a eu lieu. Les corrections sont de nouveaux événements qui renvoient à celui qu'ils corrigent.",
  },
  en: {
    title: 'Debt recovery file',
    preparedOn: (debtor, date) => `${debtor} · prepared on ${date}`,
    parties: 'Parties',
    creditor: 'Creditor',
    debtor: (kind) => `Debtor (${{ public: 'public buyer', business: 'business', consumer: 'consumer' }[kind]})`,

    summaryHeading: '1. Summary',
    nothingDue: 'Nothing remains due to date.',
    summary: (f) =>
      `${f.debtor} owes ${f.creditor} ${f.principal ? `${f.principal} in principal` : 'sums in several currencies'} on ${f.count} unpaid ${plural(f.count, 'invoice')}, the oldest overdue since ${f.oldestDue} (${f.days} days)` +
      (f.total
        ? `, that is ${f.total} with ${{ public: 'late-payment interest and fixed indemnities', business: 'late-payment penalties and fixed indemnities', consumer: 'interest' }[f.kind]} as of ${f.asOf}.`
        : '.'),
    summaryHeader: (kind) => [
      'Invoice',
      'Issued',
      'Due',
      'Total',
      'Outstanding',
      'Late',
      kind === 'consumer' ? 'Interest' : 'Penalties + indemnity',
      'Total claimable',
    ],
    daysLate: (days) => `${days} d`,
    settled: 'settled',
    chargesLaw: {
      public:
        'Late-payment interest (intérêts moratoires): Articles L2192-13 and R2192-31 of the French Public Procurement Code (ECB rate in force on the first day of the half-year in which it starts + 8 points, one rate for the whole delay), due by operation of law once the payment period expires; fixed indemnity of €40 per invoice (Article D2192-35).',
      business:
        'Penalties: Article L441-10 of the French Commercial Code (ECB rate + 10 points per half-year, or a contractual rate not below three times the statutory rate), due from the day after the due date; fixed indemnity of €40 per invoice (Article D441-5).',
      consumer:
        'Statutory interest from the formal notice (Articles 1231-6 and 1344-1 of the French Civil Code); until a formal notice is sent, no interest runs.',
    },

    acknowledgementsHeading: '2. Acknowledgement of the debt and limitation period',
    noAcknowledgement: 'No written acknowledgement or partial payment recorded.',
    acknowledgement: (how, on) =>
      `${EN_ACKNOWLEDGEMENT[how]}, an acknowledgement of the debt (Article 2240 of the French Civil Code): interrupts the limitation period as of ${on}.`,
    invoice: (number) => `Invoice ${number}`,
    prescription: (number, years, reference, startsOn, lastDay) =>
      `Invoice ${number}: ${years}-year limitation period (${reference}) running from ${startsOn}; last day to go to court ${lastDay}.`,
    acknowledgementLaw:
      'An acknowledgement of the debt, even partial and in any form, interrupts the limitation period and starts a new one of the same length (Article 2240 of the French Civil Code). A formal notice does not interrupt it (Cass. com., 18 May 2022, no. 20-23.204).',

    timelineHeading: '3. Timeline',
    ofInvoice: (number) => ` · invoice ${number}`,
    corrects: (eventId) => `Corrects event ${eventId}`,
    correctedBy: (eventId) => `Corrected by event ${eventId}`,
    recorded: (at, seq, eventId, hash) => `Recorded ${at} · no. ${seq} · id ${eventId} · SHA-256: ${hash}`,
    noEvent: 'No event recorded.',

    repliesHeading: "4. Debtor's replies",
    noReply: 'No reply received.',
    repliesHeader: ['Date', 'Kind', 'Excerpt'],

    exhibitsHeading: '5. List of exhibits',
    exhibitsIntro:
      'Exhibits to attach to the request for an order for payment (form Cerfa no. 12948 before the tribunal judiciaire, no. 12946 before the tribunal de commerce) or to hand to the commissaire de justice:',
    exhibitsHeader: ['Exhibit', 'Description', 'Date'],
    invoiceExhibit: (number, total) => `Invoice no. ${number} (${total} incl. VAT)`,
    contractExhibit: 'Signed quote, purchase order or contract, and general terms of sale',
    reminderExhibit: (stage, number, subject) => `Reminder email (${stage}), invoice ${number}: "${subject}"`,
    platformAcceptedExhibit: (status, code, number, platform) =>
      `Status "${status}" (${code}) of invoice ${number}, reported by the approved platform ${platform}: accepted by the buyer`,
    serviceReminderExhibit: (service, number) => `Reminder sent by ${service}, invoice ${number}`,
    formalNoticeExhibit: (tracking) => `Formal notice letter and proof of registered posting${tracking ? ` no. ${tracking}` : ''}`,
    registeredLetterExhibit: (tracking) => `Registered letter${tracking ? ` no. ${tracking}` : ''}`,
    receiptExhibit: (tracking) => `Signed acknowledgement of receipt${tracking ? ` (no. ${tracking})` : ''}`,
    partialPaymentExhibit: (number) => `Bank statement of the partial payment (acknowledgement of debt), invoice ${number}`,
    writtenPromiseExhibit: (number) => `Debtor's written promise to pay (acknowledgement of debt), invoice ${number}`,

    integrityHeading: '6. Integrity of the timeline',
    chainIntact: (number, count) => `Invoice ${number}: timeline intact, ${count} event${count === 1 ? '' : 's'} verified.`,
    chainAltered: (number, brokenAt, eventId, on, reason) =>
      `Invoice ${number}: TIMELINE ALTERED at event no. ${brokenAt} (${eventId}${on ? `, of ${on}` : ''}): ${EN_CHAIN_BREAK[reason]}.`,
    lastHash: (seq, hash) => `Hash of the last event (n° ${seq}): ${hash}`,
    chainLaw:
      'Events are append-only: each carries the SHA-256 hash of the previous event of the same invoice and its own hash, computed over its canonical JSON form (RFC 8785). Any later edit, deletion or insertion breaks the chain exactly where it happened. Corrections are new events referring to the one they correct.',
  },
};
