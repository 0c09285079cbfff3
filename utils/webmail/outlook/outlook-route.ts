/** Where an Outlook URL points: Outlook routes by path (`/mail/inbox/id/<id>`, `/mail/0/sentitems`, `/mail/id/<id>`). */
export interface OutlookRoute {
  /** `mail` for the mail module; calendar, people, settings... are `other`. */
  module: 'mail' | 'other';
  /** Folder segment as in the URL (`inbox`, `sentitems`, `archive`, a folder id), absent for `/mail/id/...`. */
  folder?: string;
  /** The conversation (or item) id in the URL, decoded. */
  itemId?: string;
}

/** Parses a pathname of any Outlook host (outlook-hosts.ts): they all route the same way. */
export function parseOutlookRoute(pathname: string): OutlookRoute {
  const parts = pathname.split('/').filter(Boolean);
  if (parts[0] !== 'mail') return { module: 'other' };
  const rest = /^\d+$/.test(parts[1] ?? '') ? parts.slice(2) : parts.slice(1); // outlook.live.com: /mail/0/...
  const idAt = rest.findIndex((p, i) => p === 'id' || (p === 'read' && rest[i - 1] === 'deeplink'));
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  const itemId = idAt >= 0 && rest[idAt + 1] ? decode(rest[idAt + 1]) : undefined;
  const folder = rest[0] && rest[0] !== 'id' && rest[0] !== 'deeplink' ? decode(rest[0]) : undefined;
  return { module: 'mail', ...(folder ? { folder } : {}), ...(itemId ? { itemId } : {}) };
}
