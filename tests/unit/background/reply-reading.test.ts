import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { track } from '../../../utils/background/handlers/invoice';
import { correctReply } from '../../../utils/background/handlers/reply';
import { threadView } from '../../../utils/background/handlers/thread';
import type { HandlerContext } from '../../../utils/background/router';
import type { PromptModel } from '../../../utils/detect/second-opinion';
import { verifyChain } from '../../../utils/evidence/verify-chain';
import type { MailMessage } from '../../../utils/mail/types';
import type { ShownEvent } from '../../../utils/model/shown-event';
import type { ThreadState } from '../../../utils/model/view';
import { openRelanceDb } from '../../../utils/store/open-db';
import { RelanceStore } from '../../../utils/store/relance-store';

const TODAY = '2026-11-23';

function context(replyModel?: PromptModel): HandlerContext {
  const store = new RelanceStore((onClose) => openRelanceDb(`relance-replies-${Math.random()}`, undefined, onClose));
  return { store, today: () => TODAY, ...(replyModel ? { replyModel: () => replyModel } : {}) };
}

const DEBTOR = { name: 'Marie Dupont', email: 'marie@atelier-dupont.fr' };

async function trackOne(ctx: HandlerContext) {
  return track(
    {
      type: 'invoice:track',
      webmail: 'gmail',
      threadId: 't-1',
      url: 'https://mail.google.com/mail/u/0/#inbox/t-1',
      fields: {
        number: 'F-2026-014',
        amountDue: { minor: 300_000, currency: 'EUR' },
        issueDate: '2026-09-15',
        dueDate: '2026-10-15',
        debtor: DEBTOR,
        debtorKind: 'business',
      },
    },
    ctx,
  );
}

function reply(id: string, text: string, date = '2026-11-20T09:30:00+01:00'): MailMessage {
  return { id, threadId: 't-1', subject: 'Re: Facture F-2026-014', from: DEBTOR, to: [{ email: 'moi@exemple.fr' }], date, text, attachments: [] };
}

const view = (ctx: HandlerContext, messages: MailMessage[]) =>
  threadView(
    {
      type: 'thread:view',
      webmail: 'gmail',
      thread: { threadId: 't-1', subject: 'Re: Facture F-2026-014', url: 'https://mail.google.com/mail/u/0/#inbox/t-1', messages },
    },
    ctx,
  );

const replyEvents = (timeline: ShownEvent[]) => timeline.filter((e): e is ShownEvent<'reply-received'> => e.kind === 'reply-received');
/** The thread's replies as the panel lists them: each reading, a corrected one replaced by its correction. */
const shownReplies = (state: ThreadState) => {
  const timeline = state.tracked[0].timeline;
  const corrected = new Set(timeline.flatMap((e) => (e.corrects ? [e.corrects] : [])));
  return replyEvents(timeline)
    .filter((e) => !corrected.has(e.id))
    .map((e) => e.data);
};

