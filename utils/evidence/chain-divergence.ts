import type { TimelineEvent } from '../model/event';

/** Where a copy of an invoice's timeline stops agreeing with the record this browser holds. */
export interface ChainDivergence {
  invoiceId: string;
  /** The first chain position (seq) whose hash differs. */
  seq: number;
}

/**
 * The invoices whose timeline in `incoming` (a backup) and in `held` (the database it would replace) differ at some
 * position both have. An older backup is a prefix of the record and agrees; a backup edited and re-hashed (its seals
 * rewritten too, so it verifies on its own) no longer does. Invoices only one side knows are not compared.
 */
export function chainDivergences(held: readonly TimelineEvent[], incoming: readonly TimelineEvent[]): ChainDivergence[] {
  const heldHashes = new Map<string, Map<number, string>>();
  for (const event of held) {
    let chain = heldHashes.get(event.invoiceId);
    if (!chain) heldHashes.set(event.invoiceId, (chain = new Map()));
    chain.set(event.seq, event.hash);
  }
  const first = new Map<string, number>();
  for (const event of incoming) {
    const hash = heldHashes.get(event.invoiceId)?.get(event.seq);
    if (hash === undefined || hash === event.hash) continue;
    const known = first.get(event.invoiceId);
    if (known === undefined || event.seq < known) first.set(event.invoiceId, event.seq);
  }
  return [...first].map(([invoiceId, seq]) => ({ invoiceId, seq }));
}
