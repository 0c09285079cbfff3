/** The on-device model's readings of a thread's new replies, asked before the write so the store never waits on it. */
import type { ReplyReading } from '../detect/second-opinion';
import type { MailMessage } from '../mail/types';
import { unreadReplies } from './ingest-thread';
import { readInvoice } from './mutate-invoice';
import { replyPartOf } from './reply-part';
import type { HandlerContext } from './router';

/**
 * Readings of the invoice's unread replies by message id, when the user turned the second opinion on and this browser
 * has a model; empty otherwise (the rules then read each reply as it is recorded).
 */
export async function secondReadings(ctx: HandlerContext, invoiceId: string, messages: MailMessage[]): Promise<Map<string, ReplyReading>> {
  const readings = new Map<string, ReplyReading>();
  const model = ctx.replyModel?.();
  if (!model || !(await ctx.store.getSettings()).secondOpinion) return readings;
  const snapshot = await readInvoice(ctx, invoiceId);
  const unread = unreadReplies(snapshot, messages);
  if (!unread.length) return readings;
  const { classifyReply, secondOpinion } = await replyPartOf(ctx);
  for (const message of unread) {
    readings.set(message.id, await secondOpinion(model, message.text, message.date, classifyReply(message.text, message.date)));
  }
  return readings;
}