describe('one-click correction of a misread reply', () => {
  it('"Ce n\'est pas un litige": the dispute, its status and its hold are voided by new events, and the ladder runs again', async () => {
    const ctx = context();
    const { invoice } = await trackOne(ctx);
    // Read as a dispute by the rules ("contestation" is in the sentence), though the client only reports one elsewhere.
    const state = await view(ctx, [reply('m-1', 'Bonjour, notre service contestation est fermé cette semaine, on vous tient au courant.')]);
    const read = state.tracked[0];
    expect(read.invoice.status).toBe('disputed');
    const misread = replyEvents(read.timeline)[0];
    expect(misread.data).toMatchObject({ kind: 'dispute', reader: 'rules' });
    expect(read.next?.kind).toBe('answer-dispute');

    const fixed = await correctReply({ type: 'reply:correct', invoiceId: invoice.id, eventId: misread.id, kind: 'other', requestId: 'req-1' }, ctx);
    expect(fixed.invoice.status).toBe('open');
    expect(fixed.next?.kind).toBe('send-reminder');
    const correction = replyEvents(fixed.timeline).find((e) => e.corrects === misread.id);
    expect(correction?.data).toMatchObject({ kind: 'other', reader: 'user', messageId: 'm-1' });
    // Nothing was rewritten: the misreading is still there, chained, and voided by events that name it.
    expect(fixed.timeline.find((e) => e.id === misread.id)?.data).toMatchObject({ kind: 'dispute' });
    const disputeEvent = fixed.timeline.find((e) => e.kind === 'dispute')!;
    expect(fixed.timeline.some((e) => e.kind === 'correction' && e.corrects === disputeEvent.id)).toBe(true);
    expect(fixed.chain.intact).toBe(true);
    expect((await verifyChain(await ctx.store.timeline(invoice.id))).intact).toBe(true);

    // The same click sent again (lost answer) records nothing more; reading the thread again adds nothing either.
    const again = await correctReply({ type: 'reply:correct', invoiceId: invoice.id, eventId: misread.id, kind: 'other', requestId: 'req-1' }, ctx);
    expect(again.timeline).toHaveLength(fixed.timeline.length);
    const reread = await view(ctx, [reply('m-1', 'Bonjour, notre service contestation est fermé cette semaine, on vous tient au courant.')]);
    expect(reread.tracked[0].timeline).toHaveLength(fixed.timeline.length);
    expect(reread.tracked[0].invoice.status).toBe('open');
    expect(shownReplies(reread)).toEqual([expect.objectContaining({ messageId: 'm-1', kind: 'other', reader: 'user' })]);
  });

  it('"C\'est une promesse pour le 15/12": the ladder waits until that day, and a second correction follows the first', async () => {
    const ctx = context();
    const { invoice } = await trackOne(ctx);
    const read = (await view(ctx, [reply('m-1', 'Bien reçu, merci.')])).tracked[0];
    const first = replyEvents(read.timeline)[0];
    expect(first.data.kind).toBe('other');

    const promised = await correctReply({ type: 'reply:correct', invoiceId: invoice.id, eventId: first.id, kind: 'promise', promisedDate: '2026-12-15' }, ctx);
    expect(promised.invoice.status).toBe('promised');
    expect(promised.next).toMatchObject({ kind: 'promise-not-kept', date: '2026-12-16' });

    // Correcting the old reading again is refused: the latest one is what the user corrects.
    await expect(correctReply({ type: 'reply:correct', invoiceId: invoice.id, eventId: first.id, kind: 'paid' }, ctx)).rejects.toThrow(
      /already been corrected/,
    );
    const second = replyEvents(promised.timeline).find((e) => e.corrects === first.id)!;
    const claimed = await correctReply({ type: 'reply:correct', invoiceId: invoice.id, eventId: second.id, kind: 'paid' }, ctx);
    expect(claimed.invoice.status).toBe('payment-claimed');
    expect(claimed.next?.kind).toBe('confirm-payment');
    expect(claimed.timeline.filter((e) => e.kind === 'promise').every((p) => claimed.timeline.some((c) => c.corrects === p.id))).toBe(true);
  });

  it('refuses to correct an event that is not a reply of this invoice', async () => {
    const ctx = context();
    const { invoice, timeline } = await trackOne(ctx);
    await expect(correctReply({ type: 'reply:correct', invoiceId: invoice.id, eventId: timeline[0].id, kind: 'other' }, ctx)).rejects.toThrow(/not a reply/);
  });
});

describe('second opinion while reading a thread', () => {
  // Read as "other" with a confidence under the second opinion's threshold (0.63).
  const unsure = 'Nous étudions votre demande.';
  const model = (answer: string): PromptModel & { asked: number } => {
    const m = {
      asked: 0,
      availability: async () => 'available',
      create: async () => ({
        prompt: async () => {
          m.asked++;
          return answer;
        },
        destroy: () => undefined,
      }),
    };
    return m;
  };

  it('is not asked unless the user turned it on in the options', async () => {
    const fake = model('{"kind":"promise","promisedDate":"2026-11-30"}');
    const ctx = context(fake);
    await trackOne(ctx);
    const state = await view(ctx, [reply('m-1', unsure)]);
    expect(shownReplies(state)[0]).toMatchObject({ kind: 'other', reader: 'rules' });
    expect(fake.asked).toBe(0);
  });

  it('decides an unsure reply when enabled, and the sidebar is told the model decided', async () => {
    const fake = model('{"kind":"promise","promisedDate":"2026-11-30"}');
    const ctx = context(fake);
    await ctx.store.saveSettings({ ...(await ctx.store.getSettings()), secondOpinion: true });
    await trackOne(ctx);
    const state = await view(ctx, [reply('m-1', unsure)]);
    expect(shownReplies(state)[0]).toMatchObject({ kind: 'promise', promisedDate: '2026-11-30', reader: 'model' });
    expect(state.tracked[0].invoice.status).toBe('promised');
    expect(fake.asked).toBe(1);
  });

  it("leaves the rules' reading when the model answers garbage", async () => {
    const ctx = context(model('I think it is a promise'));
    await ctx.store.saveSettings({ ...(await ctx.store.getSettings()), secondOpinion: true });
    await trackOne(ctx);
    const state = await view(ctx, [reply('m-1', unsure)]);
    expect(shownReplies(state)[0]).toMatchObject({ kind: 'other', reader: 'rules' });
  });
});
