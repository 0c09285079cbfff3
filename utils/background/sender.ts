/** Who sent a message, as far as the background is concerned. */
export type SenderKind = 'page' | 'webmail' | 'foreign';

export interface SenderFacts {
  /** runtime.MessageSender.id: the sending extension. */
  id?: string;
  /** The sending frame's URL. */
  url?: string;
  /** Set when the message comes from a tab (a content script). */
  fromTab: boolean;
}

const WEBMAIL_HOSTS = new Set(['mail.google.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft']);

/** Accepts only this extension's own pages and its content scripts on the webmail hosts it declares. */
export function classifySender(sender: SenderFacts, ownId: string, ownOrigin: string): SenderKind {
  if (sender.id !== ownId || !sender.url) return 'foreign';
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return 'foreign';
  }
  if (!sender.fromTab || sender.url.startsWith(ownOrigin)) return sender.url.startsWith(ownOrigin) ? 'page' : 'foreign';
  return url.protocol === 'https:' && WEBMAIL_HOSTS.has(url.hostname) ? 'webmail' : 'foreign';
}
