/** Accuracy and speed of invoice detection, service notices and reply classification on the labelled corpora. */
import { detectInvoice } from '../../utils/detect/invoice';
import { classifyReply } from '../../utils/detect/reply';
import { classifyServiceNotice } from '../../utils/detect/service-notice';
import { warmUpReaders } from '../../utils/detect/warm-up';
import type { ReplyKind } from '../../utils/detect/reply-kind';
import type { Money } from '../../utils/mail/types';
import { loadInvoiceCases, loadReplyCases, SPLITS, type Split } from '../../tests/fixtures/mails/corpus';
import { leaveOneWriterOut } from '../learned-readers/leave-one-writer-out';
import { detectionSpeed } from './detect-speed';

export const REPLY_KINDS: ReplyKind[] = ['promise', 'paid', 'dispute', 'plan', 'auto-reply', 'info-request', 'other'];

export interface SplitReport {
  split: Split;
  figures: Record<string, number>;
  /** expected kind → predicted kind → count. */
  confusion: Record<string, Record<string, number>>;
  /** One line per miss, for tuning on dev (never printed for the holdout). */
  misses: string[];
}

const sameMoney = (a?: Money, b?: Money) => a?.minor === b?.minor && a?.currency === b?.currency;
const fmtMoney = (m?: Money) => (m ? `${m.minor / 100} ${m.currency}` : '-');
const ratio = (ok: number, all: number) => (all === 0 ? 1 : Math.round((ok / all) * 1000) / 1000);

/** Runs every detector on one split and returns its reading figures, confusion table and misses (speed: detect-speed.ts). */
export function benchSplit(split: Split): SplitReport {
  const misses: string[] = [];
  const invoices = loadInvoiceCases().filter((c) => c.split === split);
  const noticeLabelled = invoices.some((c) => c.notice);
  let tp = 0,
    fp = 0,
    fn = 0,
    numberOk = 0,
    amountOk = 0,
    dueOk = 0,
    noticeOk = 0,
    noticeFieldOk = 0,
    noticeFieldAll = 0;
  // The mailbox's owner, as the webmail's account: each set's users are the senders of its own invoices. A mail that names
  // none of them (a supplier's bill to the firm's compta@, a service's copy) still lies in the mailbox of the set's main
  // user: the webmail is always signed in.
  const selfSenders = invoices.flatMap((c) => (c.expected?.source === 'self' ? [c.message.from.email.toLowerCase()] : []));
  const users = new Set(selfSenders);
  const mainUser = [...users].sort((a, b) => selfSenders.filter((e) => e === b).length - selfSenders.filter((e) => e === a).length)[0];
  const accountOf = (c: (typeof invoices)[number]) =>
    [c.message.from, ...c.message.to, ...(c.message.cc ?? [])].map((a) => a.email.toLowerCase()).find((email) => users.has(email)) ?? mainUser;
  let mailboxTp = 0,
    mailboxFp = 0,
    mailboxFn = 0;
  for (const c of invoices) {
    const inMailbox = detectInvoice(c.message, { account: accountOf(c) });
    if (inMailbox && c.expected) mailboxTp++;
    else if (inMailbox) mailboxFp++;
    else if (c.expected) mailboxFn++;
  }
  for (const c of invoices) {
    const got = detectInvoice(c.message);
    if (got && c.expected) {
      tp++;
      if (got.number === c.expected.number) numberOk++;
      else misses.push(`${c.id} number: got ${got.number} want ${c.expected.number}`);
      if (sameMoney(got.amountDue, c.expected.amountDue)) amountOk++;
      else misses.push(`${c.id} amount: got ${fmtMoney(got.amountDue)} want ${fmtMoney(c.expected.amountDue)}`);
      if (got.dueDate === c.expected.dueDate) dueOk++;
      else misses.push(`${c.id} due: got ${got.dueDate} want ${c.expected.dueDate}`);
    } else if (got) {
      fp++;
      misses.push(`${c.id} false positive (${got.reasons?.join(', ')})`);
    } else if (c.expected) {
      fn++;
      misses.push(`${c.id} missed`);
    }
    // A set written without notice labels (fresh3) says nothing about notices: they are not counted there.
    if (!noticeLabelled) continue;
    const notice = classifyServiceNotice(c.message);
    const want = c.notice;
    if ((notice?.kind ?? null) === (want?.kind ?? null) && (!want || notice?.service === want.service)) noticeOk++;
    else misses.push(`${c.id} notice: got ${notice?.service}/${notice?.kind} want ${want?.service}/${want?.kind}`);
    if (want && notice) {
      for (const [field, ok] of [
        ['number', notice.number === want.number],
        ['amount', sameMoney(notice.amount, want.amount)],
        ['issuer', want.issuerName === undefined || notice.issuerName === want.issuerName],
        ['client', want.clientName === undefined || notice.clientName === want.clientName],
      ] as const) {
        noticeFieldAll++;
        if (ok) noticeFieldOk++;
        else misses.push(`${c.id} notice ${field}: got ${JSON.stringify(notice)}`);
      }
    }
  }

  const replies = loadReplyCases().filter((c) => c.split === split);
  const confusion: Record<string, Record<string, number>> = {};
  let kindOk = 0,
    dateOk = 0,
    dateAll = 0;
  for (const c of replies) {
    const got = classifyReply(c.text, c.receivedAt);
    confusion[c.kind] ??= {};
    confusion[c.kind][got.kind] = (confusion[c.kind][got.kind] ?? 0) + 1;
    if (got.kind === c.kind) kindOk++;
    else misses.push(`${c.id} kind: got ${got.kind} want ${c.kind} ("${got.phrase ?? ''}")`);
    if (c.kind === 'promise') {
      dateAll++;
      if (got.promisedDate === c.promisedDate) dateOk++;
      else misses.push(`${c.id} promised: got ${got.promisedDate} want ${c.promisedDate}`);
    }
  }

  return {
    split,
    confusion,
    misses,
    figures: {
      invoiceMails: invoices.length,
      detectionPrecision: ratio(tp, tp + fp),
      detectionRecall: ratio(tp, tp + fn),
      // What the product reads, the signed-in account known: a bill written to the user is not a receivable.
      mailboxPrecision: ratio(mailboxTp, mailboxTp + mailboxFp),
      mailboxRecall: ratio(mailboxTp, mailboxTp + mailboxFn),
      numberAccuracy: ratio(numberOk, tp),
      amountAccuracy: ratio(amountOk, tp),
      dueDateAccuracy: ratio(dueOk, tp),
      ...(noticeLabelled ? { serviceNoticeAccuracy: ratio(noticeOk, invoices.length), serviceNoticeFieldAccuracy: ratio(noticeFieldOk, noticeFieldAll) } : {}),
      replies: replies.length,
      replyKindAccuracy: ratio(kindOk, replies.length),
      promisedDateAccuracy: ratio(dateOk, dateAll),
    },
  };
}

