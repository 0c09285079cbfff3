/**
 * What reading a mail costs on each labelled set: every invoice mail and reply read in several passes over all the sets
 * at once, each mail's fastest reading kept. A pause of the machine (a garbage collection, another process) lands in
 * one pass of a mail, never in all of them: the passes over one mail are seconds apart. Timing one set's passes back to
 * back did not hold: a clean-clone CI run read fresh33 at 1.006 ms per reply where the same code reads 0.72-0.78.
 */
import { performance } from 'node:perf_hooks';
import { detectInvoice } from '../../utils/detect/invoice';
import { classifyReply } from '../../utils/detect/reply';
import { loadInvoiceCases, loadReplyCases, type Split } from '../../tests/fixtures/mails/corpus';

export interface SplitSpeed {
  msPerMail: number;
  msPerReply: number;
  maxMsPerReply: number;
}

// Five: a clean-clone CI run of this code read every set's replies 15-30 % slower than an interactive run (fresh41 0.934
// against 0.712 ms); more passes give each mail more chances of a quiet moment.
const PASSES = 5;
const round3 = (n: number) => Math.round(n * 1000) / 1000;
const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Each item's fastest time over the passes; every pass runs over all the items. */
function fastestTimes<T>(items: T[], read: (item: T) => unknown): number[] {
  const best = items.map(() => Number.POSITIVE_INFINITY);
  for (let pass = 0; pass < PASSES; pass++) {
    items.forEach((item, i) => {
      const t0 = performance.now();
      read(item);
      best[i] = Math.min(best[i], performance.now() - t0);
    });
  }
  return best;
}

/** Per split: mean cost of reading one invoice mail and one reply, and the slowest reply. */
export function detectionSpeed(splits: Split[]): Map<Split, SplitSpeed> {
  const wanted = new Set(splits);
  const invoices = loadInvoiceCases().filter((c) => wanted.has(c.split));
  const replies = loadReplyCases().filter((c) => wanted.has(c.split));
  const mailMs = fastestTimes(invoices, (c) => detectInvoice(c.message));
  const replyMs = fastestTimes(replies, (c) => classifyReply(c.text, c.receivedAt));
  const out = new Map<Split, SplitSpeed>();
  for (const split of splits) {
    const mails = mailMs.filter((_, i) => invoices[i].split === split);
    const ofSplit = replyMs.filter((_, i) => replies[i].split === split);
    out.set(split, { msPerMail: round3(mean(mails)), msPerReply: round3(mean(ofSplit)), maxMsPerReply: round3(Math.max(0, ...ofSplit)) });
  }
  return out;
}
