/** How long the pointer rests on a row before it counts: passing over the list on the way elsewhere does not. */
const DWELL_MS = 80;

/**
 * Calls back with the thread of a list row the user's pointer rests on: they may be about to open it. One passive
 * listener on the document; the row is looked for only as the pointer crosses into another element. Returns the stop.
 */
export function onRowPointer(
  doc: Document,
  rowOf: (el: Element) => Element | null,
  threadOf: (row: Element) => string,
  cb: (threadId: string) => void,
): () => void {
  let row: Element | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const over = (event: Event) => {
    const target = event.target as Element | null;
    const entered = target?.closest ? rowOf(target) : null;
    if (entered === row) return;
    row = entered;
    clearTimeout(timer);
    if (entered)
      timer = setTimeout(() => {
        const threadId = threadOf(entered);
        if (threadId) cb(threadId);
      }, DWELL_MS);
  };
  doc.addEventListener('pointerover', over, { passive: true });
  return () => {
    clearTimeout(timer);
    doc.removeEventListener('pointerover', over);
  };
}
