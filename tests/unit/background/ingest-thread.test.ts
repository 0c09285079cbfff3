import { describe, expect, it } from 'vitest';
import { ingestThread } from '../../../utils/background/ingest-thread';
import { newClient, newInvoice } from '../../../utils/background/new-invoice';
import type { MailMessage } from '../../../utils/mail/types';
import { DEFAULT_SETTINGS } from '../../../utils/model/settings';
import { parseRequest } from '../../../utils/messages';

const AT = '2026-10-01T10:00:00+02:00';

/** A tracked invoice whose client has no e-mail address on record (as a record kept from before addresses were required). */
function snapshotWithoutAddress() {
  const client = newClient({ name: 'Boulangerie Petit', email: '' }, 'business', DEFAULT_SETTINGS, AT);
  const invoice = newInvoice(
    { number: 'F-9', amountDue: { minor: 100_000, currency: 'EUR' }, issueDate: '2026-09-01', dueDate: '2026-09-30' },
    client.id,
    { kind: 'mail', ref: 't', webmail: 'gmail', addedAt: AT },
    AT,
  );
  return { invoice, client, timeline: [], settings: DEFAULT_SETTINGS };
}

const mail = (over: Partial<MailMessage>): MailMessage => ({
  id: 'm1',
  threadId: 't',
  subject: 'Re: Facture F-9',
  from: { email: '' },
  to: [{ email: 'camille@atelier-martin.fr' }],
  date: '2026-10-05T09:00:00+02:00',
  text: 'Bonjour, je vous paie le 20/10/2026 pour la facture F-9.',
  attachments: [],
  ...over,
});

describe('ingestThread: whose mail is the debtor’s', () => {
  it('a mail whose sender the webmail did not show is nobody’s reply, even for a client with no address on record', async () => {
    const snapshot = snapshotWithoutAddress();
    expect(snapshot.client.emailKeys).toEqual(['']);
    expect(await ingestThread(snapshot, [mail({})], 'camille@atelier-martin.fr')).toBeUndefined();
  });
});

describe('tracking from a webmail', () => {
  it('refuses a debtor without an e-mail address: whose replies would feed the invoice?', () => {
    const track = (email: string) =>
      parseRequest({
        type: 'invoice:track',
        fields: {
          number: 'F-9',
          amountDue: { minor: 100_000, currency: 'EUR' },
          issueDate: '2026-09-01',
          dueDate: '2026-09-30',
          debtor: { name: 'Boulangerie Petit', email },
          debtorKind: 'business',
        },
      }).ok;
    expect(track('sophie@boulangerie-petit.fr')).toBe(true);
    expect(track('')).toBe(false);
    expect(track('Boulangerie Petit')).toBe(false);
  });
});
