/**
 * Gmail's own address of a thread, in the signed-in account's page (`/mail/u/N/`): `#all/<id>` opens it whichever
 * label it is under (archived included); only the hash changes, so Gmail routes it without reloading.
 */
export function gmailThreadUrl(pageUrl: string, threadId: string): string {
  const { origin, pathname, search } = new URL(pageUrl);
  return `${origin}${pathname}${search}#all/${encodeURIComponent(threadId)}`;
}
