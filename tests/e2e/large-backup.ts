import { chainEvent } from '../../utils/evidence/chain-event';
import { serializeBackup } from '../../utils/export/backup';
import type { TimelineEvent } from '../../utils/model/event';
import type { Invoice } from '../../utils/model/invoice';
import { CLIENT, INVOICES, SETTINGS } from '../unit/export/sample-case';

/** A backup large enough that restoring it takes a while: `invoices` invoices of one client, `events` notes each, chained. */
export async function largeBackup(invoices: number, events: number): Promise<string> {
  const records: Invoice[] = Array.from({ length: invoices }, (_, n) => ({ ...INVOICES[0], id: `i-${n}`, number: `F-2025-${String(n).padStart(5, '0')}` }));
  const chains = await Promise.all(
    records.map(async (invoice) => {
      const chain: TimelineEvent[] = [];
      for (let n = 0; n < events; n++) {
        chain.push(
          await chainEvent(chain[n - 1], {
            id: `${invoice.id}-e${n}`,
            invoiceId: invoice.id,
            recordedAt: '2026-03-01T10:00:00.000Z',
            occurredOn: '2026-03-01',
            kind: 'note',
            data: { text: `Note ${n}` },
          }),
        );
      }
      return chain;
    }),
  );
  return serializeBackup({ clients: [CLIENT], invoices: records, events: chains.flat(), settings: SETTINGS, templates: [] });
}
