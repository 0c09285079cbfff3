import { readMailFacts, type MailFacts } from '../mailbox/invoice-number-named';

/** Answers kept by this worker: the same thread shown again (every DOM change) is not read again. */
const memo = new Map<string, MailFacts>();
const CAP = 5_000;

/** readMailFacts, remembered per message content (id, subject, text) and reading mode. */
export function rememberedMailFacts(...[message, options = {}]: Parameters<typeof readMailFacts>): MailFacts {
  const key = `${message.id}|${options.ownText ? 1 : 0}|${options.account ?? ''}|${message.from.email}|${message.subject}|${message.text.length}|${message.text.slice(0, 200)}`;
  const known = memo.get(key);
  if (known) return known;
  const facts = readMailFacts(message, options);
  // Oldest first out: a Map iterates in insertion order.
  if (memo.size >= CAP) memo.delete(memo.keys().next().value!);
  memo.set(key, facts);
  return facts;
}
