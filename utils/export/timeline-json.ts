import type { TimelineEvent } from '../model/event';
import { verifyChainsByInvoice, type ChainVerification } from '../evidence/verify-chain';
import { chainEndOf, chainSealsOf } from '../evidence/chain-seal';

export interface TimelineJson {
  format: 'relance-timeline';
  version: 1;
  exportedAt: string;
  /** How to check the hashes without Relance. */
  method: string;
  client: { name: string; company?: string; siren?: string };
  /** `chainHead`: the hash of the invoice's last event at export time, to prove later that nothing was cut off. */
  invoices: Array<{ id: string; number: string; issueDate?: string; dueDate?: string; chainHead: string; eventCount: number; verification: ChainVerification }>;
  /** Every event as stored, by invoice then chain order, so each chain can be re-verified as it stands. */
  events: TimelineEvent[];
}

const METHOD =
  'Each event\'s "hash" is the lower-case hex SHA-256 of the RFC 8785 canonical JSON of the event without its "hash" member; ' +
  '"prevHash" is the hash of the previous event (seq - 1) of the same invoice, "" for seq 0. ' +
  'Each invoice\'s "chainHead" is the hash of its last event and "eventCount" their number: a copy ending earlier was cut.';

/** The timeline as JSON, with each invoice's chain verified at export time. */
export async function timelineJson(input: {
  client: { name: string; company?: string; siren?: string };
  invoices: ReadonlyArray<{ id: string; number: string; issueDate?: string; dueDate?: string; chainHead?: string; eventCount?: number }>;
  events: readonly TimelineEvent[];
  exportedAt: string;
}): Promise<string> {
  const verification = await verifyChainsByInvoice([...input.events], chainSealsOf(input.invoices));
  const order = new Map(input.invoices.map((invoice, index) => [invoice.id, index]));
  const events = [...input.events].sort((a, b) => (order.get(a.invoiceId) ?? Infinity) - (order.get(b.invoiceId) ?? Infinity) || a.seq - b.seq);
  const document: TimelineJson = {
    format: 'relance-timeline',
    version: 1,
    exportedAt: input.exportedAt,
    method: METHOD,
    client: { name: input.client.name, company: input.client.company, siren: input.client.siren },
    invoices: input.invoices.map((invoice) => ({
      id: invoice.id,
      number: invoice.number,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      chainHead: chainEndOf(invoice, events).head,
      eventCount: chainEndOf(invoice, events).count,
      verification: verification.get(invoice.id) ?? { intact: true, count: 0 },
    })),
    events,
  };
  return JSON.stringify(document, null, 2);
}
