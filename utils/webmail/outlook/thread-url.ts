/** Outlook's own address of a conversation, on the same host and account (`/mail/0/` on outlook.live.com). */
export function outlookThreadUrl(pageUrl: string, threadId: string): string {
  const { origin, pathname, search } = new URL(pageUrl);
  const account = /^\/mail\/(\d+)(\/|$)/.exec(pathname)?.[1];
  return `${origin}/mail/${account !== undefined ? `${account}/` : ''}inbox/id/${encodeURIComponent(threadId)}${search}`;
}
