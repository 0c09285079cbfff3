import type { Invoice } from './invoice';

/**
 * The thread a reminder about this invoice answers: one the debtor is in (the open one when it is among them). A
 * service's notice to the user (Stripe, Pennylane…) is not one: without such a thread the reminder is a new mail.
 */
export function replyThreadOf(invoice: Pick<Invoice, 'threadIds' | 'sources'>, openThreadId?: string): string | undefined {
  const notices = new Set(invoice.sources.filter((src) => src.service).map((src) => src.ref));
  const replyThreads = invoice.threadIds.filter((t) => !notices.has(t));
  return openThreadId && replyThreads.includes(openThreadId) ? openThreadId : replyThreads[0];
}
