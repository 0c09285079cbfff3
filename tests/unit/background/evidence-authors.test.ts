/**
 * Issue 23, through the real router and store: only the user's own mail (From = the signed-in account) or a verified
 * service notice tracks, back-fills or records anything by itself. Each reproduction of the security review is here.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { handlers } from '../../../utils/background/handlers';
import { route, type HandlerContext } from '../../../utils/background/router';
import type { MailMessage } from '../../../utils/mail/types';
import type { EInvoiceFacts } from '../../../utils/messages';
import { DEFAULT_SETTINGS } from '../../../utils/model/settings';
import type { ThreadState } from '../../../utils/model/view';
import { openRelanceDb } from '../../../utils/store/open-db';
import { RelanceStore } from '../../../utils/store/relance-store';

const ME = 'camille.martin@atelier-martin.fr';
const CLIENT = 'sophie@boulangerie-petit.fr';

async function context(): Promise<HandlerContext> {
  const store = new RelanceStore((onClose) => openRelanceDb(`relance-authors-${Math.random()}`, undefined, onClose));
  await store.saveSettings({ ...DEFAULT_SETTINGS, creditor: { name: 'Atelier Martin', siren: '732829320', vatId: 'FR44732829320' }, onboarded: true });
  return { store, today: () => '2026-11-23' };
}

let seq = 0;
function mail(over: Partial<MailMessage> & Pick<MailMessage, 'from' | 'to'>): MailMessage {
  seq += 1;
  return { id: `m${seq}`, threadId: 't', subject: 'Facture F-2026-014', date: '2026-09-15T10:00:00+02:00', attachments: [], text: '', ...over };
}

const INVOICE_TEXT =
  'Bonjour Sophie,\n\nVeuillez trouver ci-joint la facture F-2026-014 de 1 250,00 € TTC, à régler avant le 15/10/2026.\n\nCordialement,\nCamille';

async function view(
  ctx: HandlerContext,
  threadId: string,
  messages: MailMessage[],
  account: string | null = ME,
  einvoice?: EInvoiceFacts,
): Promise<ThreadState> {
  const reply = await route(
    {
      type: 'thread:view',
      webmail: 'gmail',
      thread: {
        threadId,
        subject: messages[0].subject,
        url: `https://mail.google.com/mail/u/0/#all/${threadId}`,
        account: account ?? undefined,
        messages: messages.map((m) => ({ ...m, threadId })),
      },
      einvoice,
    },
    'webmail',
    handlers,
    ctx,
  );
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as ThreadState;
}

describe('creating and tracking', () => {
  it("the user's own invoice mail tracks itself", async () => {
    const ctx = await context();
    const state = await view(ctx, 't-own', [
      mail({ from: { name: 'Camille Martin', email: ME }, to: [{ name: 'Sophie Petit', email: CLIENT }], text: INVOICE_TEXT }),
    ]);
    expect(state.tracked.map((v) => v.invoice.number)).toEqual(['F-2026-014']);
  });

  it("the user's invoice sent to the client by someone else, the user in cc, is only offered", async () => {
    const ctx = await context();
    const state = await view(ctx, 't-accountant', [
      mail({
        from: { name: 'Cabinet Leroy', email: 'contact@cabinet-leroy.fr' },
        to: [{ name: 'Sophie Petit', email: CLIENT }],
        cc: [{ email: ME }],
        text: INVOICE_TEXT,
      }),
    ]);
    expect(state.tracked).toEqual([]);
    expect(state.candidate?.number).toBe('F-2026-014');
    expect(await ctx.store.allInvoices()).toEqual([]);
  });

  it("a supplier's invoice to the user's firm at its accounts address, the user in cc, is the firm's bill: neither tracked nor offered", async () => {
    const ctx = await context();
    const state = await view(ctx, 't-supplier', [
      mail({
        from: { name: 'Imprimerie Dubois', email: 'compta@imprimerie-dubois.fr' },
        to: [{ email: 'compta@atelier-martin.fr' }],
        cc: [{ email: ME }],
        text: INVOICE_TEXT,
      }),
    ]);
    expect(state.tracked).toEqual([]);
    expect(state.candidate).toBeUndefined();
    expect(await ctx.store.allInvoices()).toEqual([]);
  });

  it("a supplier's invoice written to the signed-in account is the user's bill: neither tracked nor offered", async () => {
    const ctx = await context();
    const state = await view(ctx, 't-bill', [
      mail({ from: { name: 'Imprimerie Dubois', email: 'compta@imprimerie-dubois.fr' }, to: [{ email: ME }], text: INVOICE_TEXT }),
    ]);
    expect(state.tracked).toEqual([]);
    expect(state.candidate).toBeUndefined();
    expect(await ctx.store.allInvoices()).toEqual([]);
  });

  it('nothing tracks itself when the signed-in account is unknown', async () => {
    const ctx = await context();
    const state = await view(ctx, 't-unknown', [mail({ from: { email: ME }, to: [{ email: CLIENT }], text: INVOICE_TEXT })], null);
    expect(state.tracked).toEqual([]);
    expect(state.candidate).toBeDefined();
  });

  const PDF = { name: 'F-2026-031.pdf', mimeType: 'application/pdf' };
  const facts = (seller: Pick<EInvoiceFacts, 'sellerSiren' | 'sellerVatId'>): EInvoiceFacts => ({
    fileName: 'F-2026-031.pdf',
    number: 'F-2026-031',
    amountDue: { minor: 480_000, currency: 'EUR' },
    issueDate: '2026-09-20',
    dueDate: '2026-10-20',
    debtor: { name: 'Boulangerie Petit', email: CLIENT },
    creditNote: false,
    ...seller,
  });

  it("a stranger's e-invoice (another seller) is only offered, even naming a real client", async () => {
    const ctx = await context();
    const stranger = mail({ from: { email: 'billing@unknown-seller.example' }, to: [{ email: ME }], subject: 'Invoice F-2026-031', text: 'See attached.' });
    const state = await view(ctx, 't-stranger', [stranger], ME, facts({ sellerSiren: '552100554', sellerVatId: 'FR40552100554' }));
    expect(state.tracked).toEqual([]);
    expect(state.candidate).toMatchObject({ number: 'F-2026-031', fromEInvoice: true });
    expect(await ctx.store.allInvoices()).toEqual([]);
  });

  it("a stranger's e-invoice naming the user's own SIREN as seller is only offered, and writes no evidence", async () => {
    const ctx = await context();
    const forged = mail({
      from: { email: 'billing@attacker.example' },
      to: [{ email: ME }],
      subject: 'Facture F-2026-031',
      text: 'Ci-joint.',
      attachments: [PDF],
    });
    // The user's own mail in the same thread, carrying another file, does not make the stranger's file the user's.
    const own = mail({
      from: { email: ME },
      to: [{ email: CLIENT }],
      subject: 'Re: Facture F-2026-031',
      text: 'Bien reçu.',
      attachments: [{ name: 'devis.pdf', mimeType: 'application/pdf' }],
    });
    const state = await view(ctx, 't-forged', [forged, own], ME, facts({ sellerSiren: '732829320' }));
    expect(state.tracked).toEqual([]);
    expect(state.candidate).toMatchObject({ number: 'F-2026-031', fromEInvoice: true });
    expect(await ctx.store.allInvoices()).toEqual([]);
  });

  it('an e-invoice whose seller is the creditor of the settings (by SIREN or VAT number) tracks itself', async () => {
    const bySiren = await context();
    const own = mail({ from: { email: ME }, to: [{ email: CLIENT }], subject: 'Facture F-2026-031', text: 'Ci-joint.', attachments: [PDF] });
    expect((await view(bySiren, 't-einv', [own], ME, facts({ sellerSiren: '73282932000074' }))).tracked).toHaveLength(1);
    const byVat = await context();
    expect((await view(byVat, 't-einv', [own], ME, facts({ sellerVatId: 'FR 44 732829320' }))).tracked).toHaveLength(1);
  });
});

describe('mail the webmail gave no readable date', () => {
  it("a debtor's reply whose date cannot be read is left for a later reading: the view still answers, nothing undated is sealed", async () => {
    const ctx = await context();
    const invoice = mail({ from: { email: ME }, to: [{ email: CLIENT }], text: INVOICE_TEXT });
    await view(ctx, 't-dates', [invoice]);
    const reply = mail({ from: { email: CLIENT }, to: [{ email: ME }], date: 'yesterday', text: 'Bonjour, je vous règle le 30/10/2026. Sophie' });
    const undated = mail({ from: { email: CLIENT }, to: [{ email: ME }], date: '', text: 'Merci, bien reçu.' });
    const state = await view(ctx, 't-dates', [invoice, reply, undated]);
    const timeline = state.tracked[0].timeline;
    expect(timeline.filter((e) => e.kind === 'reply-received')).toEqual([]);
    expect(timeline.every((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.occurredOn))).toBe(true);
    // Read again with its date: recorded then, as a promise.
    const read = await view(ctx, 't-dates', [invoice, { ...reply, date: '2026-10-20T09:00:00+02:00' }, undated]);
    expect(read.tracked[0].timeline.filter((e) => e.kind === 'reply-received').map((e) => e.occurredOn)).toEqual(['2026-10-20']);
    expect(read.tracked[0].invoice.status).toBe('promised');
  });
});

describe('back-filling reminders sent before tracking', () => {
  it("counts only the user's own mails to the debtor: never a stranger naming the number, nor an accountant in copy", async () => {
    const ctx = await context();
    const invoice = mail({ from: { email: ME }, to: [{ email: CLIENT }], text: INVOICE_TEXT });
    const strangers = [1, 2, 3].map((n) =>
      mail({
        from: { email: `x${n}@stranger.example` },
        to: [{ email: ME }],
        date: `2026-10-1${n}T10:00:00+02:00`,
        text: `Au sujet de la facture F-2026-014, merci de régler.`,
      }),
    );
    const accountant = mail({
      from: { email: 'cabinet@expert-comptable.fr' },
      to: [{ email: ME }],
      cc: [{ email: CLIENT }],
      date: '2026-10-18T10:00:00+02:00',
      text: 'F-2026-014 : je relance de mon côté.',
    });
    const own = mail({
      from: { email: ME },
      to: [{ email: CLIENT }],
      cc: [{ email: 'cabinet@expert-comptable.fr' }],
      date: '2026-10-20T10:00:00+02:00',
      text: 'Sauf erreur, la facture F-2026-014 reste impayée.',
    });
    const state = await view(ctx, 't-ladder', [invoice, ...strangers, accountant, own]);
    const reminders = state.tracked[0].timeline.filter((e) => e.kind === 'reminder-sent');
    expect(reminders.map((e) => e.data.messageId)).toEqual([own.id]);
    expect(reminders.map((e) => e.data.stage)).toEqual(['reminder1']);
  });
});

describe('service notices written without a click', () => {
  it('a reminder claiming to come from Stripe, sent from elsewhere, is not recorded', async () => {
    const ctx = await context();
    await view(ctx, 't-own', [mail({ from: { email: ME }, to: [{ email: CLIENT }], text: INVOICE_TEXT })]);
    const spoof = mail({
      from: { name: 'Stripe', email: 'notices@stripe-billing.example' },
      to: [{ email: ME }],
      subject: 'Reminder: invoice F-2026-014 is overdue',
      date: '2026-11-01T10:00:00+01:00',
      text: 'Your invoice F-2026-014 is now overdue.',
    });
    const state = await view(ctx, 't-spoof', [spoof]);
    const [invoice] = await ctx.store.allInvoices();
    expect((await ctx.store.timeline(invoice.id)).some((e) => e.kind === 'service-reminder')).toBe(false);
    expect(state.tracked).toEqual([]);
  });
});
