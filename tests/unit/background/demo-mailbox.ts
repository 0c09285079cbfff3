import type { HandlerContext } from '../../../utils/background/router';
import { threadView } from '../../../utils/background/handlers/thread';
import type { MailMessage } from '../../../utils/mail/types';
import type { ThreadState } from '../../../utils/model/view';
import { openRelanceDb } from '../../../utils/store/open-db';
import { RelanceStore } from '../../../utils/store/relance-store';
import demo from '../../fixtures/webmail/mailboxes/demo.json';

/** The demo mailbox's threads as the Gmail adapter hands them to the background. */
export interface DemoThread {
  threadId: string;
  subject: string;
  url: string;
  account: string;
  messages: MailMessage[];
}

export const DEMO_THREADS: DemoThread[] = demo.threads.map((t) => ({
  threadId: t.id,
  subject: t.subject,
  url: `https://mail.google.com/mail/u/0/#inbox/${t.id}`,
  account: demo.me.email,
  messages: t.messages.map((m) => ({
    id: m.id,
    threadId: t.id,
    subject: t.subject,
    from: m.from,
    to: m.to ?? [],
    cc: m.cc ?? [],
    date: m.date,
    text: m.text,
    attachments: (m.attachments ?? []).map((a) => ({ name: a.name })),
  })),
}));

export const demoThread = (subjectPart: string): DemoThread => DEMO_THREADS.find((t) => t.subject.includes(subjectPart))!;

/** A background with an empty database, on the demo's day. */
export function demoContext(today = '2026-11-23'): HandlerContext {
  const store = new RelanceStore((onClose) => openRelanceDb(`relance-demo-${Math.random()}`, undefined, onClose));
  return { store, today: () => today };
}

/** Opens a thread in the sidebar: what the content script sends, what the background answers. */
export function visit(ctx: HandlerContext, thread: DemoThread): Promise<ThreadState> {
  return threadView({ type: 'thread:view', webmail: 'gmail', thread }, ctx);
}
