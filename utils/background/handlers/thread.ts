import { detectInvoice, type InvoiceCandidate } from '../../detect/invoice';
import { classifyServiceNotice, type ServiceNotice } from '../../detect/service-notice';
import { isFromAccount, isOwnServiceNotice } from '../../detect/mail-author';
import { sellerIsCreditor } from '../../einvoice/seller-is-creditor';
import type { MailMessage } from '../../mail/types';
import type { CandidateView, InvoiceSummary, ReplyView, ThreadState } from '../../model/view';
import type { EInvoiceFacts } from '../../messages';
import { createTranslator, keyFor } from '../../i18n/translate';
import type { ListChip } from '../../webmail/adapter';
import { ingestThread, mentions } from '../ingest-thread';
import { learnClientLanguage } from '../learn-client-language';
import { readServiceNotices } from '../service-notices';
import { daysLate } from '../days-late';
import { buildInvoiceView, summarize } from '../invoice-view';
import { mutateInvoice } from '../mutate-invoice';
import type { Handler, HandlerContext } from '../router';
import { trackInvoice } from '../track-invoice';
import { localDayOf } from '../../calendar/today';
import type { TimelineEvent } from '../../model/event';

/** Above this confidence, with every field found, an invoice is tracked without asking (issue 3). */
const AUTO_TRACK_CONFIDENCE = 0.9;

/** The open thread: its tracked invoices with new replies ingested, or the invoice found in it, or today's list. */
export const threadView: Handler<'thread:view'> = async ({ webmail, thread, einvoice }, ctx) => {
  let tracked = await ctx.store.invoicesByThread(thread.threadId);
  let candidate: CandidateView | undefined;
  let einvoiceNote: ThreadState['einvoiceNote'];
  if (!tracked.length && einvoice?.creditNote) einvoiceNote = 'credit-note';
  else if (!tracked.length) {
    const best = bestCandidate(thread.messages, thread.account);
    const c = einvoice ? withEInvoice(einvoice, best?.candidate) : best?.candidate;
    const messageId = best?.message.id ?? thread.messages[thread.messages.length - 1]?.id ?? '';
    if (einvoice?.directDebitDate) einvoiceNote = 'direct-debit';
    const { creditor } = await ctx.store.getSettings();
    // Only the user's own invoice tracks itself; anyone else's (a stranger's Factur-X, a supplier's mail) is offered.
    const own = einvoice
      ? sellerIsCreditor({ siren: einvoice.sellerSiren, vatId: einvoice.sellerVatId }, creditor)
      : !!best && (isFromAccount(best.readFrom, thread.account) || (!!best.notice && isOwnServiceNotice(best.readFrom, best.notice, thread.account, creditor.name)));
    if (c && own && isComplete(c) && c.confidence >= AUTO_TRACK_CONFIDENCE) {
      const now = new Date().toISOString();
      await trackInvoice(ctx, {
        fields: { number: c.number!, amountDue: c.amountDue!, issueDate: c.issueDate!, dueDate: c.dueDate!, threadId: thread.threadId, threadUrl: thread.url, directDebitDate: einvoice?.directDebitDate },
        debtor: c.debtor!,
        debtorKind: einvoice?.debtorKind ?? 'business',
        debtorSiren: einvoice?.debtorSiren,
        source: einvoice ? { kind: 'einvoice', ref: einvoice.fileName, webmail, addedAt: now } : { kind: 'mail', ref: thread.threadId, webmail, addedAt: now, ...(c.source && c.source !== 'self' ? { service: c.source } : {}) },
        messageId,
      });
      tracked = await ctx.store.invoicesByThread(thread.threadId);
    } else if (c) {
      const mailDateAmbiguous = !c.issueDate && thread.messages.some((m) => m.dateAmbiguous);
      candidate = { number: c.number, amountDue: c.amountDue, issueDate: c.issueDate, dueDate: c.dueDate, debtor: c.debtor, confidence: c.confidence, messageId, fromEInvoice: !!einvoice, ...(mailDateAmbiguous ? { mailDateAmbiguous } : {}) };
    }
  }
  const views = [];
  for (const invoice of tracked) {
    await learnClientLanguage(ctx, invoice.clientId, thread.messages);
    const snapshot = await mutateInvoice(ctx, invoice.id, (s) => ingestThread(s, thread.messages, thread.account));
    views.push(await buildInvoiceView(snapshot, ctx.today()));
  }
  const replies: ReplyView[] = views.flatMap((v) =>
    v.timeline
      .filter((e): e is TimelineEvent<'reply-received'> => e.kind === 'reply-received')
      .map(({ data }) => ({ messageId: data.messageId, from: data.from, kind: data.kind, phrase: data.phrase, promisedDate: data.promisedDate, receivedAt: data.receivedAt })),
  );
  const payments = await readServiceNotices(ctx, thread.messages, thread.account);
  return { tracked: views, candidate, replies, payments, einvoiceNote, today: views.length || candidate || payments.length || einvoiceNote ? [] : await todayList(ctx) };
};

