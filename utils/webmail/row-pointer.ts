/** How long the pointer rests on a row before it counts: passing over the list on the way elsewhere does not. */
const DWELL_MS = 80;

/**
 * Calls back with the thread of a list row the user may be about to open: the pointer rests on it, or it is clicked
 * (heard in the capture phase, before the webmail opens the thread). Passive listeners on the document; the row is
 * looked for only as the pointer crosses into another element. Returns the stop.
 */
export function onRowPointer(
  doc: Document,
  rowOf: (el: Element) => Element | null,
  threadOf: (row: Element) => string,
  cb: (threadId: string) => void,
): () => void {
  let row: Element | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const rowAt = (event: Event) => {
    const target = event.target as Element | null;
    return target?.closest ? rowOf(target) : null;
  };
  const tell = (at: Element | null) => {
    const threadId = at && threadOf(at);
    if (threadId) cb(threadId);
  };
  const over = (event: Event) => {
    const entered = rowAt(event);
    if (entered === row) return;
    row = entered;
    clearTimeout(timer);
    if (entered) timer = setTimeout(() => tell(entered), DWELL_MS);
  };
  const click = (event: Event) => tell(rowAt(event));
  const options = { passive: true, capture: true };
  doc.addEventListener('pointerover', over, options);
  doc.addEventListener('click', click, options);
  return () => {
    clearTimeout(timer);
    doc.removeEventListener('pointerover', over, options);
    doc.removeEventListener('click', click, options);
  };
}
