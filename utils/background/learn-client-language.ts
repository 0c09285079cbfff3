import { guessClientLanguage } from '../detect/client-language';
import type { MailMessage } from '../mail/types';
import type { ClientLanguageSource } from '../model/client';
import type { HandlerContext } from './router';
import type { StoredClient } from '../store/schema';

/** How much each source is worth: a guess never replaces one from a better source, and nothing replaces the user's choice. */
const RANK: Record<ClientLanguageSource, number> = { settings: 0, 'sent-mail': 1, replies: 2, user: 3 };

/**
 * Reads the client's language from a thread and stores it with its source, unless the user chose it: the client's
 * replies first, then what the user wrote to them. Returns whether the client changed.
 */
export async function learnClientLanguage(ctx: HandlerContext, clientId: string, messages: MailMessage[]): Promise<boolean> {
  return ctx.store.exclusive(async () => {
    const client = await ctx.store.getClient(clientId);
    const learned = client && languageLearned(client, messages);
    if (!learned) return false;
    await ctx.store.putClient({ ...client, ...learned, updatedAt: new Date().toISOString(), rev: client.rev + 1 });
    return true;
  });
}

/** What `messages` teach of the client's language, or undefined when nothing new (or the user chose it). */
export function languageLearned(client: StoredClient, messages: MailMessage[]): Pick<StoredClient, 'language' | 'languageSource'> | undefined {
  const current = client.languageSource ?? 'settings';
  if (current === 'user') return undefined;
  const guess = guessClientLanguage(messages, client.emailKeys);
  if (!guess || RANK[guess.source] < RANK[current]) return undefined;
  if (guess.language === client.language && guess.source === current) return undefined;
  return { language: guess.language, languageSource: guess.source };
}
