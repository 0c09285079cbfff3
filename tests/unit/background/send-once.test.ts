import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { reminderInserted, reminderSent, renderReminder } from '../../../utils/background/handlers/reminder';
import type { HandlerContext } from '../../../utils/background/router';
import type { MailMessage } from '../../../utils/mail/types';
import { demoContext, demoThread, visit, type DemoThread } from './demo-mailbox';

/** The time as the webmail shows it: to the minute. */
const toTheMinute = (at: Date) => new Date(Math.floor(at.getTime() / 60_000) * 60_000).toISOString().replace('.000Z', '+00:00');

/** Tracks F-2026-031 from its thread and inserts its reminder, as the sidebar does. */
async function trackAndInsert(ctx: HandlerContext) {
  const thread = demoThread('F-2026-031');
  const [view] = (await visit(ctx, thread)).tracked;
  const reminder = await renderReminder({ type: 'reminder:render', invoiceId: view.invoice.id, openThreadId: thread.threadId }, ctx);
  await reminderInserted(
    {
      type: 'reminder:inserted',
      invoiceId: view.invoice.id,
      templateId: reminder.templateId,
      subject: reminder.subject,
      body: reminder.body,
      threadId: thread.threadId,
    },
    ctx,
  );
  return { thread, invoiceId: view.invoice.id, reminder };
}

/** The thread as the webmail shows it once the message is in it (sent, or inside the undo window). */
function withMessage(thread: DemoThread, body: string, date: string, id = 'sent-1'): DemoThread {
  const sent: MailMessage = {
    id,
    threadId: thread.threadId,
    subject: thread.subject,
    from: { name: 'Camille Martin', email: thread.account },
    to: [{ email: 'julien.morel@studio-lumen.fr' }],
    cc: [],
    date,
    text: `${body}\n\nLe 5 oct. 2026 à 09:12, Camille Martin a écrit :\n> Bonjour Julien,`,
    attachments: [],
  };
  return { ...thread, messages: [...thread.messages, sent] };
}

const remindersSent = async (ctx: HandlerContext, invoiceId: string) => (await ctx.store.timeline(invoiceId)).filter((e) => e.kind === 'reminder-sent');

describe('a send is counted once, by the send flow', () => {
  it('track, insert and send within the same minute: one reminder-sent, with the exact text, however often the thread is read', async () => {
    const ctx = demoContext();
    const { thread, invoiceId, reminder } = await trackAndInsert(ctx);
    await reminderSent(
      {
        type: 'reminder:sent',
        invoiceId,
        templateId: reminder.templateId,
        to: reminder.to,
        cc: [],
        subject: reminder.subject,
        body: reminder.body,
        threadId: thread.threadId,
      },
      ctx,
    );
    const shown = withMessage(thread, reminder.body, toTheMinute(new Date()));
    await visit(ctx, shown);
    await visit(ctx, shown);
    const sent = await remindersSent(ctx, invoiceId);
    expect(sent).toHaveLength(1);
    expect(sent[0].data).toMatchObject({ body: reminder.body, stage: 'reminder1' });
    expect(sent[0].data.messageId).toBeUndefined();
  });

  it('an undone send leaves nothing, even when the message showed in the thread during the undo window', async () => {
    const ctx = demoContext();
    const { thread, invoiceId, reminder } = await trackAndInsert(ctx);
    await visit(ctx, withMessage(thread, reminder.body, toTheMinute(new Date())));
    await visit(ctx, thread);
    expect(await remindersSent(ctx, invoiceId)).toEqual([]);
  });

  it('a mail the user writes by hand after tracking is not a prior reminder, whatever the date shown', async () => {
    const ctx = demoContext();
    const { thread, invoiceId } = await trackAndInsert(ctx);
    await visit(ctx, withMessage(thread, 'Bonjour Julien, avez-vous pu regarder la facture F-2026-031 ?', toTheMinute(new Date())));
    const dayOnly = `${new Date().toISOString().slice(0, 10)}T00:00:00+00:00`;
    await visit(ctx, withMessage(thread, 'Julien, un mot sur la facture F-2026-031 ?', dayOnly, 'sent-2'));
    expect(await remindersSent(ctx, invoiceId)).toEqual([]);
  });
});
