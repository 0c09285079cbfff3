import { describe, expect, it } from 'vitest';
import { detectInvoice } from '../../../utils/detect/invoice';
import type { MailMessage } from '../../../utils/mail/types';

const invoiceMail = (text: string, dateAmbiguous?: boolean): MailMessage => ({
  id: 'm1',
  subject: 'Invoice INV-2026-077',
  from: { email: 'me@studio.fr' },
  to: [{ name: 'Oliver Hughes', email: 'oliver@hughes-design.co.uk' }],
  // Shown by the webmail as "02/03/2026 09:30", read month first as a guess.
  date: '2026-02-03T09:30:00+01:00',
  ...(dateAmbiguous ? { dateAmbiguous } : {}),
  text,
  attachments: [{ name: 'INV-2026-077.pdf' }],
});

describe('detectInvoice: dates written in the mail before the webmail’s header date', () => {
  const body = 'Hello Oliver,\n\nPlease find attached invoice INV-2026-077.\nAmount due: £900.00\nPayment due within 30 days.\n\nKind regards';

  it('takes the header date as the issue date when it was read for sure', () => {
    expect(detectInvoice(invoiceMail(body))).toMatchObject({ issueDate: '2026-02-03', dueDate: '2026-03-05' });
  });

  it('gives no issue date (and no due date from terms) rather than an ambiguous header date', () => {
    const candidate = detectInvoice(invoiceMail(body, true));
    expect(candidate?.number).toBe('INV-2026-077');
    expect(candidate?.issueDate).toBeUndefined();
    expect(candidate?.dueDate).toBeUndefined();
  });

  it('prefers the dates written in the text, which say which way round they are', () => {
    const written =
      'Hello Oliver,\n\nPlease find attached invoice INV-2026-077.\nInvoice date: 2 March 2026\nAmount due: £900.00\nPayment due by 1 April 2026.\n\nKind regards';
    expect(detectInvoice(invoiceMail(written, true))).toMatchObject({ issueDate: '2026-03-02', dueDate: '2026-04-01' });
  });
});
