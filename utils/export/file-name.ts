import type { EventPayloads } from '../model/event';
import type { Language } from '../model/language';

export type ExportKind = EventPayloads['export']['what'];

const STEMS: Record<ExportKind, { fr: string; en: string; ext: string }> = {
  'formal-notice': { fr: 'mise-en-demeure', en: 'formal-notice', ext: 'docx' },
  'evidence-docx': { fr: 'dossier-recouvrement', en: 'recovery-file', ext: 'docx' },
  'evidence-csv': { fr: 'chronologie', en: 'timeline', ext: 'csv' },
  'evidence-json': { fr: 'chronologie', en: 'timeline', ext: 'json' },
  backup: { fr: 'relance-sauvegarde', en: 'relance-backup', ext: 'json' },
  'payment-order': { fr: 'requete-injonction-de-payer', en: 'payment-order-request', ext: 'docx' },
  'small-claims-dossier': { fr: 'dossier-petites-creances', en: 'small-claims-file', ext: 'docx' },
  'formal-notice-a4': { fr: 'mise-en-demeure', en: 'formal-notice', ext: 'pdf' },
  'payment-order-a4': { fr: 'requete-injonction-de-payer', en: 'payment-order-request', ext: 'pdf' },
  'small-claims-dossier-a4': { fr: 'dossier-petites-creances', en: 'small-claims-file', ext: 'pdf' },
  'payment-qr': { fr: 'qr-paiement', en: 'payment-qr', ext: 'gif' },
};

/** A name safe on every file system: ASCII lower case, accents folded, anything else a hyphen, at most 60 characters. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** The download name of an export, e.g. `mise-en-demeure-dupont-sarl-2026-12-07.docx`. */
export function fileNameFor(kind: ExportKind, options: { date: string; client?: string; invoiceNumber?: string; language?: Language }): string {
  const stem = STEMS[kind];
  const who = kind === 'backup' ? '' : slugify([options.client, options.invoiceNumber].filter(Boolean).join(' ')) || 'client';
  return [stem[options.language ?? 'fr'], who, options.date].filter(Boolean).join('-') + `.${stem.ext}`;
}
