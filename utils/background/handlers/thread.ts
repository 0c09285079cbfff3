import { LEARNED_READ } from '../../detect/invoice-model';
import { shippedModel } from '../../detect/shipped-models';
import { detectInvoice, MAX_INVOICE_CONFIDENCE, type InvoiceCandidate } from '../../detect/invoice';
import { classifyServiceNotice, type ServiceNotice } from '../../detect/service-notice';
import { isFromAccount, isOwnServiceNotice } from '../../detect/mail-author';
import { sellerIsCreditor } from '../../einvoice/seller-is-creditor';
import type { MailMessage } from '../../mail/types';
import type { CandidateView, InvoiceView, PaymentNoticeView, ThreadState } from '../../model/view';
import type { EInvoiceFacts, RequestOf } from '../../messages';
import { createThreadMemo } from '../thread-memo';
import { mentions } from '../ingest-thread';
import { learnClientLanguage } from '../learn-client-language';
import { feedInvoice, identityOf, paymentOffers } from '../feed-invoice';
import { rememberThread, type ReadThread } from '../mail-index';
import { rememberedMailFacts } from '../mail-facts-memo';
import { invoiceNumbersNamed, type MailFacts } from '../../mailbox/invoice-number-named';
import { threadFeedsInvoice } from '../../mailbox/invoice-match';
import { threadChasesInvoice } from '../../mailbox/thread-chases-invoice';
import type { Invoice } from '../../model/invoice';
import { secondReadings } from '../second-readings';
import { fullInvoiceView } from '../full-invoice-view';
import { readInvoice, type InvoiceSnapshot } from '../mutate-invoice';
import type { Handler, HandlerContext, HandlersIn } from '../router';
import { todayList } from '../today-list';
import { startTracking, trackInvoice, type TrackRequest } from '../track-invoice';
import { localDayOf, readableDayOf } from '../../calendar/today';
import { timelineTails } from '../../model/timeline-tail';
import { threadReadingDigest } from '../../model/shown-thread';
import { compareCodeUnits } from '../../model/compare-code-units';

/** Above this confidence, with every field found, an invoice is tracked without asking (issue 3). */
const AUTO_TRACK_CONFIDENCE = 0.9;

/**
 * The open thread: the tracked invoices it belongs to (by thread, or because it names their number with the debtor
 * taking part) fed with everything read about them, or the invoice found in it, or today's list. Every mail naming an
 * invoice number is remembered first, so the order in which threads are visited does not matter.
 */
export const threadView: Handler<'thread:view'> = async ({ webmail, thread, einvoice, token, progressive }, ctx) => {
  // French sits under every language: a woken worker reads its catalogue from the package while it reads the thread.
  void ctx.strings?.('fr').catch(() => undefined);
  // So is the learned invoice reader's file, which a thread with no invoice tracked yet is read with: unpacked as soon
  // as read, while the thread's mails are remembered.
  void ctx
    .readersReady?.('invoice')
    ?.then(() => shippedModel('invoice'))
    .catch(() => undefined);
  const reading = readingOf(ctx, { webmail, thread, einvoice });
  const state = await viewThread(reading.request, ctx, progressive);
  if (token) threadMemo(ctx).remember(token, thread.threadId, thread.messages, state);
  if (!state.tracked.some((v) => v.readingReplies)) keepShown(ctx, reading, state);
  else {
    // Once this answer is gone, not while it is built; read even if the tab never asks again (closed, moved on). Only
    // the state with the replies is kept for the next visit.
    const settled = new Promise((resolve) => setTimeout(resolve, 0)).then(() => withRepliesRead(ctx, state));
    settled.then((read) => keepShown(ctx, reading, read)).catch(() => undefined);
    if (token) threadMemo(ctx).settling(token, settled);
  }
  return state;
};

/**
 * The open thread changed: rebuilt from what the tab sent before, then read whole, as a thread view is. Asked again
 * unchanged after a progressive answer, it is that answer with the replies read, not a second reading of the thread.
 */
