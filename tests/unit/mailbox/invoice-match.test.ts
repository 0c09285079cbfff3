import { describe, expect, it } from 'vitest';
import { noticeMatchesInvoice, threadFeedsInvoice, type InvoiceIdentity } from '../../../utils/mailbox/invoice-match';
import { invoiceNumbersNamed } from '../../../utils/mailbox/invoice-number-named';
import { threadChasesInvoice } from '../../../utils/mailbox/thread-chases-invoice';
import type { MailAddress, MailMessage } from '../../../utils/mail/types';

const me: MailAddress = { name: 'Camille Martin', email: 'camille.martin@atelier-martin.fr' };
const paul: MailAddress = { name: 'Paul Girard', email: 'paul@atelierbois.fr' };
const sophie: MailAddress = { name: 'Sophie Petit', email: 'sophie@boulangerie-petit.fr' };

const F028: InvoiceIdentity = {
  number: 'F-2026-028',
  total: { minor: 120_000, currency: 'EUR' },
  amountDue: { minor: 120_000, currency: 'EUR' },
  clientEmails: ['paul@atelierbois.fr'],
  clientNames: ['Paul Girard'],
};

let seq = 0;
function mail(from: MailAddress, to: MailAddress, subject: string, text: string, date = '2026-10-27T09:30:00+01:00'): MailMessage {
  return { id: `m${++seq}`, subject, from, to: [to], cc: [], date, text, attachments: [] };
}

const feeds = (messages: MailMessage[]) => threadFeedsInvoice(messages, invoiceNumbersNamed(messages).numbers, F028);

describe('a thread feeds a tracked invoice', () => {
  it('when it names the number and the debtor takes part', () => {
    expect(feeds([mail(me, paul, 'Relance facture F-2026-028', 'Bonjour Paul,\n\nLa facture n° F-2026-028 de 1 200,00 € reste impayée.')])).toBe(true);
    // The debtor's reply that does not repeat the number belongs to the thread that names it.
    const thread = [mail(me, paul, 'Facture F-2026-028', 'Petit rappel : la facture n° F-2026-028.'), mail(paul, me, 'Re: Facture F-2026-028', "C'est payé.")];
    expect(feeds(thread)).toBe(true);
  });

  it('not for the same number with another client', () => {
    expect(feeds([mail(me, sophie, 'Relance facture F-2026-028', 'Bonjour Sophie,\n\nLa facture n° F-2026-028 de 1 200,00 € reste impayée.')])).toBe(false);
  });

  it('not for another invoice of the same client bearing that number with another amount', () => {
    const other = mail(
      me,
      paul,
      'Facture F-2026-028',
      'Bonjour Paul,\n\nVeuillez trouver ci-jointe la facture n° F-2026-028.\n\nMontant : 450,00 € TTC\nÉchéance : 20/11/2026',
    );
    expect(feeds([other])).toBe(false);
  });

  it('not for a quote carrying the number', () => {
    const quote = mail(
      me,
      paul,
      'Devis F-2026-028 — site vitrine',
      'Bonjour Paul,\n\nCi-joint mon devis n° F-2026-028 pour le site vitrine : 1 200,00 € TTC, devis valable 30 jours.',
    );
    expect(invoiceNumbersNamed([quote]).numbers).toEqual([]);
    expect(feeds([quote])).toBe(false);
  });
});

describe('a payment or service notice matches a tracked invoice', () => {
  const qonto = { service: 'qonto', kind: 'payment-received' as const, amount: { minor: 120_000, currency: 'EUR' }, clientName: 'ATELIER BOIS & CO' };

  it('with the same number, its amount and the debtor named (by company or address)', () => {
    expect(noticeMatchesInvoice(qonto, 'F-2026-028', F028)).toBe(true);
    expect(noticeMatchesInvoice({ ...qonto, clientName: undefined, clientEmail: 'Paul@AtelierBois.fr' }, 'F-2026-028', F028)).toBe(true);
    // What is left after a recorded partial payment fits as well as the total.
    expect(
      noticeMatchesInvoice({ ...qonto, amount: { minor: 20_000, currency: 'EUR' } }, 'F-2026-028', { ...F028, amountDue: { minor: 20_000, currency: 'EUR' } }),
    ).toBe(true);
  });

  it('not for the same number paid by another client', () => {
    expect(noticeMatchesInvoice({ ...qonto, clientName: 'BOULANGERIE PETIT' }, 'F-2026-028', F028)).toBe(false);
    expect(noticeMatchesInvoice({ ...qonto, clientName: undefined, clientEmail: 'sophie@boulangerie-petit.fr' }, 'F-2026-028', F028)).toBe(false);
  });

  it('not for the same client paying another amount or in another currency', () => {
    expect(noticeMatchesInvoice({ ...qonto, amount: { minor: 85_000, currency: 'EUR' } }, 'F-2026-028', F028)).toBe(false);
    expect(noticeMatchesInvoice({ ...qonto, amount: { minor: 120_000, currency: 'USD' } }, 'F-2026-028', F028)).toBe(false);
  });

  it('not for another number', () => {
    expect(noticeMatchesInvoice(qonto, 'F-2026-027', F028)).toBe(false);
  });
});

describe('a thread about an invoice is not the invoice', () => {
  it('tells a reminder or a reply from the mail that sends the invoice', () => {
    expect(
      threadChasesInvoice(
        [mail(me, paul, 'Relance : facture n° F-2026-028', 'Bonjour Paul,\n\nJe me permets de vous rappeler la facture n° F-2026-028.')],
        'F-2026-028',
      ),
    ).toBe(true);
    expect(threadChasesInvoice([mail(paul, me, 'Re: Facture F-2026-028', 'Je regarde la facture F-2026-028 et reviens vers vous.')], 'F-2026-028')).toBe(true);
    const invoice = mail(
      me,
      paul,
      'Facture F-2026-028',
      'Bonjour Paul,\n\nVeuillez trouver ci-jointe la facture n° F-2026-028.\n\nEn cas de retard de paiement, pénalités au taux légal.',
    );
    expect(threadChasesInvoice([invoice, mail(me, paul, 'Facture F-2026-028', 'Petit rappel : la facture n° F-2026-028 reste impayée.')], 'F-2026-028')).toBe(
      false,
    );
    expect(
      threadChasesInvoice([{ ...mail(me, paul, 'Relance F-2026-028', 'Relance, facture jointe.'), attachments: [{ name: 'F-2026-028.pdf' }] }], 'F-2026-028'),
    ).toBe(false);
  });
});
