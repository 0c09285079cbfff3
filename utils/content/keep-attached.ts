/**
 * Puts `element` back at the end of <body> whenever the page takes it out: webmails (and their boot screens) empty or
 * replace <body> after our content script has run. Watches only <html> and <body>'s own children, never the subtree,
 * so the webmail's constant DOM churn costs nothing. Returns the function that stops it (call it before removing).
 */
export function keepAttached(element: Element, doc: Document = document): () => void {
  let watchedBody: HTMLElement | null = null;
  const check = () => {
    if (doc.body && doc.body !== watchedBody) {
      bodyObserver.disconnect();
      watchedBody = doc.body;
      bodyObserver.observe(watchedBody, { childList: true });
    }
    if (!element.isConnected && doc.body) doc.body.append(element);
  };
  const bodyObserver = new MutationObserver(check);
  const rootObserver = new MutationObserver(check);
  rootObserver.observe(doc.documentElement, { childList: true });
  check();
  return () => {
    bodyObserver.disconnect();
    rootObserver.disconnect();
  };
}
