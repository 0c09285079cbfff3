import type { MailAddress } from '../mail/types';
import type { EventKind, TimelineEvent } from '../model/event';
import type { InvoiceStatus } from '../model/invoice';
import type { StageId } from '../model/stage';
import type { ReplyKind } from '../detect/reply-kind';
import { formatMoney } from '../templates/format-money';
import { formatDateLong } from '../templates/format-date';
import { CDAR_STATUS_NAMES } from '../model/platform-status';
import { LETTER_STATUS_NAMES } from '../model/letter-status';
import type { Language } from '../model/language';

/** An event as people read it: a label, a one-line summary, and the full text when there is one (a reminder's body, a reply). */
export interface EventDescription {
  label: string;
  summary: string;
  fullText?: string;
}

type Lang = Language;
const pick = <T>(language: Lang, fr: T, en: T): T => (language === 'fr' ? fr : en);

const KIND_LABELS: Record<EventKind, [string, string]> = {
  'invoice-sent': ['Facture envoyée', 'Invoice sent'],
  'invoice-tracked': ['Suivi de la facture commencé', 'Invoice tracked'],
  'reminder-inserted': ['Relance préparée (non envoyée)', 'Reminder drafted (not sent)'],
  'reminder-sent': ['Relance envoyée', 'Reminder sent'],
  'service-reminder': ['Relance envoyée par le logiciel de facturation', 'Reminder sent by the invoicing service'],
  'reply-received': ['Réponse du débiteur', "Debtor's reply"],
  call: ['Appel téléphonique', 'Phone call'],
  note: ['Note', 'Note'],
  'letter-sent': ['Courrier recommandé envoyé', 'Registered letter sent'],
  'acknowledgement-received': ['Accusé de réception reçu', 'Acknowledgement of receipt'],
  'letter-status': ['Suivi de la lettre recommandée', 'Registered letter tracking'],
  payment: ['Paiement reçu', 'Payment received'],
  promise: ['Promesse de paiement', 'Promise to pay'],
  'plan-agreed': ['Échéancier accepté', 'Payment plan agreed'],
  dispute: ['Contestation', 'Dispute'],
  'status-change': ['Changement de statut', 'Status change'],
  'stage-change': ["Changement d'étape", 'Stage change'],
  export: ['Export', 'Export'],
  'registry-check': ['Vérification au registre', 'Registry check'],
  correction: ['Correction', 'Correction'],
  'platform-status': ['Statut de la plateforme de facturation électronique', 'E-invoicing platform status'],
};

const STAGE_LABELS: Record<StageId, [string, string]> = {
  none: ['aucune', 'none'],
  courtesy: ['rappel de courtoisie', 'courtesy reminder'],
  reminder1: ['première relance', 'first reminder'],
  reminder2: ['deuxième relance', 'second reminder'],
  'last-reminder': ['dernière relance avant mise en demeure', 'last reminder before formal notice'],
  'formal-notice': ['mise en demeure', 'formal notice'],
  judicial: ['recouvrement judiciaire', 'judicial recovery'],
};

const STATUS_LABELS: Record<InvoiceStatus, [string, string]> = {
  open: ['ouverte', 'open'],
  promised: ['paiement promis', 'payment promised'],
  disputed: ['contestée', 'disputed'],
  'payment-claimed': ['paiement annoncé', 'payment claimed'],
  paid: ['payée', 'paid'],
  cancelled: ['annulée', 'cancelled'],
};

const REPLY_LABELS: Record<ReplyKind, [string, string]> = {
  promise: ['promesse de paiement', 'promise to pay'],
  paid: ['annonce un paiement', 'says it paid'],
  dispute: ['contestation', 'dispute'],
  plan: ["demande d'échéancier", 'asks for a payment plan'],
  'auto-reply': ['réponse automatique', 'auto-reply'],
  'info-request': ["demande d'information", 'asks for information'],
  other: ['autre', 'other'],
};