/** The invoices whose next step is due today or earlier, most urgent first. */
export async function todayList(ctx: HandlerContext): Promise<InvoiceSummary[]> {
  const today = ctx.today();
  const due = await ctx.store.actionableBy(today);
  const clients = new Map((await ctx.store.allClients()).map((c) => [c.id, c]));
  return due
    .filter((i) => !i.paused && !clients.get(i.clientId)?.paused)
    .map((i) => summarize(i, clients.get(i.clientId), today))
    .sort((a, b) => (a.nextActionDate ?? '').localeCompare(b.nextActionDate ?? '') || b.daysLate - a.daysLate);
}

export const today: Handler<'today:list'> = async (_request, ctx) => todayList(ctx);

/** Status chips for the thread rows the webmail shows (e.g. "J+12 · relance 2"). */
export const chips: Handler<'chips:get'> = async ({ threadIds }, ctx) => {
  const settings = await ctx.store.getSettings();
  const t = createTranslator(settings.language);
  const day = ctx.today();
  const out: Record<string, ListChip> = {};
  for (const threadId of threadIds) {
    const [invoice] = await ctx.store.invoicesByThread(threadId);
    if (!invoice) continue;
    const late = daysLate(invoice, day);
    const settled = invoice.status === 'paid' || invoice.status === 'cancelled';
    out[threadId] = {
      label: settled ? t(keyFor('sb_status_', invoice.status)) : `${late > 0 ? t('sb_days_late', late) : t('sb_not_due', -late)} · ${t(keyFor('chip_stage_', invoice.stage))}`,
      tone: settled ? 'ok' : invoice.status === 'disputed' ? 'danger' : late > 30 ? 'danger' : late > 0 ? 'warning' : 'neutral',
      title: `${invoice.number} — ${t(keyFor('sb_status_', invoice.status))}`,
    };
  }
  return out;
};

/**
 * The most confident invoice in the thread (the earliest on a tie), with two corrections a single mail cannot make:
 * the debtor is never the account itself (a Stripe/Pennylane notice is addressed to the user, the customer is named in
 * its body), and a candidate read from a later reminder takes the thread's first mail as its issue date.
 */
function bestCandidate(
  messages: MailMessage[],
  account: string | undefined,
): { candidate: InvoiceCandidate; message: MailMessage; readFrom: MailMessage; notice: ServiceNotice | null } | undefined {
  const ordered = [...messages].sort((a, b) => a.date.localeCompare(b.date));
  let best: { candidate: InvoiceCandidate; message: MailMessage } | undefined;
  for (const message of ordered) {
    const candidate = detectInvoice(message);
    if (candidate && (!best || candidate.confidence > best.candidate.confidence)) best = { candidate, message };
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
  if (message !== first && !message.dateAmbiguous && candidate.issueDate === localDayOf(message.date)) candidate.issueDate = first.dateAmbiguous ? undefined : localDayOf(first.date);
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