/** The splits that have mail in this checkout (the outside writers' ones arrive as files). */
export function presentSplits(): Split[] {
  const present = new Set([...loadInvoiceCases(), ...loadReplyCases()].map((c) => c.split));
  return SPLITS.filter((s) => present.has(s));
}

/**
 * Figures for the lead's `npm run bench`: every figure of every split, keyed "detect.<split>.<figure>". The held-back
 * split is measured here too: a figure is what it is kept for; its misses are never printed.
 */
export async function benchDetect(): Promise<Record<string, number>> {
  // Warm-up so the timings measure steady state, not regex compilation: the product's own warm-up (both string forms,
  // which V8 compiles apart), then one pass over the dev split.
  warmUpReaders();
  benchSplit('dev');
  const out: Record<string, number> = {};
  const splits = presentSplits();
  const speed = detectionSpeed(splits);
  for (const split of splits) {
    for (const [name, value] of Object.entries({ ...benchSplit(split).figures, ...speed.get(split) })) out[`detect.${split}.${name}`] = value;
  }
  // The shipped model has read every set but the held-back one: on the others, what a new writer gets is measured
  // with a model trained without that writer.
  const leftOut = leaveOneWriterOut();
  for (const w of leftOut) {
    out[`detect.${w.split}.leftOutReplyKindAccuracy`] = w.replyKindAccuracy;
    out[`detect.${w.split}.leftOutPromisedDateAccuracy`] = w.promisedDateAccuracy;
  }
  const mean = (pick: (w: (typeof leftOut)[number]) => number) => Math.round((leftOut.reduce((a, w) => a + pick(w), 0) / leftOut.length) * 1000) / 1000;
  out['detect.leftOut.meanReplyKindAccuracy'] = mean((w) => w.replyKindAccuracy);
  out['detect.leftOut.meanPromisedDateAccuracy'] = mean((w) => w.promisedDateAccuracy);
  return out;
}