const EXPORT_LABELS: Record<TimelineEvent<'export'>['data']['what'], [string, string]> = {
  'formal-notice': ['mise en demeure (DOCX)', 'formal notice (DOCX)'],
  'evidence-docx': ['dossier de recouvrement (DOCX)', 'recovery file (DOCX)'],
  'evidence-csv': ['chronologie (CSV)', 'timeline (CSV)'],
  'evidence-json': ['chronologie (JSON)', 'timeline (JSON)'],
  backup: ['sauvegarde complète', 'full backup'],
  'payment-order': ['requête en injonction de payer (DOCX)', 'application for an order for payment (DOCX)'],
  'small-claims-dossier': ['dossier petites créances pour le commissaire de justice (DOCX)', 'small-claims file for the commissaire de justice (DOCX)'],
  'formal-notice-a4': ['mise en demeure (page A4 à imprimer)', 'formal notice (A4 page to print)'],
  'payment-order-a4': ['requête en injonction de payer (page A4 à imprimer)', 'application for an order for payment (A4 page to print)'],
  'small-claims-dossier-a4': ['dossier petites créances (page A4 à imprimer)', 'small-claims file (A4 page to print)'],
  'payment-qr': ['QR code de paiement SEPA (image)', 'SEPA payment QR code (image)'],
};

/** Label of an event kind in the language. */
export function eventKindLabel(kind: EventKind, language: Lang): string {
  const [fr, en] = KIND_LABELS[kind] ?? [kind, kind];
  return pick(language, fr, en);
}

/** Label of a ladder stage in the language. */
export function stageLabel(stage: StageId, language: Lang): string {
  const [fr, en] = STAGE_LABELS[stage] ?? [stage, stage];
  return pick(language, fr, en);
}

/** Label of a reply classification in the language. */
export function replyKindLabel(kind: ReplyKind, language: Lang): string {
  const [fr, en] = REPLY_LABELS[kind] ?? [kind, kind];
  return pick(language, fr, en);
}

function addresses(list: MailAddress[] | undefined): string {
  return (list ?? []).map((a) => (a.name ? `${a.name} <${a.email}>` : a.email)).join(', ');
}

const join = (...parts: Array<string | false | undefined>) => parts.filter(Boolean).join(' · ');

