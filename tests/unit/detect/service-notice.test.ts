import { describe, expect, it } from 'vitest';
import { classifyServiceNotice } from '../../../utils/detect/service-notice';
import type { MailMessage } from '../../../utils/mail/types';

function mail(subject: string, text: string, fromName: string, email: string): MailMessage {
  return {
    id: 'n',
    subject,
    from: { name: fromName, email },
    to: [{ name: 'Acme Widgets', email: 'ap@acme.co.uk' }],
    date: '2026-04-01T10:00:00+01:00',
    text,
    attachments: [],
  };
}

describe('classifyServiceNotice', () => {
  it('reads a Stripe invoice by its display name, even from a custom domain', () => {
    const got = classifyServiceNotice(
      mail('Your invoice from Studio Lumen #A1-0007', 'Invoice #A1-0007\n$12,500.00\nDue May 13, 2026', 'Studio Lumen via Stripe', 'billing@studiolumen.com'),
    );
    expect(got).toMatchObject({
      service: 'stripe',
      kind: 'new-invoice',
      number: 'A1-0007',
      amount: { minor: 1250000, currency: 'USD' },
      issuerName: 'Studio Lumen',
    });
  });

  it('reads a Xero reminder and the client it names', () => {
    const got = classifyServiceNotice(
      mail(
        'Invoice INV-0051 is overdue',
        'Invoice INV-0051 for GBP 1,200.00 was due on 25 Mar 2026.\nView and pay your bill online: https://in.xero.com/Zz99',
        'Lumen Studio Ltd',
        'messaging-service@post.xero.com',
      ),
    );
    expect(got).toMatchObject({ service: 'xero', kind: 'service-reminder', number: 'INV-0051', clientName: 'Acme Widgets' });
  });

  it('reads a French receipt as a payment', () => {
    const got = classifyServiceNotice(
      mail(
        'Paiement reçu - Facture F-0051',
        'Merci pour votre paiement de 980,00 €.\nFacture : F-0051',
        'Studio Lumen via Invoice Ninja',
        'noreply@invoicing.co',
      ),
    );
    expect(got).toMatchObject({ service: 'invoiceninja', kind: 'payment-received', number: 'F-0051', amount: { minor: 98000, currency: 'EUR' } });
  });

  it('recognises a service by its footer', () => {
    expect(
      classifyServiceNotice(
        mail('Facture FA-1', 'Veuillez trouver ci-joint la facture FA-1 de 100,00 €.\n\nEnvoyé avec Axonaut', 'Agence Pixel', 'compta@pixel.fr'),
      )?.service,
    ).toBe('axonaut');
  });

  it('is not fooled by "if you have already paid" in a reminder', () => {
    expect(
      classifyServiceNotice(
        mail(
          'Rappel : facture F-9',
          'La facture F-9 de 50,00 € est échue. Si vous avez déjà effectué le paiement, ignorez ce message.',
          'X via Pennylane',
          'no-reply@pennylane.com',
        ),
      )?.kind,
    ).toBe('service-reminder');
  });

  it("returns null for a person's own mail", () => {
    expect(classifyServiceNotice(mail('Facture F-1', 'Ci-joint ma facture de 100 €.', 'Abby Martin', 'abby.martin@gmail.com'))).toBeNull();
  });
});
