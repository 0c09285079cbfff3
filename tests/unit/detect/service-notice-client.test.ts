import { describe, expect, it } from 'vitest';
import { detectInvoice } from '../../../utils/detect/invoice';
import { classifyServiceNotice } from '../../../utils/detect/service-notice';
import type { MailMessage } from '../../../utils/mail/types';

const me = { name: 'Camille Martin', email: 'camille.martin@atelier-martin.fr' };
const mail = (from: MailMessage['from'], subject: string, text: string): MailMessage => ({
  id: 'm',
  subject,
  from,
  to: [me],
  date: '2026-10-26T09:00:00+01:00',
  text,
  attachments: [],
});

describe('service notices addressed to the user', () => {
  it('takes the customer named in a Stripe "invoice sent" notice as the debtor, not the user it is addressed to', () => {
    const m = mail(
      { name: 'Stripe', email: 'notifications@stripe.com' },
      'Facture F-2026-033 envoyée à Librairie Ardoise — 480,00 €',
      'La facture F-2026-033 a été envoyée à Librairie Ardoise (helene@librairie-ardoise.fr).\n\nMontant dû : 480,00 €\nÉchéance : 9 novembre 2026',
    );
    expect(classifyServiceNotice(m)).toMatchObject({
      service: 'stripe',
      kind: 'new-invoice',
      clientName: 'Librairie Ardoise',
      clientEmail: 'helene@librairie-ardoise.fr',
    });
    expect(detectInvoice(m)?.debtor).toEqual({ name: 'Librairie Ardoise', email: 'helene@librairie-ardoise.fr' });
  });

  it('reads a bank transfer notice as a payment received, from the payer it names', () => {
    const m = mail(
      { name: 'Qonto', email: 'notifications@qonto.com' },
      'Virement reçu : 1 200,00 € de ATELIER BOIS & CO',
      'Vous avez reçu un virement de 1 200,00 € sur votre compte.\n\nÉmetteur : ATELIER BOIS & CO\nLibellé : Facture F-2026-028',
    );
    expect(classifyServiceNotice(m)).toMatchObject({
      kind: 'payment-received',
      number: 'F-2026-028',
      amount: { minor: 120000, currency: 'EUR' },
      clientName: 'ATELIER BOIS & CO',
    });
    expect(detectInvoice(m)).toBeNull();
  });

  it('names the customer of an English notice', () => {
    const m = mail(
      { name: 'Pennylane', email: 'no-reply@pennylane.com' },
      'Your invoice F-2026-029 was sent to Nordic Agency',
      'Invoice F-2026-029 was sent to Nordic Agency (ap@nordic.example).\nAmount: €1,560.00\nDue date: 28/10/2026',
    );
    expect(classifyServiceNotice(m)).toMatchObject({ clientName: 'Nordic Agency', clientEmail: 'ap@nordic.example' });
  });
});
