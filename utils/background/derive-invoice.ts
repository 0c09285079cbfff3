import { computeLadder, type LadderState } from '../legal/ladder';
import type { Client } from '../model/client';
import type { TimelineEvent } from '../model/event';
import type { Invoice } from '../model/invoice';
import type { Settings } from '../model/settings';

/** The ladder's verdict for an invoice today. */
export function ladderFor(invoice: Invoice, client: Client, events: TimelineEvent[], settings: Settings, today: string): LadderState {
  return computeLadder({ invoice, client, events, today, settings });
}

/**
 * The invoice with its stored ladder fields (stage, next action date) brought up to date, so the
 * "due today" index and the list chips stay right without recomputing the ladder of every invoice on each read.
 */
export function deriveInvoice(invoice: Invoice, client: Client, events: TimelineEvent[], settings: Settings, today: string): Invoice {
  const ladder = ladderFor(invoice, client, events, settings, today);
  const paid = invoice.status !== 'cancelled' && invoice.amountDue.minor <= 0;
  const derived: Invoice = { ...invoice, stage: ladder.stage, status: paid ? 'paid' : invoice.status };
  if (ladder.next && ladder.status !== 'done') {
    derived.nextActionDate = ladder.next.date;
    derived.nextActionKind = ladder.next.kind;
  } else {
    delete derived.nextActionDate;
    delete derived.nextActionKind;
  }
  return derived;
}
