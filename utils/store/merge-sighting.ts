import type { MailSighting } from '../model/mail-sighting';
import type { MailMessage } from '../mail/types';
import { readableDayOf } from '../calendar/today';

/**
 * A mail read again merged into what was stored about it: it keeps the moment it was first seen, every number it was
 * remembered under, the longest reading of its body (a collapsed message is read as a snippet), and a readable date
 * from whichever reading had one.
 */
export function mergeSighting(known: MailSighting, sighting: MailSighting): MailSighting {
  return {
    ...sighting,
    firstSeenAt: known.firstSeenAt,
    numbers: [...new Set([...known.numbers, ...sighting.numbers])],
    message: mergedMessage(known.message, sighting.message),
    account: sighting.account ?? known.account,
  };
}

/** Fields mergeSighting decides; every other field is the newer reading's. */
const MERGED_FIELDS = new Set<string>(['firstSeenAt', 'numbers', 'message', 'account']);

/**
 * Whether merging `sighting` changes what is stored. Decided without turning the message into JSON: an open thread
 * remembers its 50 mails again on every change of the page (issue 17), each with a body of up to 30 000 characters.
 */
export function changesSighting(known: MailSighting, sighting: MailSighting): boolean {
  if (!keepsKnownMessage(known, sighting)) return true;
  if (sighting.numbers.some((n) => !known.numbers.includes(n))) return true;
  if ((sighting.account ?? known.account) !== known.account) return true;
  const keys = new Set([...Object.keys(known), ...Object.keys(sighting)]);
  for (const key of keys) {
    if (MERGED_FIELDS.has(key)) continue;
    const [a, b] = [known[key as keyof MailSighting], sighting[key as keyof MailSighting]];
    if (a !== b && JSON.stringify(a) !== JSON.stringify(b)) return true;
  }
  return false;
}

const datedOnlyBy = (message: MailMessage, other: MailMessage) => !readableDayOf(message.date) && !!readableDayOf(other.date);

/** The longer reading of a mail, with the other's date when only the other's could be read. */
function mergedMessage(known: MailMessage, incoming: MailMessage): MailMessage {
  const [longer, other] = known.text.length >= incoming.text.length ? [known, incoming] : [incoming, known];
  if (!datedOnlyBy(longer, other)) return longer;
  return { ...longer, date: other.date, dateAmbiguous: other.dateAmbiguous };
}

/** The merge keeps the stored reading as it is. */
const keepsKnownMessage = (known: MailSighting, sighting: MailSighting) => mergedMessage(known.message, sighting.message) === known.message;
