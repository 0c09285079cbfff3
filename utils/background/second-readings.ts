/** The on-device model's readings of a thread's new replies, asked before the write so the store never waits on it. */
import { classifyReply } from '../detect/reply';
import { secondOpinion, type ReplyReading } from '../detect/second-opinion';
import type { MailMessage } from '../mail/types';
import { unreadReplies } from './ingest-thread';
import { readInvoice } from './mutate-invoice';
import type { HandlerContext } from './router';

/**
 * Readings of the invoice's unread replies by message id, when the user turned the second opinion on and this browser
 * has a model; empty otherwise (the rules then read each reply as it is recorded).
 */
export async function secondReadings(ctx: HandlerContext, invoiceId: string, messages: MailMessage[]): Promise<Map<string, ReplyReading>> {
  const readings = new Map<string, ReplyReading>();
  const model = ctx.replyModel?.();
  if (!model || !(await ctx.store.getSettings()).secondOpinion) return readings;
  await ctx.readersReady?.('reply-kind');
  const snapshot = await readInvoice(ctx, invoiceId);
  for (const message of unreadReplies(snapshot, messages)) {
    readings.set(message.id, await secondOpinion(model, message.text, message.date, classifyReply(message.text, message.date)));
  }
  return readings;
}