export const threadUpdate: Handler<'thread:update'> = async ({ webmail, token, thread, ids, changed, einvoice }, ctx) => {
  const memo = threadMemo(ctx);
  const messages = memo.rebuild(token, thread.threadId, ids, changed);
  if (!messages) return { lost: true };
  const reading = readingOf(ctx, { webmail, thread: { ...thread, messages }, einvoice });
  const settled = changed.length ? undefined : await memo.takeSettling(token, ids)?.catch(() => undefined);
  const state = settled ?? (await viewThread(reading.request, ctx));
  const held = memo.timelineEnds(token, thread.threadId);
  // An answer the tab already shows was kept when it was first given; so was one with the replies read, by the view.
  if (memo.alreadyShown(token, thread.threadId, messages, state)) return { unchanged: true };
  if (!settled) keepShown(ctx, reading, state);
  // The tab holds the timelines it was last answered with: only their new events travel.
  const tails = held && timelineTails(state, held);
  return tails && Object.keys(tails.after).length ? { state: tails.state, timelinesAfter: tails.after } : { state };
};

/** A thread view's reading: what it read, and, as it began, the changes heard and the day (its figures are that day's). */
interface Reading {
  request: Omit<RequestOf<'thread:view'>, 'token' | 'progressive'>;
  since: number;
  day: string;
}

const readingOf = (ctx: HandlerContext, request: Reading['request']): Reading => ({ request, since: ctx.shownThreads?.mark() ?? 0, day: ctx.today() });

/**
 * Kept for the sidebar's next visit of the thread, once this answer has gone: the answer never waits for the write.
 * An answer during whose reading something it shows changed (often the reading's own writes: tracking, a mail
 * remembered) is kept, but not as final: the thread is read once more a moment later, and that reading, if nothing
 * changed under it, is kept as final, for a woken worker to give without reading (utils/model/shown-thread.ts).
 */
function keepShown(ctx: HandlerContext, reading: Reading, state: ThreadState, confirm = true): void {
  const shown = ctx.shownThreads;
  if (!shown) return;
  const { webmail, thread } = reading.request;
  setTimeout(async () => {
    // The digest of a 50-message thread costs a few ms: computed here, after the answer, not before the reading.
    // A reading across midnight is kept under the day it began, and never as final.
    const input = ctx.today() === reading.day ? await threadReadingDigest(reading.request).catch(() => undefined) : undefined;
    await shown.remember(webmail, thread.threadId, reading.day, state, input ? { input, since: reading.since } : undefined);
    if (!confirm || !input || !state.tracked.length || !shown.changedSince(state, reading.since)) return;
    // When the worker is idle: a request arriving meanwhile (the next thread opened) does not wait for this reading.
    const again = async () => {
      const fresh = readingOf(ctx, reading.request);
      keepShown(ctx, fresh, await viewThread(fresh.request, ctx), false);
    };
    if (ctx.whenIdle) ctx.whenIdle(again);
    else void again();
  }, 0);
}

const threadMemo = (ctx: HandlerContext) => (ctx.threads ??= createThreadMemo());

/** The state with the replies about each invoice shown before they were read fed into it and shown. */
async function withRepliesRead(ctx: HandlerContext, state: ThreadState): Promise<ThreadState> {
  const tracked: InvoiceView[] = [];
  for (const view of state.tracked) tracked.push(view.readingReplies ? await fullInvoiceView(ctx, await feedInvoice(ctx, view.invoice.id)) : view);
  return { ...state, tracked };
}

/**
 * `progressive`: an invoice this view starts tracking is shown before the mailbox's replies about it are read (a woken
 * worker reads 25 replies in ~130 ms), marked `readingReplies`, for the caller to read them once it answered.
 */
