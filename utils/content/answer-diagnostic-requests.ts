import { browser } from 'wxt/browser';
import type { ContentRequest, DiagnosticReply } from '../messages';
import type { WebmailAdapter } from '../webmail/adapter';

function isDiagnosticRequest(message: unknown): message is ContentRequest {
  return (
    typeof message === 'object' &&
    message !== null &&
    !Array.isArray(message) &&
    Object.keys(message).length === 1 &&
    (message as ContentRequest).type === 'diagnostic:collect'
  );
}

/**
 * Lets the options page ask this webmail tab for its diagnostic (the user clicked "copy the diagnostic" there).
 * Only Relance's own pages are answered: a message from another extension or from a tab gets nothing.
 */
export function answerDiagnosticRequests(adapter: WebmailAdapter): () => void {
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }): Promise<DiagnosticReply> | undefined => {
    if (sender.id !== browser.runtime.id || sender.tab !== undefined || !isDiagnosticRequest(message)) return undefined;
    return Promise.resolve({ webmail: adapter.webmail, report: adapter.diagnose() });
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
