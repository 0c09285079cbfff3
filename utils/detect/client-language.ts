/**
 * The language to write to a client in, read from the mails: what the client writes first (their replies, even an
 * auto-reply), then what the user writes to them (the invoice mail). Quoted history is someone else's words: left out.
 */
import type { MailMessage } from '../mail/types';
import type { ClientLanguageSource } from '../model/client';
import { foldText } from './fold';
import { languageScores } from './language';
import { cleanMailText } from './mail-text';
import { historyStart } from './quoted-text';
import type { Language } from '../model/language';

export interface ClientLanguageGuess {
  language: Language;
  source: Exclude<ClientLanguageSource, 'user' | 'settings'>;
}

/** Frequent words needed, and how far ahead one language must be, before a guess is made (a "Merci !" says little). */
const MIN_WORDS = 4;
const MIN_RATIO = 2;

/** The language of some texts, or undefined when they say too little or mix both. */
export function languageOfTexts(texts: string[]): Language | undefined {
  let fr = 0;
  let en = 0;
  for (const text of texts) {
    const folded = foldText(cleanMailText(text, 8_000));
    const scores = languageScores(folded.slice(0, historyStart(folded)));
    fr += scores.fr;
    en += scores.en;
  }
  if (fr + en < MIN_WORDS) return undefined;
  if (en >= MIN_RATIO * fr) return 'en';
  if (fr >= MIN_RATIO * en) return 'fr';
  return undefined;
}

/** The client's language from a thread: their own mails first, then the user's mails to them; undefined when unsure. */
export function guessClientLanguage(messages: MailMessage[], clientEmails: Iterable<string>): ClientLanguageGuess | undefined {
  const client = new Set([...clientEmails].map((e) => e.trim().toLowerCase()));
  const isClient = (email: string) => client.has(email.trim().toLowerCase());
  const fromClient = messages.filter((m) => isClient(m.from.email));
  const replies = languageOfTexts(fromClient.map((m) => m.text));
  if (replies) return { language: replies, source: 'replies' };
  const toClient = messages.filter((m) => !isClient(m.from.email) && [...m.to, ...(m.cc ?? [])].some((a) => isClient(a.email)));
  const sent = languageOfTexts(toClient.map((m) => `${m.subject}\n${m.text}`));
  return sent ? { language: sent, source: 'sent-mail' } : undefined;
}