async function viewThread(
  { webmail, thread, einvoice }: Omit<RequestOf<'thread:view'>, 'token' | 'progressive'>,
  ctx: HandlerContext,
  progressive = false,
): Promise<ThreadState> {
  const read: ReadThread = { webmail, ...thread };
  // The database answers while the mails are read.
  const linked = settledLater(ctx.store.invoicesByThread(thread.threadId));
  const { numbers: named, facts } = invoiceNumbersNamed(thread.messages, thread.account, rememberedMailFacts);
  const byThread = await linked;
  // Written while the thread is read for invoices, and awaited before anything reads what it writes: tracking and
  // feeding gather an invoice's mails from the mails remembered.
  const remembering = settledLater(rememberThread(ctx, read, [...new Set([...named, ...byThread.map((i) => i.number)])], facts));
  const tracked = [...byThread, ...(await invoicesNamedBy(ctx, thread.messages, named, byThread))];
  // Tracking fed the invoice already: it is shown as tracked, not read and fed a second time.
  const justTracked = new Map<string, InvoiceSnapshot>();
  let candidate: CandidateView | undefined;
  let einvoiceNote: ThreadState['einvoiceNote'];
  if (!tracked.length && einvoice?.creditNote) einvoiceNote = 'credit-note';
  else if (!tracked.length) {
    // The learned invoice reader reads an untracked thread as well (its file is read from the package the first time).
    await ctx.readersReady?.('invoice');
    const best = bestCandidate(thread.messages, thread.account);
    const found = einvoice ? withEInvoice(einvoice, best?.candidate) : best?.candidate;
    const messageId = best?.message.id ?? thread.messages[thread.messages.length - 1]?.id ?? '';
    if (einvoice?.directDebitDate) einvoiceNote = 'direct-debit';
    const [{ creditor }] = await Promise.all([ctx.store.getSettings(), remembering]);
    // Only the user's own invoice tracks itself; anyone else's (a stranger's Factur-X, a supplier's mail) is offered.
    // An e-invoice is the user's when the user (or a verified notice) sent it, and names the user as its seller: the
    // seller's SIREN is public, so a stranger's file naming it proves nothing by itself.
    const authored = (m: MailMessage, notice = classifyServiceNotice(m)) =>
      isFromAccount(m, thread.account) || (!!notice && isOwnServiceNotice(m, notice, thread.account, creditor.name));
    const own = einvoice
      ? sellerIsCreditor({ siren: einvoice.sellerSiren, vatId: einvoice.sellerVatId }, creditor) &&
        thread.messages.some((m) => m.attachments.some((a) => a.name === einvoice.fileName) && authored(m))
      : !!best && authored(best.readFrom, best.notice ?? null);
    const chasing = !einvoice && !!found?.number && threadChasesInvoice(thread.messages, found.number);
    const c = found && chasing ? withoutMailDates(found, thread.messages) : found;
    if (c && own && !chasing && isComplete(c) && c.confidence >= AUTO_TRACK_CONFIDENCE) {
      const now = new Date().toISOString();
      // Remembered under the number before tracking: these mails existed before it (never "sent after tracking").
      if (!named.includes(c.number!)) await rememberThread(ctx, read, [...named, c.number!], facts);
      const request: TrackRequest = {
        fields: {
          number: c.number!,
          amountDue: c.amountDue!,
          issueDate: c.issueDate!,
          dueDate: c.dueDate!,
          threadId: thread.threadId,
          threadUrl: thread.url,
          directDebitDate: einvoice?.directDebitDate,
        },
        debtor: c.debtor!,
        debtorKind: einvoice?.debtorKind ?? 'business',
        debtorSiren: einvoice?.debtorSiren,
        source: einvoice
          ? { kind: 'einvoice', ref: einvoice.fileName, webmail, addedAt: now }
          : { kind: 'mail', ref: thread.threadId, webmail, addedAt: now, ...(c.source && c.source !== 'self' ? { service: c.source } : {}) },
        messageId,
        messages: thread.messages,
      };
      const snapshot = progressive ? await startTracking(ctx, request) : await trackInvoice(ctx, request);
      tracked.push(snapshot.invoice);
      justTracked.set(snapshot.invoice.id, snapshot);
    } else if (c) {
      const mailDateAmbiguous = !c.issueDate && thread.messages.some((m) => m.dateAmbiguous);
      candidate = {
        number: c.number,
        amountDue: c.amountDue,
        issueDate: c.issueDate,
        dueDate: c.dueDate,
        debtor: c.debtor,
        confidence: c.confidence,
        messageId,
        fromEInvoice: !!einvoice,
        ...(chasing ? { chasing: true } : {}),
        ...(c.reasons?.includes(LEARNED_READ) ? { learned: true } : {}),
        ...(mailDateAmbiguous ? { mailDateAmbiguous } : {}),
      };
    }
  }
  await remembering;
  const views: InvoiceView[] = [];
  for (const invoice of tracked) {
    // Tracking learned the client's language from this thread as it wrote the client.
    const tracking = justTracked.get(invoice.id);
    if (!tracking) await learnClientLanguage(ctx, invoice.clientId, thread.messages);
    const fed = tracking ?? (await feedInvoice(ctx, invoice.id, await secondReadings(ctx, invoice.id, thread.messages)));
    const view = await fullInvoiceView(ctx, fed);
    views.push(progressive && tracking ? { ...view, readingReplies: true } : view);
  }
  // Offers about the invoices shown are in their cards (next step, primary button); others are listed on their own.
  const payments = await offersFromThisThread(
    ctx,
    thread.messages,
    facts,
    tracked.map((i) => i.id),
  );
  return {
    tracked: views,
    candidate,
    payments,
    einvoiceNote,
    today: views.length || candidate || payments.length || einvoiceNote ? [] : await todayList(ctx),
  };
}

