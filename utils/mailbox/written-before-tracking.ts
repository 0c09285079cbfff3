import type { MailMessage } from '../mail/types';

/**
 * Webmails show a mail's time to the minute (or only its day for older mails): a mail sent a few seconds after
 * tracking can display an earlier time. A mail first read after tracking counts as earlier only beyond this margin.
 */
const MINUTE_PRECISION_MARGIN_MS = 5 * 60_000;
const DAY_PRECISION_MARGIN_MS = 36 * 3_600_000;

/**
 * Whether the user's own mail was written before the invoice was tracked: seen by Relance at or before tracking
 * (it existed then), or dated earlier by more than the displayed precision can hide. A fresh send never qualifies.
 */
export function writtenBeforeTracking(message: MailMessage, trackedAt: string, firstSeenAt?: string): boolean {
  if (firstSeenAt && firstSeenAt <= trackedAt) return true;
  const sent = Date.parse(message.date);
  const tracked = Date.parse(trackedAt);
  if (Number.isNaN(sent) || Number.isNaN(tracked)) return false;
  const dayOnly = /T00:00(:00(\.0+)?)?([+-]|Z|$)/.test(message.date);
  return sent + (dayOnly ? DAY_PRECISION_MARGIN_MS : MINUTE_PRECISION_MARGIN_MS) < tracked;
}

const flat = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();
/** Enough of a reminder's opening to recognise it in the sent mail (the user may edit its end). */
const OPENING_CHARS = 80;

/** Whether the mail is one Relance put in a compose (its text starts like a reminder the send flow knows). */
export function isRelanceText(message: MailMessage, relanceBodies: string[]): boolean {
  const text = flat(message.text);
  return relanceBodies.some((body) => {
    const opening = flat(body).slice(0, OPENING_CHARS);
    return opening.length > 0 && text.includes(opening);
  });
}
