import { describe, expect, it } from 'vitest';
import { classifyReply } from '../../../utils/detect/reply';
import { detectInvoice } from '../../../utils/detect/invoice';
import { warmUpReaders } from '../../../utils/detect/warm-up';

describe('warming up the readers', () => {
  it('changes none of their answers (they keep no state)', () => {
    const reply = 'Bonjour, le virement partira vendredi 13 mars. Cordialement';
    const mail = {
      id: 'm',
      threadId: 't',
      subject: 'Facture F-2026-077',
      from: { email: 'moi@example.fr' },
      to: [{ email: 'client@example.com' }],
      date: '2026-03-02T10:00:00+01:00',
      text: 'Facture F-2026-077, montant 900,00 € TTC, échéance 31/03/2026.',
      attachments: [],
    };
    const before = { reply: classifyReply(reply, '2026-03-10T09:00:00+01:00'), invoice: detectInvoice(mail) };
    warmUpReaders();
    expect({ reply: classifyReply(reply, '2026-03-10T09:00:00+01:00'), invoice: detectInvoice(mail) }).toEqual(before);
    expect(before.reply).toMatchObject({ kind: 'promise', promisedDate: '2026-03-13' });
    expect(before.invoice?.number).toBe('F-2026-077');
  });
});