/** `promise`, awaited later: a failure meanwhile (the handler left early) is not reported as unhandled; the await still throws. */
function settledLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** Tracked invoices (other than those already linked) whose number the thread names, with their debtor in it. */
async function invoicesNamedBy(ctx: HandlerContext, messages: MailMessage[], named: string[], linked: Invoice[]): Promise<Invoice[]> {
  const out: Invoice[] = [];
  for (const number of named) {
    for (const invoice of await ctx.store.invoicesByNumber(number)) {
      if (linked.some((i) => i.id === invoice.id) || out.some((i) => i.id === invoice.id)) continue;
      const client = await ctx.store.getClient(invoice.clientId);
      if (client && threadFeedsInvoice(messages, named, identityOf({ invoice, client }))) out.push(invoice);
    }
  }
  return out;
}

/** A payment notice open in this thread about an invoice tracked from elsewhere: offered here too. */
async function offersFromThisThread(
  ctx: HandlerContext,
  messages: MailMessage[],
  facts: ReadonlyMap<string, MailFacts>,
  shown: string[],
): Promise<PaymentNoticeView[]> {
  const ids = new Set(messages.map((m) => m.id));
  const out: PaymentNoticeView[] = [];
  for (const message of messages) {
    const notice = facts.get(message.id)?.notice;
    if (notice?.kind !== 'payment-received' || !notice.number) continue;
    for (const invoice of await ctx.store.invoicesByNumber(notice.number)) {
      if (shown.includes(invoice.id) || out.some((o) => o.invoiceId === invoice.id)) continue;
      out.push(...(await paymentOffers(ctx, await readInvoice(ctx, invoice.id))).filter((o) => ids.has(o.messageId)));
    }
  }
  return out;
}

/** A reminder's candidate: its mails' own dates are not the invoice's issue date (the user gives it). */
function withoutMailDates(c: InvoiceCandidate, messages: MailMessage[]): InvoiceCandidate {
  const mailDays = new Set(messages.map((m) => localDayOf(m.date)));
  return {
    ...c,
    issueDate: c.issueDate && !mailDays.has(c.issueDate) ? c.issueDate : undefined,
    dueDate: c.dueDate && !mailDays.has(c.dueDate) ? c.dueDate : undefined,
  };
}

