import { MAX_BODY_CHARS } from '../detect/mail-text';
import type { MailMessage } from '../mail/types';
import type { MailSighting } from '../model/mail-sighting';
import type { MailFacts } from '../mailbox/invoice-number-named';
import type { HandlerContext } from './router';

export interface ReadThread {
  webmail: 'gmail' | 'outlook';
  threadId: string;
  subject: string;
  url: string;
  account?: string;
  messages: MailMessage[];
}

/**
 * Remembers every message of a thread that names invoice numbers (tracked or not), so an invoice tracked or imported
 * later gets what was read before, and a mail read again keeps the moment it was first seen.
 */
export async function rememberThread(
  ctx: HandlerContext,
  thread: ReadThread,
  numbers: string[],
  facts: ReadonlyMap<string, MailFacts>,
): Promise<MailSighting[]> {
  if (!numbers.length) return [];
  const now = new Date().toISOString();
  return ctx.store.rememberSightings(
    thread.messages.map((message) => {
      const notice = facts.get(message.id)?.notice;
      return {
        key: `${thread.webmail}:${message.id}`,
        webmail: thread.webmail,
        threadId: thread.threadId,
        threadUrl: thread.url,
        threadSubject: thread.subject,
        numbers,
        ...(thread.account ? { account: thread.account } : {}),
        // Detection reads no further than MAX_BODY_CHARS: the index keeps what it needs, not a copy of the mailbox.
        message: { ...message, threadId: thread.threadId, text: message.text.slice(0, MAX_BODY_CHARS) },
        ...(notice
          ? {
              notice: {
                service: notice.service,
                kind: notice.kind,
                number: notice.number,
                amount: notice.amount,
                clientName: notice.clientName,
                clientEmail: notice.clientEmail,
              },
            }
          : {}),
        firstSeenAt: now,
      };
    }),
  );
}

/** The thread's remembered mails also name `number` (the user typed a number detection did not read). */
export async function rememberUnder(ctx: HandlerContext, threadId: string, number: string): Promise<void> {
  const seen = await ctx.store.sightingsByThread(threadId);
  const missing = seen.filter((s) => !s.numbers.includes(number));
  if (missing.length) await ctx.store.rememberSightings(missing.map((s) => ({ ...s, numbers: [...s.numbers, number] })));
}

/** The threads of an invoice as the user can open them: id, address and subject, from what was read. */
export async function threadLinks(
  ctx: HandlerContext,
  threadIds: string[],
  fallbackUrl?: string,
): Promise<Array<{ threadId: string; url: string; subject: string }>> {
  const out = [];
  for (const threadId of threadIds) {
    const seen = await ctx.store.threadSighting(threadId);
    const url = seen?.threadUrl ?? (threadIds.length === 1 ? fallbackUrl : undefined);
    if (url) out.push({ threadId, url, subject: seen?.threadSubject ?? '' });
  }
  return out;
}
