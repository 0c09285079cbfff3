import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { setClientLanguage, updateClient } from '../../../utils/background/handlers/client';
import { renderReminder } from '../../../utils/background/handlers/reminder';
import { threadView } from '../../../utils/background/handlers/thread';
import type { HandlerContext } from '../../../utils/background/router';
import type { MailMessage } from '../../../utils/mail/types';
import { openRelanceDb } from '../../../utils/store/open-db';
import { RelanceStore } from '../../../utils/store/relance-store';

function context(today = '2026-11-23'): HandlerContext {
  const store = new RelanceStore((onClose) => openRelanceDb(`relance-client-language-${Math.random()}`, undefined, onClose));
  return { store, today: () => today };
}

const me = { name: 'Camille Martin', email: 'camille@atelier-martin.fr' };
const client = { name: 'Oliver Hughes', email: 'oliver@hughes-design.co.uk' };

const invoiceMail = (threadId: string, number: string): MailMessage => ({
  id: `${threadId}-1`,
  threadId,
  subject: `Invoice ${number} – website redesign`,
  from: me,
  to: [client],
  date: '2026-10-01T09:30:00+02:00',
  text: `Hello Oliver,\n\nPlease find attached invoice ${number} for the website redesign.\nAmount due: £1,200.00\nPayment due by 31/10/2026.\n\nKind regards,\nCamille`,
  attachments: [{ name: `${number}.pdf` }],
});

const autoReply = (threadId: string): MailMessage => ({
  id: `${threadId}-2`,
  threadId,
  subject: 'Automatic reply: Invoice',
  from: client,
  to: [me],
  date: '2026-10-01T09:31:00+02:00',
  text: 'Thank you for your email. I am out of the office until Monday and will reply to your message when I am back.\n\nOliver',
  attachments: [],
});

const view = (ctx: HandlerContext, threadId: string, messages: MailMessage[]) =>
  threadView(
    {
      type: 'thread:view',
      webmail: 'outlook',
      thread: { threadId, subject: messages[0].subject, url: `https://outlook.office.com/mail/inbox/id/${threadId}`, account: me.email, messages },
    },
    ctx,
  );

describe('the client language, read from the threads', () => {
  it('the English thread gives an English reminder, though the user works in French', async () => {
    const ctx = context();
    const state = await view(ctx, 'th-en', [invoiceMail('th-en', 'INV-2026-031'), autoReply('th-en')]);
    expect(state.tracked).toHaveLength(1);
    const [tracked] = state.tracked;
    expect(tracked.client).toMatchObject({ language: 'en', languageSource: 'replies' });
    const reminder = await renderReminder({ type: 'reminder:render', invoiceId: tracked.invoice.id, openThreadId: 'th-en' }, ctx);
    expect(reminder.body).toMatch(/^Dear /);
    expect(reminder.body).toContain('invoice INV-2026-031');
    expect(reminder.body).not.toMatch(/Madame|Sauf erreur|facture/);
    expect((await ctx.store.getSettings()).language).toBe('fr');
  });

  it('a first visit shown before its replies are read shows the language the tracking wrote with the client', async () => {
    const ctx = context();
    const messages = [invoiceMail('th-p', 'INV-2026-035'), autoReply('th-p')];
    const state = await threadView(
      {
        type: 'thread:view',
        webmail: 'gmail',
        progressive: true,
        thread: { threadId: 'th-p', subject: messages[0].subject, url: 'https://mail.google.com/mail/u/0/#inbox/th-p', account: me.email, messages },
      },
      ctx,
    );
    const [shown] = state.tracked;
    expect(shown.readingReplies).toBe(true);
    expect(shown.client).toMatchObject({ language: 'en', languageSource: 'replies', rev: 1 });
    expect(await ctx.store.getClient(shown.client.id)).toEqual(shown.client);
  });

  it('takes the user’s own mails when the client has not written, and the client’s words over them later', async () => {
    const ctx = context();
    const first = await view(ctx, 'th-1', [invoiceMail('th-1', 'INV-2026-040')]);
    expect(first.tracked[0].client).toMatchObject({ language: 'en', languageSource: 'sent-mail' });
    const reply: MailMessage = {
      ...autoReply('th-1'),
      id: 'th-1-3',
      text: 'Bonjour Camille, merci pour votre facture, nous la réglerons à la fin du mois. Cordialement, Oliver',
    };
    const second = await view(ctx, 'th-1', [invoiceMail('th-1', 'INV-2026-040'), reply]);
    expect(second.tracked[0].client).toMatchObject({ language: 'fr', languageSource: 'replies' });
  });

  it('keeps the user’s explicit choice through new threads in the other language', async () => {
    const ctx = context();
    const { tracked } = await view(ctx, 'th-a', [invoiceMail('th-a', 'INV-2026-050'), autoReply('th-a')]);
    const chosen = await setClientLanguage({ type: 'client:language', invoiceId: tracked[0].invoice.id, language: 'fr' }, ctx);
    expect(chosen.client).toMatchObject({ language: 'fr', languageSource: 'user' });
    // Another English thread of the same client, and the first one read again.
    const later = await view(ctx, 'th-b', [invoiceMail('th-b', 'INV-2026-051'), autoReply('th-b')]);
    expect(later.tracked[0].client).toMatchObject({ id: chosen.client.id, language: 'fr', languageSource: 'user' });
    await view(ctx, 'th-a', [invoiceMail('th-a', 'INV-2026-050'), autoReply('th-a')]);
    const reminder = await renderReminder({ type: 'reminder:render', invoiceId: tracked[0].invoice.id }, ctx);
    expect(reminder.body).toContain('facture n° INV-2026-050');
  });

  it('counts a language set in the options page as the user’s choice too', async () => {
    const ctx = context();
    const { tracked } = await view(ctx, 'th-o', [invoiceMail('th-o', 'INV-2026-060'), autoReply('th-o')]);
    await updateClient({ type: 'client:update', clientId: tracked[0].client.id, language: 'fr' }, ctx);
    const again = await view(ctx, 'th-o', [invoiceMail('th-o', 'INV-2026-060'), autoReply('th-o')]);
    expect(again.tracked[0].client).toMatchObject({ language: 'fr', languageSource: 'user' });
  });
});