/**
 * The most confident invoice in the thread (the earliest on a tie), with two corrections a single mail cannot make:
 * the debtor is never the account itself (a Stripe/Pennylane notice is addressed to the user, the customer is named in
 * its body), and a candidate read from a later reminder takes the thread's first mail as its issue date.
 */
function bestCandidate(
  messages: MailMessage[],
  account: string | undefined,
): { candidate: InvoiceCandidate; message: MailMessage; readFrom: MailMessage; notice: ServiceNotice | null } | undefined {
  const ordered = [...messages].sort((a, b) => compareCodeUnits(a.date, b.date));
  let best: { candidate: InvoiceCandidate; message: MailMessage } | undefined;
  for (const message of ordered) {
    const candidate = detectInvoice(message, { account });
    if (candidate && (!best || candidate.confidence > best.candidate.confidence)) best = { candidate, message };
    // No later mail can outdo it (the earliest wins a tie): the rest of a 50-mail thread is not read (10-15 ms).
    if (best && best.candidate.confidence >= MAX_INVOICE_CONFIDENCE) break;
  }
  if (!best) return undefined;
  const { message } = best;
  const candidate = { ...best.candidate };
  const notice = classifyServiceNotice(message);
  const same = (a?: string, b?: string) => !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();
  const viaService = !!candidate.source && candidate.source !== 'self';
  if (candidate.debtor && (same(candidate.debtor.email, account) || (viaService && message.to.some((t) => same(t.email, candidate.debtor?.email))))) {
    candidate.debtor = notice?.clientName && !same(notice.clientName, candidate.debtor.name) ? { name: notice.clientName, email: '' } : undefined;
  }
  // A collapsed mail shows no recipients: the other party is whoever else wrote in the thread.
  if (!candidate.debtor?.email) {
    const other = [...ordered].reverse().find((m) => !same(m.from.email, account) && !same(m.from.email, message.from.email) && m.from.email);
    if (other) candidate.debtor = { name: candidate.debtor?.name || other.from.name, email: other.from.email };
  }
  const first = ordered[0];
  if (message !== first && !message.dateAmbiguous && candidate.issueDate === localDayOf(message.date))
    candidate.issueDate = first.dateAmbiguous ? undefined : readableDayOf(first.date);
  // The invoice left with the thread's first mail naming its number (the candidate may come from a later reminder).
  const sent = (candidate.number && ordered.find((m) => mentions(m, candidate.number!))) || message;
  return { candidate, message: sent, readFrom: message, notice };
}

/** The e-invoice's facts win; the mail text only fills what the XML leaves out (a due date given in words, an address). */
function withEInvoice(facts: EInvoiceFacts, text: InvoiceCandidate | undefined): InvoiceCandidate {
  const sameNumber = text?.number === facts.number;
  const email = facts.debtor?.email ?? (sameNumber ? text?.debtor?.email : undefined);
  return {
    number: facts.number,
    amountDue: facts.amountDue,
    issueDate: facts.issueDate,
    dueDate: facts.dueDate ?? (sameNumber ? text?.dueDate : undefined),
    debtor: email ? { name: facts.debtorName ?? facts.debtor?.name ?? text?.debtor?.name, email } : undefined,
    confidence: 1,
    source: 'einvoice',
  };
}

function isComplete(c: InvoiceCandidate): boolean {
  return !!(c.number && c.amountDue && c.issueDate && c.dueDate && c.debtor?.email);
}

/** A thread about to be opened: the readers warm now, not after the quiet time (the engine is loaded by now). */
export const threadSoon: Handler<'thread:soon'> = async (_request, ctx) => {
  ctx.getReady?.();
  return {};
};

export const threadHandlers = {
  'thread:view': threadView,
  'thread:soon': threadSoon,
  'thread:update': threadUpdate,
} satisfies HandlersIn<'thread'>;
