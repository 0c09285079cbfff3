import { readMailFacts, type MailFacts } from '../mailbox/invoice-number-named';
import { LatestEntries } from '../state/latest-entries';

/** Answers kept by this worker: the same thread shown again (every DOM change) is not read again. */
const memo = new LatestEntries<string, MailFacts>(5_000);

/** readMailFacts, remembered per message content (id, subject, text) and reading mode. */
export function rememberedMailFacts(...[message, options = {}]: Parameters<typeof readMailFacts>): MailFacts {
  const key = `${message.id}|${options.ownText ? 1 : 0}|${options.account ?? ''}|${message.from.email}|${message.subject}|${message.text.length}|${message.text.slice(0, 200)}`;
  const known = memo.get(key);
  if (known) return known;
  const facts = readMailFacts(message, options);
  memo.set(key, facts);
  return facts;
}