/** Describes one timeline event for a document or a spreadsheet. */
export function describeEvent(event: TimelineEvent, language: Lang): EventDescription {
  const L = (fr: string, en: string) => pick(language, fr, en);
  const day = (date: string) => formatDateLong(date, language);
  const label = eventKindLabel(event.kind, language);
  const c = L('\u00a0: ', ': '); // French puts a no-break space before the colon
  const e = event;
  switch (e.kind) {
    case 'invoice-sent':
      return {
        label,
        summary: join(e.data.to && `${L('À', 'To')}${c}${addresses(e.data.to)}`, e.data.subject && `${L('Objet', 'Subject')}${c}${e.data.subject}`),
      };
    case 'invoice-tracked':
      return { label, summary: `${L('Source', 'Source')}${c}${e.data.source}` };
    case 'reminder-inserted':
      return { label, summary: join(stageLabel(e.data.stage, language), `${L('Objet', 'Subject')}${c}${e.data.subject}`), fullText: e.data.body };
    case 'reminder-sent':
      return {
        label,
        summary: join(
          stageLabel(e.data.stage, language),
          `${L('À', 'To')}${c}${addresses(e.data.to)}`,
          e.data.cc && e.data.cc.length > 0 && `Cc${c}${addresses(e.data.cc)}`,
          `${L('Objet', 'Subject')}${c}${e.data.subject}`,
          `${L('SHA-256 du texte', 'Text SHA-256')}${c}${e.data.bodySha256}`,
        ),
        fullText: e.data.body,
      };
    case 'service-reminder':
      return { label, summary: join(e.data.service, `${L('Objet', 'Subject')}${c}${e.data.subject}`) };
    case 'reply-received':
      return {
        label,
        summary: join(
          `${L('De', 'From')}${c}${addresses([e.data.from])}`,
          `${L('Reçue le', 'Received')} ${e.data.receivedAt}`,
          `${L('Nature', 'Kind')}${c}${replyKindLabel(e.data.kind, language)}`,
          e.data.promisedDate && `${L('Date promise', 'Promised date')}${c}${day(e.data.promisedDate)}`,
        ),
        fullText: e.data.excerpt,
      };
    case 'call':
      return { label, summary: join(e.data.with && `${L('Avec', 'With')}${c}${e.data.with}`), fullText: e.data.summary };
    case 'note':
      return { label, summary: '', fullText: e.data.text };
    case 'letter-sent':
      return {
        label: e.data.kind === 'formal-notice' ? L('Mise en demeure envoyée en recommandé', 'Formal notice sent by registered post') : label,
        summary: join(
          `${L('Envoyée le', 'Sent on')} ${day(e.data.sentOn)}`,
          e.data.trackingNumber && `${L('N° de suivi', 'Tracking no.')}${c}${e.data.trackingNumber}`,
        ),
      };
    case 'acknowledgement-received':
      return {
        label,
        summary: join(
          `${e.data.source === 'laposte' ? L('Distribuée le', 'Delivered on') : L('Signé le', 'Signed on')} ${day(e.data.receivedOn)}`,
          e.data.trackingNumber && `${L('N° de suivi', 'Tracking no.')}${c}${e.data.trackingNumber}`,
          e.data.source === 'laposte' && L('selon le suivi de La Poste', 'per La Poste’s tracking'),
        ),
      };
    case 'letter-status': {
      const name = LETTER_STATUS_NAMES[e.data.status];
      return {
        label,
        summary: join(
          `${L('Lettre', 'Letter')} ${pick(language, name.fr, name.en)} ${L('le', 'on')} ${day(e.data.on)}`,
          `${L('N° de suivi', 'Tracking no.')}${c}${e.data.trackingNumber}`,
          e.data.label && `La Poste${c}${e.data.label} (${e.data.code})`,
        ),
      };
    }
    case 'payment':
      return {
        label: e.data.full ? L('Paiement intégral reçu', 'Full payment received') : L('Paiement partiel reçu', 'Partial payment received'),
        summary: join(formatMoney(e.data.amount, language), `${L('le', 'on')} ${day(e.data.receivedOn)}`, e.data.method),
      };
    case 'promise':
      return {
        label,
        summary: join(
          e.data.promisedDate && `${L('Pour le', 'For')} ${day(e.data.promisedDate)}`,
          { reply: L('par écrit', 'in writing'), call: L('par téléphone', 'by phone'), user: L('notée par l’utilisateur', 'noted by the user') }[e.data.source],
        ),
      };
    case 'plan-agreed':
      return { label, summary: e.data.instalments.map((i) => `${day(i.date)}${c}${formatMoney(i.amount, language)}`).join(' · ') };
    case 'dispute':
      return { label, summary: '', fullText: e.data.reason };
    case 'status-change': {
      const status = (s: InvoiceStatus) => pick(language, ...(STATUS_LABELS[s] ?? [s, s]));
      return { label, summary: join(`${status(e.data.from)} → ${status(e.data.to)}`, e.data.reason) };
    }
    case 'stage-change':
      return { label, summary: join(`${stageLabel(e.data.from, language)} → ${stageLabel(e.data.to, language)}`, e.data.reason) };
    case 'export': {
      const [fr, en] = EXPORT_LABELS[e.data.what] ?? [e.data.what, e.data.what];
      return { label, summary: join(pick(language, fr, en), e.data.fileName, `SHA-256${c}${e.data.sha256}`) };
    }
    case 'registry-check':
      return {
        label,
        summary: join(
          `SIREN ${e.data.siren}`,
          e.data.active ? L('entreprise active', 'company active') : L('entreprise cessée', 'company closed'),
          e.data.proceedings && `${L('Procédure collective', 'Insolvency proceedings')}${c}${e.data.proceedings}`,
          e.data.publishedOn && `${L('publiée le', 'published')} ${day(e.data.publishedOn)}`,
        ),
      };
    case 'platform-status': {
      const name = CDAR_STATUS_NAMES[e.data.code];
      const platform = e.data.platform === 'pennylane' ? 'Pennylane' : 'Qonto';
      return {
        label,
        summary: join(
          `${platform}${c}${name ? `${pick(language, name.fr, name.en)} (${e.data.code})` : e.data.raw}`,
          e.data.amount && formatMoney(e.data.amount, language),
        ),
        fullText: e.data.reason,
      };
    }
    case 'correction':
      return { label, summary: event.corrects ? `${L("Corrige l'événement", 'Corrects event')} ${event.corrects}` : '', fullText: e.data.reason };
    default:
      return { label, summary: '' }; // a kind from a newer version: its label falls back to the kind itself
  }
}
