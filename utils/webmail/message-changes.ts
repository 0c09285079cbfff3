/**
 * Which messages of an open thread the webmail has changed since they were read (issue 17): one MutationObserver over each
 * thread container marks the message a change happened in, so a batch that only adds a message reads that one and
 * does not measure the text of the fifty before it.
 */
export interface MessageChanges {
  /** Watches the container (once) and takes the changes Gmail made since the last look. */
  look(container: Element): void;
  /** True when the message changed since `read(message)`. */
  changed(message: Element): boolean;
  read(message: Element): void;
}

export function watchMessageChanges(isMessage: (el: Element) => boolean): MessageChanges {
  const changed = new WeakSet<Element>();
  const watched = new WeakSet<Element>();
  const mark = (records: MutationRecord[]) => {
    for (const record of records) {
      for (let node: Element | null = record.target instanceof Element ? record.target : record.target.parentElement; node; node = node.parentElement) {
        if (!isMessage(node)) continue;
        changed.add(node);
        break;
      }
    }
  };
  let observer: MutationObserver | undefined;
  return {
    look(container) {
      observer ??= new MutationObserver(mark);
      mark(observer.takeRecords());
      if (watched.has(container)) return;
      watched.add(container);
      observer.observe(container, { subtree: true, childList: true, characterData: true, attributes: true });
    },
    changed: (message) => changed.has(message),
    read: (message) => void changed.delete(message),
  };
}
