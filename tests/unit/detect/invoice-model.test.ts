import { describe, expect, it } from 'vitest';
import { detectInvoice, invoiceFeaturesOfMail } from '../../../utils/detect/invoice';
import { DROP_BELOW, invoiceLogOdds, RESCUE_ABOVE } from '../../../utils/detect/invoice-model';
import { HALF, unpackNaiveBayes, WEIGHT_DIGITS } from '../../../utils/detect/naive-bayes';
import type { MailMessage } from '../../../utils/mail/types';

function mail(subject: string, text: string, attachments: string[] = []): MailMessage {
  return {
    id: 'm1',
    subject,
    from: { name: 'Yann Leroux', email: 'yann@demenagements-leroux.fr' },
    to: [{ name: 'Jean Dupuis', email: 'jean.dupuis@orange.fr' }],
    date: '2026-03-16T10:14:00+01:00',
    text,
    attachments: attachments.map((name) => ({ name })),
  };
}

/** A model that knows two words: "zebra" says invoice, "okapi" says not, each by `odds` (natural log units). */
function twoWordModel(odds: number) {
  const digit = (v: number) => WEIGHT_DIGITS[HALF + v];
  const half = Math.round(odds / 2);
  return unpackNaiveBayes({
    prior: [0, 0],
    step: 1,
    temperature: 1,
    vocab: 'okapi|zebra',
    weights: `${digit(half)}${digit(-half)}${digit(-half)}${digit(half)}`,
  });
}

const balance = mail(
  'Déménagement du 12 mars – solde',
  'Bonjour Monsieur Dupuis,\n\nSuite à votre déménagement du 12 mars, le solde de 1 840,00 € TTC reste à régler (acompte de 600 € déjà versé).\nMerci de procéder au virement sous 15 jours, RIB joint.\n\nCordialement',
  ['RIB.pdf', 'DEM-2026-044.pdf'],
);

describe('the learned invoice reader beside the rules (issue 15)', () => {
  it('reads a balance the rules miss (no word "facture"), and offers it rather than tracking it on its own', () => {
    expect(detectInvoice(balance, {}, null)).toBeNull();
    const got = detectInvoice(balance);
    expect(got).toMatchObject({ number: 'DEM-2026-044', amountDue: { minor: 184_000, currency: 'EUR' }, dueDate: '2026-03-31' });
    expect(got?.reasons).toContain('the learned reader reads an invoice');
    // The thread handler tracks on its own from 0.9: a mail only the model reads is offered to the user.
    expect(got!.confidence).toBeLessThan(0.9);
  });

  it('still leaves an order confirmation and a quote alone', () => {
    expect(detectInvoice(mail('Votre commande est confirmée', 'Merci pour votre commande n° 55120 de 89,90 €. Elle sera expédiée sous 48 heures.'))).toBeNull();
    expect(
      detectInvoice(
        mail('Devis DV-2026-07', 'Veuillez trouver ci-joint notre devis DV-2026-07 pour un montant de 3 200 € HT. Bon pour accord à nous retourner signé.', [
          'DV-2026-07.pdf',
        ]),
      ),
    ).toBeNull();
  });

  it('rescues only when sure, and only a mail with an amount or a number to chase', () => {
    const text = 'Zebra : 450,00 € pour la prestation du 3 mars.';
    expect(detectInvoice(mail('Prestation du 3 mars', text), {}, twoWordModel(RESCUE_ABOVE - 2))).toBeNull();
    expect(detectInvoice(mail('Prestation du 3 mars', text), {}, twoWordModel(RESCUE_ABOVE + 2))?.amountDue).toEqual({ minor: 45_000, currency: 'EUR' });
    expect(detectInvoice(mail('Prestation du 3 mars', 'Zebra, merci encore.'), {}, twoWordModel(RESCUE_ABOVE + 2))).toBeNull();
  });

  it('drops what unsure rules read as an invoice when sure it is not, and keeps what sure rules read', () => {
    const unsure = mail('Facture', 'Okapi : 450,00 €.');
    expect(detectInvoice(unsure, {}, null)).not.toBeNull();
    expect(detectInvoice(unsure, {}, twoWordModel(-DROP_BELOW - 2))).not.toBeNull();
    expect(detectInvoice(unsure, {}, twoWordModel(-DROP_BELOW + 2))).toBeNull();
    const sure = mail('Facture F-2026-014', 'Okapi. Ci-joint la facture F-2026-014.\nMontant TTC : 1 250,00 €\nPaiement à 30 jours.', [
      'Facture_F-2026-014.pdf',
    ]);
    expect(detectInvoice(sure, {}, twoWordModel(-DROP_BELOW + 2))?.number).toBe('F-2026-014');
  });

  it('reads the subject, the body and the attachments’ names, apart', () => {
    const features = invoiceFeaturesOfMail(mail('Facture 12', 'Zebra okapi 2026', ['Note_12.pdf']));
    expect(features).toEqual(expect.arrayContaining(['s:facture', 's:facture 0', 'zebra', 'zebra okapi', 'okapi 0', 'a:note', 'a:pdf']));
    expect(invoiceLogOdds(twoWordModel(20), features)).toBe(0); // both words: they cancel
  });
});
