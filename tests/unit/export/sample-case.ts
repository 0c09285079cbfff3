import { chainEvent, type EventDraft } from '../../../utils/evidence/chain-event';
import type { Client } from '../../../utils/model/client';
import type { TimelineEvent } from '../../../utils/model/event';
import type { Invoice } from '../../../utils/model/invoice';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/model/settings';
import type { BackupStores } from '../../../utils/export/backup';
import type { FormalNoticeInput } from '../../../utils/export/formal-notice';

/** Test support: a realistic unpaid-invoice case (a business debtor, two invoices, reminders, a written promise, a partial payment, a registered letter). */
export const CLIENT: Client = {
  id: 'c-dupont',
  name: 'Jean Dupont',
  company: 'Dupont SARL',
  emails: [{ name: 'Jean Dupont', email: 'jean@dupont.fr' }],
  kind: 'business',
  address: ['5 avenue Foch', '75016 Paris'],
  siren: '123456789',
  language: 'fr',
  createdAt: '2026-01-10T09:00:00.000Z',
  updatedAt: '2026-01-10T09:00:00.000Z',
  rev: 1,
};

const invoice = (id: string, number: string, issueDate: string, dueDate: string, minor: number, due = minor): Invoice => ({
  id,
  number,
  clientId: CLIENT.id,
  issueDate,
  dueDate,
  total: { minor, currency: 'EUR' },
  amountDue: { minor: due, currency: 'EUR' },
  status: 'open',
  stage: 'reminder2',
  sources: [{ kind: 'mail', ref: 'thread-1', webmail: 'gmail', addedAt: '2026-01-10T09:00:00.000Z' }],
  threadIds: ['thread-1'],
  createdAt: '2026-01-10T09:00:00.000Z',
  updatedAt: '2026-01-10T09:00:00.000Z',
  rev: 1,
});

export const INVOICES: Invoice[] = [
  invoice('i-14', 'F-2026-014', '2026-01-10', '2026-02-09', 150000, 100000),
  invoice('i-21', 'F-2026-021', '2026-02-15', '2026-03-17', 98050),
];

export const REMINDER_BODY =
  'Bonjour Monsieur Dupont,\n\nSauf erreur de notre part, la facture F-2026-014 de 1 500,00 € est échue depuis le 9 février.\nMerci de procéder au règlement.\n\nCamille Martin';

type Draft = Omit<EventDraft, 'id' | 'invoiceId' | 'recordedAt'> & { invoiceId?: string };
const DRAFTS: Draft[] = [
  { kind: 'invoice-tracked', occurredOn: '2026-01-10', data: { source: 'mail' } },
  {
    kind: 'reminder-sent',
    occurredOn: '2026-02-10',
    data: { stage: 'reminder1', to: [{ email: 'jean@dupont.fr' }], subject: 'Facture F-2026-014 échue', body: REMINDER_BODY, bodySha256: 'a'.repeat(64) },
  },
  {
    kind: 'reply-received',
    occurredOn: '2026-02-12',
    data: {
      messageId: 'm-2',
      from: { name: 'Jean Dupont', email: 'jean@dupont.fr' },
      excerpt: 'Bonjour, je vous règle la facture le 28 février sans faute.',
      kind: 'promise',
      promisedDate: '2026-02-28',
      receivedAt: '2026-02-12T10:31:00+01:00',
    },
  },
  { kind: 'promise', occurredOn: '2026-02-12', data: { promisedDate: '2026-02-28', source: 'reply' } },
  { kind: 'payment', occurredOn: '2026-03-02', data: { amount: { minor: 50000, currency: 'EUR' }, receivedOn: '2026-03-02', method: 'virement', full: false } },
  { kind: 'call', occurredOn: '2026-03-20', data: { with: 'M. Dupont', summary: 'Dit attendre un règlement de son propre client.' } },
  {
    kind: 'reply-received',
    invoiceId: 'i-21',
    occurredOn: '2026-03-25',
    data: {
      messageId: 'm-3',
      from: { email: 'jean@dupont.fr' },
      excerpt: 'La prestation de mars ne correspond pas au devis.',
      kind: 'dispute',
      receivedAt: '2026-03-25T08:00:00Z',
    },
  },
  { kind: 'letter-sent', occurredOn: '2026-04-01', data: { trackingNumber: '1A 234 567 8901 2', sentOn: '2026-04-01', kind: 'formal-notice' } },
  { kind: 'acknowledgement-received', occurredOn: '2026-04-03', data: { receivedOn: '2026-04-03', trackingNumber: '1A 234 567 8901 2' } },
  { kind: 'note', occurredOn: '2026-04-04', data: { text: 'Appel du 20 mars : il parlait du 20 et non du 21.' } },
];

/** The case's events, hash-chained per invoice; `edit` lets a test change a draft before chaining. */
export async function sampleEvents(edit: (draft: Draft, index: number) => Draft = (d) => d): Promise<TimelineEvent[]> {
  const last = new Map<string, TimelineEvent>();
  const out: TimelineEvent[] = [];
  for (const [index, original] of DRAFTS.entries()) {
    const draft = edit(original, index);
    const invoiceId = draft.invoiceId ?? 'i-14';
    const event = await chainEvent(last.get(invoiceId), {
      ...draft,
      invoiceId,
      id: `e${index}`,
      recordedAt: `${draft.occurredOn}T12:00:00.000Z`,
    } as EventDraft);
    last.set(invoiceId, event);
    out.push(event);
  }
  return out;
}

export const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  creditor: { name: 'Atelier Lune', city: 'Lyon', iban: 'FR7630006000011234567890189', siren: '812345678' },
  rateOverrides: [
    {
      semester: '2026-S2',
      ecbRefiBp: 215,
      ecbRefiSince: '2025-06-11',
      legalRateNonProCreditorBp: 650,
      legalRateOtherBp: 260,
      legalRateReference: 'saisi par l’utilisateur',
      sources: ['JORF'],
    },
  ],
  onboarded: true,
};

/** Every store, as the background would hand them to serializeBackup. */
export async function sampleStores(): Promise<BackupStores> {
  return {
    clients: [CLIENT],
    invoices: INVOICES,
    events: await sampleEvents(),
    settings: SETTINGS,
    templates: [
      {
        id: 'reminder1:fr',
        templateId: 'reminder1',
        language: 'fr',
        subject: 'Facture {{number}}',
        body: 'Bonjour {{name}},',
        updatedAt: '2026-01-02T10:00:00.000Z',
      },
    ],
  };
}

/** A two-invoice formal notice to a business debtor, dated 1 June 2026. */
export const BUSINESS_NOTICE: FormalNoticeInput = {
  creditor: {
    name: 'Atelier Lune',
    address: ['12 rue des Arts', '69001 Lyon'],
    siren: '812345678',
    iban: 'FR7630006000011234567890189',
    city: 'Lyon',
    email: 'contact@atelier-lune.fr',
    representative: 'Camille Martin',
  },
  debtor: { name: 'Dupont SARL', kind: 'business', address: ['5 avenue Foch', '75016 Paris'], siren: '123456789', representative: 'M. Jean Dupont' },
  invoices: [
    { number: 'F-2026-014', issueDate: '2026-01-10', dueDate: '2026-02-09', amountDue: { minor: 150000, currency: 'EUR' } },
    { number: 'F-2026-021', issueDate: '2026-02-15', dueDate: '2026-03-17', amountDue: { minor: 98050, currency: 'EUR' } },
  ],
  asOf: '2026-06-01',
};
