import { browser } from 'wxt/browser';
import { diagnosticReplySchema, type ContentRequest, type DiagnosticReply } from '../messages';
import { WEBMAIL_MATCHES } from '../webmail/webmail-hosts';

/**
 * The diagnostic of every open Gmail/Outlook tab, most recently used first, asked from an extension page (the options
 * page). Finding the tabs by URL needs no `tabs` permission: the webmail host permissions let us see those tabs only.
 * A tab that does not answer (still loading, Relance not running there) is left out.
 */
export async function collectWebmailDiagnostics(): Promise<DiagnosticReply[]> {
  const tabs = await browser.tabs.query({ url: [...WEBMAIL_MATCHES] });
  tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  const request: ContentRequest = { type: 'diagnostic:collect' };
  const replies = await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return null;
      try {
        const parsed = diagnosticReplySchema.safeParse(await browser.tabs.sendMessage(tab.id, request));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    }),
  );
  return replies.filter((reply): reply is DiagnosticReply => reply !== null);
}
