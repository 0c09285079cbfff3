import { describe, expect, it } from 'vitest';
import { detectInvoice, MAX_INVOICE_CONFIDENCE } from '../../../utils/detect/invoice';
import { loadInvoiceCases } from '../../fixtures/mails/corpus';
import type { MailMessage } from '../../../utils/mail/types';

function mail(subject: string, text: string, extra: Partial<MailMessage> = {}): MailMessage {
  return {
    id: 'm1',
    subject,
    from: { name: 'Camille Martin', email: 'camille@atelier-martin.fr' },
    to: [{ name: 'Jean Dupuis', email: 'compta@boulangerie-dupuis.fr' }],
    date: '2026-03-02T10:14:00+01:00',
    text,
    attachments: [],
    ...extra,
  };
}

describe('detectInvoice', () => {
  it('reads an invoice sent by the freelancer', () => {
    const got = detectInvoice(
      mail('Facture F-2026-014', 'Ci-joint la facture F-2026-014.\nMontant TTC : 1\u202f250,00\u00a0€\nPaiement à 30 jours.\nIndemnité de 40 €.', {
        attachments: [{ name: 'Facture_F-2026-014.pdf' }],
      }),
    );
    expect(got).toMatchObject({
      number: 'F-2026-014',
      amountDue: { minor: 125000, currency: 'EUR' },
      issueDate: '2026-03-02',
      dueDate: '2026-04-01',
      debtor: { email: 'compta@boulangerie-dupuis.fr' },
      source: 'self',
    });
    expect(got!.confidence).toBeGreaterThan(0.8);
  });

  it('reads an explicit due date over the terms', () => {
    expect(detectInvoice(mail('Facture 12', 'Voici ma facture n° 12 : 680 euros. Merci de régler avant le 20/03/2026.'))?.dueDate).toBe('2026-03-20');
  });

  it('reads US dates in a dollar invoice', () => {
    const got = detectInvoice(
      mail('Invoice #1042', 'Attached is invoice #1042. The total is $2,350.00, due 04/05/2026.', {
        from: { email: 'mike@studio.com' },
        date: '2026-03-20T10:00:00-05:00',
      }),
    );
    expect(got).toMatchObject({ number: '1042', amountDue: { minor: 235000, currency: 'USD' }, dueDate: '2026-04-05' });
  });

  it('recognises an invoicing service notice', () => {
    const got = detectInvoice(
      mail(
        'Nouvelle facture F-0057 de Studio Lumen',
        "Pour visionner votre facture de 1 450,00 €, cliquez sur le lien ci-dessous.\nDate d'échéance : 22/03/2026",
        {
          from: { name: 'Studio Lumen via Invoice Ninja', email: 'noreply@invoicing.co' },
        },
      ),
    );
    expect(got).toMatchObject({ number: 'F-0057', amountDue: { minor: 145000, currency: 'EUR' }, dueDate: '2026-03-22', source: 'invoiceninja' });
  });

  it.each([
    ['a quote', 'Devis D-2026-031', 'Veuillez trouver ci-joint le devis. Montant total TTC : 7 450,00 €'],
    ['a pro forma', 'Facture proforma PF-118', 'Ci-joint la facture pro forma. Total : 7 200,00 EUR'],
    ['a credit note', 'Avoir AV-2026-004', "Voici l'avoir de 150,00 € sur la facture F-2026-014."],
    ['a receipt', 'Re: Facture F-2026-021', 'Bien reçu votre virement de 890 €, merci ! La facture est donc soldée.'],
    ['an order confirmation', 'Confirmation de votre commande', 'Total de la commande : 86,40 € TTC'],
    ['a payslip', 'Votre bulletin de paie', 'Net à payer : 2 845,12 €'],
    ['a newsletter', 'Factures impayées : 5 conseils', 'Indemnité de 40 €. Se désinscrire'],
    ['a budget in a conversation', 'Re: budget', 'On a un budget de 12 000 € HT pour la refonte.'],
    ['a direct debit', 'Votre facture Free Mobile', 'Votre facture de 19,99 € est disponible. Ce montant sera prélevé le 05/04.'],
  ])('says no to %s', (_, subject, text) => {
    expect(detectInvoice(mail(subject, text))).toBeNull();
  });

  it('never throws on bad input and stays bounded', () => {
    const huge = `Facture F-1\nTotal TTC 100,00 €\n${'lorem ipsum '.repeat(90_000)}`;
    const cases: MailMessage[] = [
      mail('', ''),
      mail('Facture F-1', huge),
      mail('Facture F-1', '<html><body><p>Total&nbsp;TTC : <b>100,00&nbsp;&euro;</b></p></body></html>'),
      mail('Facture F-1', 'Total TTC 100,00 € échéance 31/02/2026'),
      {} as MailMessage,
      { subject: null, text: null, to: null, attachments: null } as unknown as MailMessage,
    ];
    for (const c of cases) {
      const t0 = performance.now();
      expect(() => detectInvoice(c)).not.toThrow();
      expect(performance.now() - t0).toBeLessThan(1_000); // bounded, not timed: a runaway regex takes seconds; speed is `npm run bench`'s
    }
    expect(detectInvoice(cases[2])?.amountDue).toEqual({ minor: 10000, currency: 'EUR' });
    expect(detectInvoice(cases[3])?.dueDate).toBeUndefined();
  });

  it('picks the labelled total among three currencies', () => {
    const got = detectInvoice(
      mail('Invoice INV-88', 'Costs passed through: $450.00 and £120.00.\nTotal due: EUR 3,760.00', { from: { email: 'lena@fischer.de' } }),
    );
    expect(got?.amountDue).toEqual({ minor: 376000, currency: 'EUR' });
  });
});

describe('detectInvoice on mail written elsewhere (issue 15)', () => {
  it('reads an ISO currency code before or after the amount, not euros', () => {
    const nzd = detectInvoice(
      mail(
        'Invoice INV-0042 from Kiwi Design Ltd',
        'Hi Tom,\nHere is invoice INV-0042 for NZD 5,175.00.\nThe amount outstanding of NZD 5,175.00 is due on 20 Nov 2026.',
      ),
    );
    expect(nzd?.amountDue).toEqual({ minor: 517500, currency: 'NZD' });
    const sek = detectInvoice(mail('Faktura / Invoice 2026-88', 'Please find attached invoice 2026-88.\nTotal: 12 400,00 SEK\nDue date: 30/11/2026'));
    expect(sek?.amountDue).toEqual({ minor: 1240000, currency: 'SEK' });
  });

  it('takes a date-shaped number when the mail says it is the invoice number', () => {
    const got = detectInvoice(
      mail('Facture n° 2026-07-12 – traduction', 'Je vous prie de trouver ci-joint ma facture n° 2026-07-12.\nMontant TTC : 2 232,00 €\nRèglement à 30 jours.'),
    );
    expect(got?.number).toBe('2026-07-12');
    // An unlabelled date is still a date, not a number.
    expect(detectInvoice(mail('Facture', 'Ci-joint la facture du 2026-07-12 : 300,00 € TTC.'))?.number).toBeUndefined();
    // "ref." labels the number as well as "n°" does.
    expect(detectInvoice(mail('Invoice ref. 2026-19', 'Please find attached invoice ref. 2026-19 for €850.00, due within 30 days.'))?.number).toBe('2026-19');
  });

  it('prefers the number the attachment and the text agree on over another invoice mentioned in passing', () => {
    const got = detectInvoice(
      mail(
        'Facture de solde cuisine - FA-ML-2026-019',
        'Ci-joint la facture de solde.\nAcompte versé (facture FA-ML-2026-008) : 3 150,00 € TTC\nReste à payer : 7 350,00 € TTC',
        {
          attachments: [{ name: 'FA-ML-2026-019.pdf' }],
        },
      ),
    );
    expect(got).toMatchObject({ number: 'FA-ML-2026-019', amountDue: { minor: 735000, currency: 'EUR' } });
  });

  it('tracks a Factur-X sent with "veuillez trouver ci-joint notre facture": the amount comes from the attachment', () => {
    const got = detectInvoice(
      mail('Facture 2026-11-07 – PO-90127', 'Madame, Monsieur,\nVeuillez trouver ci-joint notre facture.\nCordialement', {
        attachments: [{ name: 'Facture_2026-11-07.pdf' }],
      }),
    );
    expect(got).toMatchObject({ number: '2026-11-07', reasons: expect.arrayContaining(['amount in the attached invoice']) });
    expect(got?.amountDue).toBeUndefined();
    // Without an attached file there is nothing to read the amount from: not an invoice to track.
    expect(detectInvoice(mail('Facture 2026-11-07', 'Veuillez trouver ci-joint notre facture.'))).toBeNull();
  });

  it('an invoice that deducts a deposit or a credit note is still an invoice; a recorded payment is not', () => {
    const got = detectInvoice(
      mail(
        'Tax Invoice HLA-1248',
        'Please find attached Tax Invoice HLA-1248.\nSubtotal: $7,700.00\nLess credit note HLA-CN-003: -$440.00\nAmount payable: AUD 7,260.00',
        { attachments: [{ name: 'HLA-1248.pdf' }] },
      ),
    );
    expect(got?.amountDue).toEqual({ minor: 726000, currency: 'AUD' });
    expect(
      detectInvoice(mail('Paiement enregistré : facture FAC-2026-00466', 'Un paiement de 3 480,00 € a été enregistré pour la facture FAC-2026-00466.')),
    ).toBeNull();
  });
});

describe("amounts, terms and look-alikes met in outside writers' mail (our own wording)", () => {
  it('keeps a total labelled with its tax in brackets, and the amount of "this invoice" among a course\'s shares', () => {
    const gst = detectInvoice(
      mail(
        'Tax invoice TI-88',
        'Please find attached tax invoice TI-88.\nFees (ex GST): $2,000.00\nGST: $200.00\nTotal (inc GST): AUD 2,200.00\nPayment terms: 14 days.',
        {
          attachments: [{ name: 'TI-88.pdf' }],
        },
      ),
    );
    expect(gst?.amountDue).toEqual({ minor: 220000, currency: 'AUD' });
    const share = detectInvoice(
      mail(
        'Facture FO-12 – formation',
        'Ci-joint la facture FO-12.\nCoût total de la formation : 2 000,00 €\nPart financée : 1 600,00 €\nMontant de la présente facture : 1 600,00 €, payable à 30 jours.',
        { attachments: [{ name: 'FO-12.pdf' }] },
      ),
    );
    expect(share?.amountDue).toEqual({ minor: 160000, currency: 'EUR' });
  });

  it('reads "N days to pay" as terms', () => {
    const got = detectInvoice(
      mail('invoice for the roof', 'invoice 4410 attached, £800 all in. 10 days to pay please', { attachments: [{ name: 'Invoice 4410.pdf' }] }),
    );
    expect(got?.dueDate).toBe('2026-03-12');
  });

  it("is not fooled by a payment notice or a client's approval mail", () => {
    expect(
      detectInvoice(
        mail('Payment of $900.00 from Blue Kiosk', 'Payment succeeded\n\nBlue Kiosk paid invoice #2210.\nAmount: $900.00', {
          from: { name: 'Stripe', email: 'notifications@stripe.com' },
        }),
      ),
    ).toBeNull();
    expect(
      detectInvoice(
        mail(
          'Invoice 5120 received',
          'Dear Supplier,\n\nYour invoice 5120 of $1,200.00 has been received and approved. It is scheduled for payment on 30 days terms.',
        ),
      ),
    ).toBeNull();
  });
});

describe('currencies, liberal professions and mixed subjects (our own wording)', () => {
  const sent = (subject: string, text: string) => detectInvoice(mail(subject, text, { attachments: [{ name: 'facture.pdf' }] }));

  it.each([
    ['Professional fees: ₹2,40,000.00', { minor: 24000000, currency: 'INR' }],
    ['Total: ¥120,000', { minor: 12000000, currency: 'JPY' }],
    ['Montant à régler : 1 980,00 $ CA', { minor: 198000, currency: 'CAD' }],
  ])('reads "%s"', (line, money) => {
    expect(sent('Invoice INV-77', `Please find attached invoice INV-77.\n${line}\nPayable within 30 days.`)?.amountDue).toEqual(money);
  });

  it("reads a note d'honoraires as an invoice, unless it says it is already settled", () => {
    expect(sent("Note d'honoraires NH-31", "Veuillez trouver ci-joint ma note d'honoraires NH-31.\nTotal TTC : 960,00 €\nRèglement à 30 jours.")?.number).toBe(
      'NH-31',
    );
    expect(sent("Note d'honoraires NH-32", "Ci-joint ma note d'honoraires NH-32 pour le dossier Martin, déjà réglée par provision.")).toBeNull();
  });

  it('reads a deposit invoice whose subject also names the accepted quote', () => {
    const got = sent(
      "Devis D-40 accepté – facture d'acompte",
      "Merci pour la signature. Voici la facture d'acompte n° AC-12.\nTotal TTC à régler : 1 200,00 €\nPayable à réception.",
    );
    expect(got).toMatchObject({ number: 'AC-12', amountDue: { minor: 120000, currency: 'EUR' } });
  });
});

describe('CFA francs, a rate on the next line, "i.e." and receipted invoices (our own wording)', () => {
  const sent = (subject: string, text: string) => detectInvoice(mail(subject, text, { attachments: [{ name: 'facture.pdf' }] }));

  it('reads FCFA as XOF and keeps a TTC total whose next line mentions a rate', () => {
    expect(sent('Facture DK-7', 'Ci-joint la facture DK-7.\nMontant : 850 000 FCFA\nÉchéance : 30 jours')?.amountDue).toEqual({
      minor: 85000000,
      currency: 'XOF',
    });
    expect(
      sent('Facture RE-3', 'Voici la facture RE-3.\nTotal : 400,00 € HT – TVA : 34,00 € – Total TTC : 434,00 €\n(taux réduit des DOM)')?.amountDue,
    ).toEqual({
      minor: 43400,
      currency: 'EUR',
    });
  });

  it('takes the amount after "i.e." and leaves a receipted invoice alone', () => {
    expect(sent('Deposit invoice D-9', 'Here is deposit invoice D-9: 40% of $5,000.00, i.e. $2,000.00, payable on receipt.')?.amountDue).toEqual({
      minor: 200000,
      currency: 'USD',
    });
    expect(sent('Facture F-88 acquittée', 'Merci pour ton règlement, voici la facture F-88 acquittée.\nMontant réglé : 300,00 €')).toBeNull();
  });
});

describe('learned from the eighth outside set (our own wording)', () => {
  const sent = (subject: string, text: string) => detectInvoice(mail(subject, text, { attachments: [{ name: 'facture.pdf' }] }));

  it('asks for the total less a part said to be paid, when the remainder is not written', () => {
    expect(
      sent(
        'Invoice INV-31 – balance',
        'Invoice INV-31 attached. Total: $3,200.00. Thanks for the deposit of $1,000.00 received last week; please settle the balance by 30 March.',
      )?.amountDue,
    ).toEqual({ minor: 220000, currency: 'USD' });
    expect(
      sent('Facture F-77', 'Ci-joint la facture F-77 : total TTC 1 500,00 €, avance de 500,00 € déjà versée. Merci de régler le reste sous 15 jours.')
        ?.amountDue,
    ).toEqual({ minor: 100000, currency: 'EUR' });
    // The remainder written out is taken as it is; a part still to pay is no part paid.
    expect(
      sent('Facture F-78', 'Ci-joint la facture F-78. Total TTC : 2 000,00 €, acompte de 600,00 € déjà réglé, reste à payer : 1 400,00 €.')?.amountDue,
    ).toEqual({ minor: 140000, currency: 'EUR' });
    expect(
      sent('Invoice INV-32', 'Invoice INV-32 attached: total $3,000.00, with a deposit of $900.00 due now and the balance on delivery.')?.amountDue,
    ).not.toEqual({
      minor: 210000,
      currency: 'USD',
    });
  });

  it('leaves alone an invoice already charged to a card', () => {
    expect(sent('Your Toolbox invoice', 'Your invoice TB-5512 for the Team plan is attached. We charged $29.00 to your Visa ending 4242.')).toBeNull();
    expect(sent('Votre facture Logix', 'Votre facture LX-901 est disponible. Le montant de 12,00 € a été débité sur votre carte.')).toBeNull();
  });
});

describe('payment terms counted from the invoice date (our own wording)', () => {
  const sent = (subject: string, text: string) => detectInvoice(mail(subject, text, { attachments: [{ name: 'facture.pdf' }] }));

  it.each([
    ['Invoice A-1 attached. Total: EUR 900.00\nDue: 30 days from invoice date', '2026-04-01'],
    ['Ci-joint la facture A-2, 900,00 € TTC, payable 15 jours à compter de la date de facture.', '2026-03-17'],
    ['Invoice A-3 attached, total £900.00, payment 14 days after the invoice date.', '2026-03-16'],
  ])('%s → due %s', (text, due) => {
    expect(sent('Invoice', text)?.dueDate).toBe(due);
  });

  it('leaves a reminder of a sum "due 30 days ago" without terms', () => {
    expect(sent('Invoice A-4', 'Invoice A-4 attached, total €900.00, was due 30 days ago.')?.dueDate).toBeUndefined();
  });
});

describe('deposits, terms after the total and debits met in the ninth outside set (our own wording)', () => {
  const pdf = (name: string) => ({ attachments: [{ name }] });

  it('bills the deposit of a deposit invoice, not the project total given beside it', () => {
    const got = detectInvoice(
      mail(
        'Deposit invoice AC-7',
        'Here is deposit invoice AC-7.\n40% deposit on the agreed quote (total €2,500.00): €1,000.00, payable on receipt.',
        pdf('AC-7.pdf'),
      ),
    );
    expect(got?.amountDue).toEqual({ minor: 100000, currency: 'EUR' });
  });

  it('takes off a deposit given as a share of the total and said to be deducted', () => {
    const fr = detectInvoice(
      mail(
        'Facture F-88 – site vitrine',
        'Ci-joint la facture F-88. Total TTC : 3 000,00 € ; l’acompte de 20 % versé au lancement est déduit.',
        pdf('F-88.pdf'),
      ),
    );
    expect(fr?.amountDue).toEqual({ minor: 240000, currency: 'EUR' });
    const en = detectInvoice(
      mail('Invoice 512', 'Invoice 512 attached. Project total: $2,000.00; the 10% deposit you sent in May has been deducted.', pdf('512.pdf')),
    );
    expect(en?.amountDue).toEqual({ minor: 180000, currency: 'USD' });
  });

  it('reads the days written after the total as terms', () => {
    expect(detectInvoice(mail('Invoice 77', 'Invoice 77 attached.\nTotal: €640.00 – 15 days.', pdf('77.pdf')))?.dueDate).toBe('2026-03-17');
  });

  it('does not chase an invoice the bank takes on a set day', () => {
    expect(detectInvoice(mail('Votre facture HB-03 est disponible', 'Votre facture HB-03 : 90,00 € TTC, prélevé le 10 mars.', pdf('HB-03.pdf')))).toBeNull();
  });
});

describe('a bill written to the user is not a receivable (the signed-in account known)', () => {
  const bill = mail('Facture EC-12 – relecture', 'Bonjour Camille,\nCi-joint ma facture EC-12 pour la relecture : 240,00 €, payable à 30 jours.\nLéa', {
    from: { name: 'Léa Roy', email: 'lea@relecture-roy.fr' },
    to: [{ name: 'Camille Martin', email: 'camille@atelier-martin.fr' }],
    attachments: [{ name: 'EC-12.pdf' }],
  });

  it('reads it as an invoice on its content alone, and as none once the mailbox is known to be its recipient', () => {
    expect(detectInvoice(bill)).not.toBeNull();
    expect(detectInvoice(bill, { account: 'Camille@Atelier-Martin.fr' })).toBeNull();
  });

  it('still reads the user’s own invoice, an answer quoting one, and a service’s notice naming the customer', () => {
    const own = mail('Facture F-2026-014', 'Ci-joint la facture F-2026-014 : 1 250,00 € TTC, payable à 30 jours.', {
      attachments: [{ name: 'F-2026-014.pdf' }],
    });
    expect(detectInvoice(own, { account: 'camille@atelier-martin.fr' })?.number).toBe('F-2026-014');
    const answer = {
      ...bill,
      subject: 'RE: Facture F-2026-014',
      text: 'Bien reçu, merci.\n\n> Ci-joint la facture F-2026-014 : 1 250,00 € TTC, payable à 30 jours.',
    };
    expect(detectInvoice(answer, { account: 'camille@atelier-martin.fr' })).toEqual(detectInvoice(answer));
    const notice = {
      ...bill,
      from: { name: 'Atelier Martin', email: 'invoice+statements@stripe.com' },
      text: `${bill.text}\nFacture envoyée à Jean Dupuis (compta@boulangerie-dupuis.fr).`,
    };
    expect(detectInvoice(notice, { account: 'camille@atelier-martin.fr' })?.debtor?.email).toBe('compta@boulangerie-dupuis.fr');
  });

  it('reads none written to the user’s firm at another of its addresses, and still reads one to a client on a public mail domain', () => {
    const toFirm = { ...bill, to: [{ name: 'Comptabilité', email: 'compta@atelier-martin.fr' }] };
    expect(detectInvoice(toFirm)).not.toBeNull();
    expect(detectInvoice(toFirm, { account: 'camille@atelier-martin.fr' })).toBeNull();
    // An accountant sending the user's invoice to a client who happens to share the user's public provider.
    const onGmail = { ...bill, to: [{ name: 'Jean Dupuis', email: 'jean.dupuis@gmail.com' }] };
    expect(detectInvoice(onGmail, { account: 'camille.martin@gmail.com' })).not.toBeNull();
  });

  it('reads no receivable the user would owe: a supplier billing the user through a service', () => {
    const supplier = { ...bill, from: { name: 'Coworking du Port', email: 'invoice+statements@stripe.com' } };
    expect(detectInvoice(supplier)?.debtor?.email).toBe('camille@atelier-martin.fr');
    expect(detectInvoice(supplier, { account: 'camille@atelier-martin.fr' })).toBeNull();
  });
});

describe('builders’ invoices met in the tenth outside set (our own wording)', () => {
  const pdf = (name: string) => ({ attachments: [{ name }] });

  it('takes the balance labelled "now payable" over a retention noted as due later', () => {
    const got = detectInvoice(
      mail(
        'Final invoice FB-9',
        'Please find attached final invoice FB-9.\nContract sum: €20,000.00\nDeposit (paid): €6,000.00\nRetention at 5%: €1,000.00 (due 12 months after handover)\nBalance now payable: €13,000.00',
        pdf('FB-9.pdf'),
      ),
    );
    expect(got?.amountDue).toEqual({ minor: 1_300_000, currency: 'EUR' });
  });

  it('reads "il reste donc X à régler" as what is left, and the number before the file’s own words', () => {
    const got = detectInvoice(
      mail(
        'Facture FB-10 – reste à payer',
        'Merci pour l’acompte reçu. Sur la facture FB-10 (2 400,00 € TTC), il reste donc 900,00 € à régler.',
        pdf('FB-10_situation2.pdf'),
      ),
    );
    expect(got).toMatchObject({ number: 'FB-10', amountDue: { minor: 90_000, currency: 'EUR' } });
  });

  it('reads a revised invoice sent with the credit note it replaces, and a works statement filed on Chorus Pro', () => {
    const revised = detectInvoice(
      mail(
        'Revised invoice FB-11',
        'Please find attached:\n- credit note AV-3 cancelling invoice FB-8;\n- revised invoice FB-11 for €1,500.00.\nPayment terms: 30 days.',
        pdf('FB-11.pdf'),
      ),
    );
    expect(revised).toMatchObject({ number: 'FB-11', amountDue: { minor: 150_000, currency: 'EUR' } });
    const chorus = detectInvoice(
      mail(
        'Situation de travaux n°2 – dépôt Chorus Pro',
        'Je vous informe du dépôt sur Chorus Pro de notre situation de travaux n°2 (facture FB-12).\nMontant : 5 000,00 € HT, soit 6 000,00 € TTC.',
      ),
    );
    expect(chorus).toMatchObject({ number: 'FB-12', amountDue: { minor: 600_000, currency: 'EUR' } });
  });

  it('does not chase a payment confirmation nor a lease taken by direct debit', () => {
    expect(
      detectInvoice(mail('Facture FB-13 réglée – merci !', 'Nous vous confirmons la bonne réception de votre paiement de 900,00 € pour la facture FB-13.')),
    ).toBeNull();
    expect(
      detectInvoice(mail('Your monthly invoice', 'Your invoice for May is available.\nMonthly rental: €400.00 incl. VAT\nDirect debit date: 05/05/2026')),
    ).toBeNull();
  });
});

describe("trainers' invoices met in the eleventh outside set (our own wording)", () => {
  const pdf = (name: string) => ({ attachments: [{ name }] });

  it("bills the client's share when a fund pays the rest, and a deposit payable on receipt", () => {
    const share = detectInvoice(
      mail(
        'Facture FT-5 – reste à charge',
        'Voici la facture FT-5.\nCoût total : 2 000,00 €\nPrise en charge OPCO : 1 400,00 €\nReste à votre charge : 600,00 €',
        pdf('FT-5.pdf'),
      ),
    );
    expect(share?.amountDue).toEqual({ minor: 60_000, currency: 'EUR' });
    const deposit = detectInvoice(
      mail(
        'Deposit invoice DT-6',
        'Please find the deposit invoice DT-6.\nProgramme fee: $10,000.00\nDeposit (25%), payable on receipt: $2,500.00',
        pdf('DT-6.pdf'),
      ),
    );
    expect(deposit?.amountDue).toEqual({ minor: 250_000, currency: 'USD' });
  });

  it('keeps a price that names its rate or its expenses, an amount before tax under reverse charge, and francs CFA', () => {
    expect(
      detectInvoice(mail('Invoice IT-7', 'Invoice IT-7 attached for the workshop (one day, community rate): £900.00. Payment within 30 days.'))?.amountDue,
    ).toEqual({
      minor: 90_000,
      currency: 'GBP',
    });
    expect(
      detectInvoice(mail('Invoice FA00000412', 'Please find attached invoice FA00000412.\nAmount excl. VAT: 1.500,00 EUR – reverse charge'))?.amountDue,
    ).toEqual({
      minor: 150_000,
      currency: 'EUR',
    });
    expect(
      detectInvoice(
        mail('Facture FT-8', 'Veuillez trouver ci-joint la facture FT-8 (deux jours, frais de mission compris) : 900 000 FCFA. Paiement à 30 jours.'),
      )?.amountDue,
    ).toEqual({ minor: 90_000_000, currency: 'XOF' });
  });

  it('reads a balance left after a payment, a subject that is the number, and a number after the sender’s file prefix', () => {
    expect(
      detectInvoice(
        mail('Outstanding balance – INV-88', 'Thank you for your payment of £1,000.00. A balance of £250.00 remains outstanding on invoice INV-88.'),
      )?.amountDue,
    ).toEqual({ minor: 25_000, currency: 'GBP' });
    expect(detectInvoice(mail('FT-2027-009', 'Veuillez trouver ci-joint la facture du séminaire.\nMontant : 1 200,00 € TTC', pdf('facture.pdf')))?.number).toBe(
      'FT-2027-009',
    );
    expect(detectInvoice(mail('Workshop invoice', 'Please find attached my invoice: £700.00.', pdf('SO_INV-2026-021.pdf')))?.number).toBe('INV-2026-021');
  });
});

describe("photographers' and consultants' invoices met in the twelfth outside set (our own wording)", () => {
  const pdf = (name: string) => ({ attachments: [{ name }] });
  const eur = (minor: number) => ({ minor, currency: 'EUR' });

  it('takes what is left after a deposit given as a share or listed as paid, and a share in brackets beside its label', () => {
    expect(
      detectInvoice(mail('Invoice B-7 – balance', 'Package: €2,000\n25% deposit received in May, thanks.\nPlease settle the balance within 10 days.'))
        ?.amountDue,
    ).toEqual(eur(150_000));
    expect(
      detectInvoice(mail('Facture B-8 – solde', 'Forfait : 1 000 €\nAcompte de 40 % versé à la signature.\nMerci de régler le solde.'))?.amountDue,
    ).toEqual(eur(60_000));
    expect(
      detectInvoice(
        mail(
          'Facture B-9',
          'Voici la facture du solde.\nForfait : 3 000 €\nDéjà réglé : acompte de 500 € et second versement de 1 000 €\nReste le solde, à 15 jours.',
        ),
      )?.amountDue,
    ).toEqual(eur(150_000));
    expect(
      detectInvoice(
        mail("Facture d'acompte B-10", "Ci-joint la facture d'acompte B-10.\nTotal prestation ...... 2 400,00 €\nAcompte à régler (25 %) ...... 600,00 €"),
      )?.amountDue,
    ).toEqual(eur(60_000));
  });

  it('multiplies a day rate by the days billed, adding the expenses named with them, when no total is written', () => {
    expect(
      detectInvoice(
        mail('Invoice C-11', 'Attached is my invoice for the three days in Leeds (€900 per day) plus travel costs of €150.00. Reverse charge applies.'),
      )?.amountDue,
    ).toEqual(eur(285_000));
    expect(
      detectInvoice(mail('Facture C-12', 'Voici ma facture pour les 2 jours de formation (700 € la journée), TVA non applicable, art. 293 B du CGI.'))
        ?.amountDue,
    ).toEqual(eur(140_000));
    // A total written wins; a tax to add leaves the rate alone; payment terms are not days billed.
    expect(detectInvoice(mail('Facture C-13', 'Ci-joint la facture C-13 : 2 jours à 500 €/jour, total 1 000 €. Paiement à 30 jours.'))?.amountDue).toEqual(
      eur(100_000),
    );
    expect(detectInvoice(mail('Facture C-14', 'Ci-joint la facture C-14 : 600 € HT par jour, TVA 20 % en sus. Paiement à 30 jours.'))?.amountDue).toEqual(
      eur(60_000),
    );
  });

  it("reads a service's own sentence for its invoice, an invoice sent with a seller's thanks for the order, and a Belgian term", () => {
    const ninja = detectInvoice(
      mail(
        'Invoice 88 from Studio Nord',
        'To view your invoice for EUR 1,300.00, click the link below.\n\n  Shoot – 2 days × €500.00 = €1,000.00\n  Travel: €300.00',
        {
          from: { name: 'Studio Nord', email: 'notifications@invoiceninja.com' },
        },
      ),
    );
    expect(ninja?.amountDue).toEqual(eur(130_000));
    const paypal = detectInvoice(
      mail(
        'Studio Nord sent you an invoice',
        'Studio Nord sent you an invoice for €450.00 EUR\nInvoice number: 0091\nNote from seller: thank you for your order!',
        {
          from: { name: 'Studio Nord', email: 'service@paypal.com' },
        },
      ),
    );
    expect(paypal?.number).toBe('0091');
    expect(paypal?.source).toBe('paypal');
    expect(detectInvoice(mail('Facture D-15', 'Voici la facture D-15 : 800,00 €, à régler endéans les 10 jours.'))?.dueDate).toBe('2026-03-12');
  });

  it('puts a due date set some days before an event before it, and reads a number after a file word and an underscore', () => {
    expect(detectInvoice(mail('Invoice E-16 – balance', 'Balance: €900.00. As agreed, it is due 14 days before the party (March 30).'))?.dueDate).toBe(
      '2026-03-16',
    );
    expect(detectInvoice(mail('Invoice for the shoot', 'Invoice attached, total £400.00.', pdf('INV_2026-077.pdf')))?.number).toBe('2026-077');
  });

  it('leaves a contract to sign, a pronoun "l’avoir" and a supplier’s debit date alone', () => {
    expect(
      detectInvoice(
        mail(
          'Contrat de prestation – séminaire',
          'Voici le contrat à signer, qui reprend le devis accepté (2 000 €). Dès sa réception, je vous envoie la facture d’acompte.',
        ),
      ),
    ).toBeNull();
    expect(
      detectInvoice(
        mail('Facture F-17 – solde', "Le livre part à l'imprimeur : vous devriez l'avoir d'ici deux semaines. Voici la facture du solde : 700,00 €."),
      )?.amountDue,
    ).toEqual(eur(70_000));
    expect(
      detectInvoice(mail('Facture L-18 – Labo', 'Veuillez trouver ci-jointe notre facture L-18.\nTotal TTC : 96,00 €\nPrélèvement SEPA le 20/03/2026.')),
    ).toBeNull();
  });
});

describe("consultants' and caterers' invoices met in the thirteenth and fourteenth outside sets (our own wording)", () => {
  const pdf = (name: string) => ({ attachments: [{ name }] });
  const eur = (minor: number) => ({ minor, currency: 'EUR' });

  it('bills the part its subject names: a milestone, an instalment, a retention released', () => {
    expect(detectInvoice(mail('Invoice M-4 – milestone 1 of 2', 'Project total: €9,000.00\nMilestone 1 of 2: €4,500.00\nNet 15.'))?.amountDue).toEqual(
      eur(450_000),
    );
    const instalment = detectInvoice(
      mail('Échéance 3/4 – facture F-19', 'Rappel de la troisième échéance de la facture F-19 :\nÉchéance 3/4 : 500,00 €, à régler au plus tard le 20/03/2026'),
    );
    expect(instalment?.amountDue).toEqual(eur(50_000));
    expect(instalment?.dueDate).toBe('2026-03-20');
    expect(
      detectInvoice(
        mail(
          'Invoice R-8 – release of 5% retention',
          'The 5% of invoice R-2 (€4,000.00) held back is now due.\nRetention released: €200.00\nPayable within 30 days.',
        ),
      )?.amountDue,
    ).toEqual(eur(20_000));
  });

  it('reads the net a venue passes on, an "échéance du" date, "Conditions : 30 jours" and a tool’s "09/Jul/2026"', () => {
    expect(
      detectInvoice(
        mail('Facture V-3', 'Voici ma facture :\nPrestation : 5 000,00 €\nCommission 10 % : − 500,00 €\nNet à reverser à Camille Martin : 4 500,00 €'),
      )?.amountDue,
    ).toEqual(eur(450_000));
    expect(
      detectInvoice(mail('Relance facture V-4 : 800,00 €', "L'échéance initiale du 20 février étant dépassée, merci de régler la facture V-4."))?.dueDate,
    ).toBe('2026-02-20');
    expect(detectInvoice(mail('Facture V-5', 'Ci-joint la facture V-5 : 1 000,00 € TTC.\nConditions : 30 jours date de facture.'))?.dueDate).toBe('2026-04-01');
    expect(detectInvoice(mail('Invoice 0091 from Camille Martin', 'Invoice Number: 0091\nDue Date: 16/Mar/2026\nAmount: €300.00\nView Invoice'))?.dueDate).toBe(
      '2026-03-16',
    );
  });

  it('takes the issue date from a label, not from "la date du" an event, and no term from "jusqu’à 2 jours"', () => {
    const read = detectInvoice(
      mail("Facture d'acompte V-6", "La date du 13 juin est bloquée. Ci-joint la facture d'acompte V-6 : 900,00 €, payable à réception."),
    );
    expect(read?.issueDate).toBe('2026-03-02');
    expect(read?.dueDate).toBe('2026-03-02');
    expect(detectInvoice(mail('Facture V-7', "Voici la facture du forfait (jusqu'à 2 jours d'intervention) : 600,00 €.\nPayable à réception."))?.dueDate).toBe(
      '2026-03-02',
    );
  });

  it('leaves timesheets, purchase orders, an invoice viewed or changing status, and one already paid by card alone', () => {
    expect(detectInvoice(mail('CRA mars – 18 jours', 'Voici mon CRA de mars. Dès qu’il est validé, je vous envoie la facture (18 × 500 € HT).'))).toBeNull();
    expect(detectInvoice(mail('Purchase order PO-77 issued to Atelier Martin', 'Total: EUR 8,000.00. Please quote PO-77 on every invoice.'))).toBeNull();
    expect(
      detectInvoice(
        mail('Invoice 301 was viewed', 'Good news! Dupuis viewed invoice 301 for €1,200.00.', {
          from: { name: 'QuickBooks', email: 'quickbooks@notification.intuit.com' },
        }),
      ),
    ).toBeNull();
    expect(
      detectInvoice(mail('[Chorus Pro] Changement de statut de votre facture F-9', 'La facture F-9 a changé de statut.\nMontant TTC : 2 400,00 EUR')),
    ).toBeNull();
    expect(
      detectInvoice(mail('Votre facture de train', 'Voici votre facture.\nMontant : 59,00 € TTC\nPayé par carte le 02/03/2026', pdf('Facture_T-1.pdf'))),
    ).toBeNull();
  });

  it('still reads an invoice naming its purchase order, and a balance left after a credit note', () => {
    expect(detectInvoice(mail('Invoice INV-40 – purchase order PO-77', 'Please find attached invoice INV-40: €8,000.00, net 30.'))?.amountDue).toEqual(
      eur(800_000),
    );
    expect(
      detectInvoice(
        mail('RE: Invoice F-41 – balance after credit note', 'With credit note CN-2 applied, the balance is €1,800.00. It was due on 1 March 2026.'),
      )?.amountDue,
    ).toEqual(eur(180_000));
  });
});

describe("architects' fee notes and caterers' receipts met in the fifteenth and sixteenth outside sets (our own wording)", () => {
  const pdf = (name: string) => ({ attachments: [{ name }] });

  it('reads a fee note sent under its number alone, its file named after it', () => {
    const sent = detectInvoice(
      mail(
        'Maison Leroy – phase APD – NH-2026-012',
        "Je vous adresse la note d'honoraires NH-2026-012 pour la phase APD.\nMontant : 2 400,00 € TTC\nPaiement à 30 jours.",
        pdf('NH-2026-012.pdf'),
      ),
    );
    expect(sent?.number).toBe('NH-2026-012');
    expect(sent?.amountDue).toEqual({ minor: 240_000, currency: 'EUR' });
    expect(
      detectInvoice(
        mail(
          'Reminder: fee note NH-2026-013 is overdue',
          'Fee note NH-2026-013 – sketch design\nAmount: EUR 1,200.00 incl. VAT',
          pdf('NH-2026-013_APS_signed.pdf'),
        ),
      )?.number,
    ).toBe('NH-2026-013');
  });

  it('still reads an instalment asked for beside the one received (fresh17, our own wording)', () => {
    expect(
      detectInvoice(
        mail(
          'Échéance 2/2 – facture F-88',
          'Je vous rappelle que la seconde échéance de la facture F-88, de 700,00 €, est à régler le 20 mars 2026.\nLa première a bien été reçue, merci.',
        ),
      )?.amountDue,
    ).toEqual({ minor: 70_000, currency: 'EUR' });
  });

  it('leaves a receipt for a deposit, whatever invoice number its file names, and a subscription invoice marked paid', () => {
    expect(
      detectInvoice(
        mail('Réservation confirmée', 'Votre acompte de 900,00 € a bien été reçu ce matin. Le reçu est joint.', pdf('Recu_acompte_FA-2026-0009.pdf')),
      ),
    ).toBeNull();
    expect(
      detectInvoice(
        mail('Booking confirmed – deposit received', 'Your deposit of €900.00 arrived today; the receipt is attached.', pdf('Receipt_FA-2026-0010.pdf')),
      ),
    ).toBeNull();
    expect(
      detectInvoice(
        mail('Votre facture Outilo – mars (payée)', 'Facture : OU-2026-03-77\nMontant : 29,00 € TTC\nStatut : payée par prélèvement carte le 02/03/2026'),
      ),
    ).toBeNull();
  });
});

describe("translators' and removers' invoices met in the nineteenth and twentieth outside sets (our own wording)", () => {
  const pdf = (name: string) => ({ attachments: [{ name }] });

  it('takes the total after a discount, not the product of a line', () => {
    expect(
      detectInvoice(
        mail(
          'Invoice 2027-12',
          'Invoice 2027-12 attached.\nSubtotal: 30 pages × EUR 40.00 = EUR 1,200.00\nDiscount 5%: – EUR 60.00\nTotal: EUR 1,140.00',
          pdf('2027-12.pdf'),
        ),
      )?.amountDue,
    ).toEqual({ minor: 114_000, currency: 'EUR' });
    expect(
      detectInvoice(
        mail(
          'Facture M-04 – vacation du 2 mars',
          'Ci-joint la facture M-04.\n- Vacation : 3 heures × 30,00 € = 90,00 €\n- Déplacement : 18,40 €\nTotal de la facture : 108,40 €',
        ),
      )?.amountDue,
    ).toEqual({ minor: 10_840, currency: 'EUR' });
  });

  it('reads the net as the total under reverse charge, beside the lines it sums', () => {
    expect(
      detectInvoice(
        mail(
          'Invoice 2027-31 – PO 4500',
          'Please find attached invoice 2027-31.\nManual EN>FR: 5,000 words at EUR 0.14 = EUR 700.00\nManual EN>DE: 5,000 words at EUR 0.16 = EUR 800.00\nNet amount: EUR 1,500.00\nVAT: reverse charge',
          pdf('Invoice_2027-31.pdf'),
        ),
      )?.amountDue,
    ).toEqual({ minor: 150_000, currency: 'EUR' });
  });

  it('keeps a label beside its amount across a table’s padding', () => {
    expect(
      detectInvoice(
        mail(
          'Facture FA-2027-0044 – solde',
          'Voici la facture FA-2027-0044 :\nTotal TTC                                   1 800,00 €\nAcompte versé le 02/03/2027                 - 540,00 €\nSOLDE À RÉGLER                              1 260,00 €',
          pdf('FA-2027-0044.pdf'),
        ),
      )?.amountDue,
    ).toEqual({ minor: 126_000, currency: 'EUR' });
  });

  it('bills the deposit its subject names over the balance due later, and counts the term from the invoice date it names', () => {
    expect(
      detectInvoice(
        mail(
          'Deposit invoice FA-2027-0050 – your move',
          'Please find our deposit invoice attached.\nTotal price: £3,000.00\nDeposit (30%): £900.00\nThe balance of £2,100.00 will be due on the delivery day.',
          pdf('FA-2027-0050.pdf'),
        ),
      )?.amountDue,
    ).toEqual({ minor: 90_000, currency: 'GBP' });
    expect(
      detectInvoice(
        mail(
          'Facture FA-2026-0081',
          'Veuillez trouver ci-joint la facture FA-2026-0081 : 640,00 €.\nÉchéance : 15 jours à compter de la date de facture (02/03/2026).',
          pdf('FA-2026-0081.pdf'),
        ),
      )?.dueDate,
    ).toBe('2026-03-17');
  });

  it('bills the instalment a subject names by its rank, and the first of a schedule over the total it splits', () => {
    expect(
      detectInvoice(
        mail(
          'Second instalment – invoice FA-2026-0091',
          'The second instalment of €700.00 on invoice FA-2026-0091 (garden works, total €2,100.00) is due on 30 September 2026.',
        ),
      )?.amountDue,
    ).toEqual({ minor: 70_000, currency: 'EUR' });
    expect(
      detectInvoice(
        mail(
          'Instalment 1 of 2 – invoice FA-2026-0092',
          'As agreed, two equal instalments for invoice FA-2026-0092 (EUR 1,800.00):\n  Instalment 1: EUR 900.00 - due 30 June 2026\n  Instalment 2: EUR 900.00 - due 31 July 2026',
        ),
      )?.amountDue,
    ).toEqual({ minor: 90_000, currency: 'EUR' });
  });

  it('asks for the instalment due, not what will be left after it (fresh22, our own wording)', () => {
    expect(
      detectInvoice(
        mail(
          '3e échéance – facture FA-2026-0140',
          "Conformément à l'échéancier, la troisième échéance, d'un montant de 250,00 €, est à régler le 5 mars 2026.\nReste dû après cette échéance : 500,00 €.",
        ),
      )?.amountDue,
    ).toEqual({ minor: 25_000, currency: 'EUR' });
    expect(
      detectInvoice(mail('Instalment 2 – invoice INV-77', 'Instalment 2 of €400.00 is due on 10 March 2026.\nBalance remaining after this payment: €800.00'))
        ?.amountDue,
    ).toEqual({ minor: 40_000, currency: 'EUR' });
  });
});

describe("recruiters' and farm contractors' invoices met in the twenty-fifth and twenty-sixth outside sets (our own wording)", () => {
  it('bills the fee, not the salary it is a share of', () => {
    expect(
      detectInvoice(
        mail(
          'Invoice RC-2026-14 – placement fee',
          'Please find invoice RC-2026-14.\nPlacement fee: 20% of the annual gross salary of EUR 60,000\nAmount: EUR 12,000.00\nNet 30',
        ),
      )?.amountDue,
    ).toEqual({ minor: 1_200_000, currency: 'EUR' });
  });

  it('reads a part billed whose label carries an aside in brackets', () => {
    expect(
      detectInvoice(
        mail(
          'Invoice RC-2026-15 – second instalment',
          'Invoice RC-2026-15 attached.\nFee: 25% x EUR 48,000 = EUR 12,000.00\nSecond instalment (on start date, first part already paid): EUR 8,000.00',
        ),
      )?.amountDue,
    ).toEqual({ minor: 800_000, currency: 'EUR' });
  });

  it('reads the instalment said to be due after its amount, not the total named in brackets', () => {
    expect(
      detectInvoice(
        mail(
          'Échéance du 30/09 – facture FA-2026-0210',
          'La facture FA-2026-0210 (moisson, 4 800,00 € TTC) est réglée en deux fois. La seconde échéance, de 2 400,00 €, est à régler pour le 30/09/2026.',
        ),
      )?.amountDue,
    ).toEqual({ minor: 240_000, currency: 'EUR' });
  });

  it('reads an invoice sent again with the credit note cancelling the first, and its amount "sans TVA"', () => {
    const found = detectInvoice(
      mail(
        'Facture FA-2026-0300 (annule et remplace FA-2026-0290)',
        "Veuillez trouver la facture FA-2026-0300, établie au bon nom, sans TVA (prestation exonérée) : 950,00 €, et l'avoir AV-2026-011 qui annule la FA-2026-0290.",
      ),
    );
    expect(found).toMatchObject({ number: 'FA-2026-0300', amountDue: { minor: 95_000, currency: 'EUR' } });
  });
});

describe("garages' and wine merchants' invoices met in the twenty-seventh and twenty-eighth outside sets (our own wording)", () => {
  it('reads a deposit invoice named so in its body, not the quote in brackets', () => {
    expect(
      detectInvoice(
        mail(
          'Invoice INV-88 from Atelier Nord',
          'Please find attached deposit invoice INV-88.\nKitchen refit (quote Q-2026-12, total €6,400.00)\nDeposit 25%: €1,600.00\nDue on receipt',
        ),
      )?.amountDue,
    ).toEqual({ minor: 160_000, currency: 'EUR' });
  });

  it('reads the deposit with its tax, not before it, nor the balance billed later', () => {
    expect(
      detectInvoice(
        mail(
          "Facture d'acompte FA-2026-0301",
          "Suite à l'acceptation du devis D-2026-0090 (révision complète du véhicule, total 2 400,00 € TTC), voici la facture d'acompte.\nAcompte de 25 % : 500,00 € HT – TVA 100,00 € – 600,00 € TTC\nLe solde de 1 800,00 € TTC sera facturé à la livraison.",
        ),
      )?.amountDue,
    ).toEqual({ minor: 60_000, currency: 'EUR' });
    expect(
      detectInvoice(
        mail(
          'Deposit invoice INV-90',
          'Please find the deposit invoice.\nProject total: €4,000.00 incl. VAT\nDeposit (25%): €833.33 + VAT €166.67 = €1,000.00',
        ),
      )?.amountDue,
    ).toEqual({ minor: 100_000, currency: 'EUR' });
  });

  it('reads the share an insurer pays, not the repair it is taken from', () => {
    expect(
      detectInvoice(
        mail(
          'Claim 55-120 – invoice FA-2026-0400',
          'Please find attached invoice FA-2026-0400 for the repairs your assessor approved.\nTotal repair cost: €3,100.00\nLess excess paid by the driver: -€300.00\nAmount payable by Northway Insurance: €2,800.00',
        ),
      )?.amountDue,
    ).toEqual({ minor: 280_000, currency: 'EUR' });
  });

  it('reads an American invoice date month first, whatever prices with cents it lists', () => {
    const found = detectInvoice(
      mail(
        'Invoice EXP-2027-090',
        'Please find attached invoice EXP-2027-090.\nInvoice date: 10/02/2027\nTerms: Net 30\nAmount due: USD 2,850.00\n150 btl @ $19.00 = $2,850.00',
        {
          date: '2027-10-02T10:00:00+02:00',
        },
      ),
    );
    expect(found).toMatchObject({ issueDate: '2027-10-02', dueDate: '2027-11-01' });
  });
});

describe("web designers' and refrigeration engineers' invoices met in the twenty-ninth and thirtieth outside sets (our own wording)", () => {
  it('bills the retention released, named in the subject without "de", and the amount "à nous régler"', () => {
    expect(
      detectInvoice(
        mail(
          'Libération retenue de garantie – chantier Les Pins',
          'Le délai de garantie étant expiré, merci de libérer la retenue.\nFacture FA-2025-0190 du 10/03/2025 – 36 000,00 € TTC\nRetenue de garantie 5 % : 1 800,00 €\nMontant à nous régler : 1 800,00 €',
        ),
      )?.amountDue,
    ).toEqual({ minor: 180_000, currency: 'EUR' });
  });

  it('takes the invoice’s number, not the signed quote’s attached beside it', () => {
    expect(
      detectInvoice(
        mail('Facture FA-2026-0311 – acompte refonte du site', 'Comme prévu au devis DE-2026-044 signé, voici la facture d’acompte.\nTotal TTC : 1 200,00 €', {
          attachments: [{ name: 'FA-2026-0311_Atelier-Duval_acompte.pdf' }, { name: 'DE-2026-044_signe.pdf' }],
        }),
      )?.number,
    ).toBe('FA-2026-0311');
  });
});

describe("sound engineers' and joiners' invoices met in the thirty-first and thirty-second outside sets (our own wording)", () => {
  it('reads the dollar a code names after the sign', () => {
    expect(detectInvoice(mail('Facture FA-2026-0500', 'Voici la facture FA-2026-0500.\nTotal : 3 200,00 $ CAD'))?.amountDue).toEqual({
      minor: 320_000,
      currency: 'CAD',
    });
  });

  it('reads what is to pay today after a retention, and the amount of this invoice among the order’s', () => {
    expect(
      detectInvoice(mail('Facture FA-2026-0501', 'Montant TTC : 4 800,00 €\nRetenue de garantie 5 % : - 240,00 €\nNet à payer ce jour : 4 560,00 €'))
        ?.amountDue,
    ).toEqual({ minor: 456_000, currency: 'EUR' });
    expect(
      detectInvoice(
        mail('Invoice FA-2026-0502 – shelving (delivery payment)', 'Total order: EUR 10,000.00\nDeposit paid: EUR 3,000.00\nThis invoice (40%): EUR 4,000.00'),
      )?.amountDue,
    ).toEqual({ minor: 400_000, currency: 'EUR' });
  });

  it('bills the instalment the body says the invoice is for, not the project', () => {
    expect(
      detectInvoice(
        mail(
          'Facture FA-2026-0503',
          'Veuillez trouver la facture FA-2026-0503 correspondant à la 2e échéance du projet.\nTotal projet TTC : 6 000,00 €\nÉchéance 2/3 : 2 000,00 € TTC',
        ),
      )?.amountDue,
    ).toEqual({ minor: 200_000, currency: 'EUR' });
  });
});

describe("hauliers' and illustrators' invoices met in the thirty-third and thirty-fourth outside sets (our own wording)", () => {
  it('takes the day an instalment "est attendu pour" as its due date', () => {
    expect(
      detectInvoice(
        mail(
          'Échéancier FA-2026-0600 – 2e versement',
          'Conformément à l’échéancier convenu, le deuxième versement de la facture FA-2026-0600, soit 1 200,00 €, est attendu pour le 30/11/2026.',
        ),
      )?.dueDate,
    ).toBe('2026-11-30');
  });

  it('reads the date of a "note de droits" as its issue date, so a due date before the mail still counts', () => {
    const found = detectInvoice(
      mail(
        'Note de droits ND-2026-04 – relance',
        'Pour mémoire : note du 2 octobre 2026, payable à 30 jours, soit au 1er novembre 2026.\nNet à payer : 1 650,00 €',
        {
          date: '2026-11-10T09:30:00+01:00',
        },
      ),
    );
    expect(found?.issueDate).toBe('2026-10-02');
    expect(found?.dueDate).toBe('2026-11-01');
  });

  it('takes "— this invoice:" in a stage list as the amount, not the project’s total', () => {
    expect(
      detectInvoice(
        mail(
          'Invoice 2026-090 – stage 2',
          'Total project fee: £12,000.00\nStage 1 (25%) — invoice 2026-061, paid\nStage 2 (50%) — this invoice: £6,000.00\nStage 3 (25%) — on delivery',
        ),
      )?.amountDue,
    ).toEqual({ minor: 600_000, currency: 'GBP' });
  });

  it('does not take a code the mail names as something else for the invoice number, though the file name carries it', () => {
    expect(
      detectInvoice(
        mail(
          'Invoice 2026-091 (reissued)',
          'Please find attached invoice 2026-091, reissued with the project code PRJ-2026-77 in the reference line.\nFee: £900.00',
          {
            attachments: [{ name: 'Invoice_2026-091_Harbour-Press_PRJ-2026-77.pdf' }],
          },
        ),
      )?.number,
    ).toBe('2026-091');
  });
});

describe('invoices met in the thirty-ninth and fortieth outside sets (our own wording)', () => {
  it('asks for the balance written after a part received, not the total before it', () => {
    const got = detectInvoice(
      mail('Relance facture F-77', 'Bonjour,\nLa facture F-77 reste ouverte : total 2 000,00 € TTC, 500,00 € reçus le 3 mars, reste dû 1 500,00 €.\nMerci !'),
    );
    expect(got?.amountDue).toEqual({ minor: 150000, currency: 'EUR' });
  });

  it('keeps the instalment billed when the deposit received is the only smaller amount', () => {
    const got = detectInvoice(
      mail(
        'Invoice INV-31',
        'Hi,\nHere is the invoice for your second instalment of £900.00, due by 30 June 2026.\nDeposit of £450 received in March, thank you.',
      ),
    );
    expect(got?.amountDue).toEqual({ minor: 90000, currency: 'GBP' });
  });

  it('counts "14-day terms" from the issue date, and not an early-payment discount’s window as the term', () => {
    const terms = detectInvoice(
      mail('Reminder: invoice IN-208', 'Hi,\nInvoice IN-208, issued on 2 March 2026 with 14-day terms, is still open.\nAmount open: EUR 900.00', {
        date: '2026-03-30T10:00:00+02:00',
      }),
    );
    expect(terms?.dueDate).toBe('2026-03-16');
    const discount = detectInvoice(
      mail('Facture 2026-31', 'Bonjour,\nVoici la facture 2026-31 : 640,00 € TTC.\nÉchéance : 30 jours. Escompte de 1 % si règlement sous 10 jours.', {
        date: '2026-03-02T10:00:00+01:00',
      }),
    );
    expect(discount?.dueDate).toBe('2026-04-01');
  });

  it('reads a statement chasing a short-paid invoice, a credit note said not to exist being no credit note', () => {
    const got = detectInvoice(
      mail(
        'Statement – balance on INV-88',
        'Dear AP team,\nPlease find attached our statement. INV-88, due 30 April 2026, was short-paid: invoiced £1,200.00, received £1,000.00, balance outstanding £200.00.\nWe have no record of any credit note for it.',
        { attachments: [{ name: 'Statement_April.pdf' }, { name: 'INV-88.pdf' }] },
      ),
    );
    expect(got?.number).toBe('INV-88');
    expect(got?.amountDue).toEqual({ minor: 20000, currency: 'GBP' });
  });
});

describe('invoices met in the forty-first and forty-second outside sets (our own wording)', () => {
  it('bills the stage a subject names across a table’s dot leaders, and reads a bare total behind them', () => {
    const stage = detectInvoice(
      mail(
        'Stage payment 2 – invoice F-55',
        'Dear both,\nThe second stage is now due:\nKitchen, as per quote ........ €10,000.00 incl. VAT\nStage 2 - 30% ........................ €3,000.00\nPayment due by: 20 March 2026',
        { attachments: [{ name: 'F-55.pdf' }] },
      ),
    );
    expect(stage?.amountDue).toEqual({ minor: 300000, currency: 'EUR' });
    const bare = detectInvoice(
      mail(
        'F-56 – shelving',
        'Invoice attached:\nShelving, oak .......... 3,200.00\nFitting ................ 1,300.00\nTOTAL (EUR, excl. VAT) ..................... 4,500.00',
        {
          attachments: [{ name: 'F-56.pdf' }],
        },
      ),
    );
    expect(bare?.amountDue).toEqual({ minor: 450000, currency: 'EUR' });
  });

  it('counts a term from the day it says it counts from, and takes a past instalment’s day in a reminder', () => {
    const from = detectInvoice(
      mail('Facture F-57', 'Bonjour,\nVoici la facture F-57 : 900,00 € TTC, payable à 30 jours à compter du 02/03/2026.', {
        date: '2026-03-02T10:00:00+01:00',
        attachments: [{ name: 'F-57.pdf' }],
      }),
    );
    expect(from?.dueDate).toBe('2026-04-01');
    const reminder = detectInvoice(
      mail(
        'Relance – 2e échéance facture F-58',
        'Bonjour,\nLa deuxième échéance de 1 000,00 € de la facture F-58, prévue le 15 février, n’a pas été réglée à ce jour.\nMerci de faire le nécessaire.',
        { date: '2026-03-10T10:00:00+01:00', attachments: [{ name: 'F-58.pdf' }] },
      ),
    );
    expect(reminder?.dueDate).toBe('2026-02-15');
  });
});

describe('invoices met in the forty-third and forty-fourth outside sets (our own wording)', () => {
  it('asks what remains open after a payment received, and a deposit taken on the whole', () => {
    const rest = detectInvoice(
      mail('Reminder: invoice INV-71', 'Hi Kim,\nThanks for the $2,000.00 received last week.\n$350.00 remains open on invoice INV-71, due on 1 March 2026.', {
        attachments: [{ name: 'INV-71.pdf' }],
      }),
    );
    expect(rest?.amountDue).toEqual({ minor: 35000, currency: 'USD' });
    const deposit = detectInvoice(
      mail('Invoice F-72 – 40% deposit', 'Hello,\nFor the whole project (€2,000.00):\n40% deposit on €2,000.00 = €800.00\nDue on receipt.', {
        attachments: [{ name: 'F-72.pdf' }],
      }),
    );
    expect(deposit?.amountDue).toEqual({ minor: 80000, currency: 'EUR' });
  });

  it('takes the amount payable now under a milestone less its retention, and an instalment’s planned day', () => {
    const net = detectInvoice(
      mail('Invoice F-73 – milestone 2', 'Dear Ann,\nMilestone 2 (delivery): £5,000.00\nLess 5% retention: -£250.00\nAmount payable now: £4,750.00', {
        attachments: [{ name: 'F-73.pdf' }],
      }),
    );
    expect(net?.amountDue).toEqual({ minor: 475000, currency: 'GBP' });
    const instalment = detectInvoice(
      mail(
        'Échéance n° 3/4 – facture F-74',
        'Bonjour,\nÉchéance n° 3/4 : 250,00 €, sur la facture F-74 (1 000,00 €)\nDate prévue : mardi 9 mars 2027\nReste dû sur la F-74 après cette échéance : 250,00 €',
        { date: '2027-03-01T09:00:00+01:00', attachments: [{ name: 'F-74.pdf' }] },
      ),
    );
    expect(instalment?.amountDue).toEqual({ minor: 25000, currency: 'EUR' });
    expect(instalment?.dueDate).toBe('2027-03-09');
  });

  it('reads the new invoice sent with a credit note when the mail asks to pay it', () => {
    const got = detectInvoice(
      mail(
        'Avoir AV-3 et facture F-75',
        'Bonjour,\nVeuillez trouver l’avoir AV-3 annulant la facture F-70 et la nouvelle facture F-75 de 1 100,00 €.\nSeul le montant de la facture F-75 est à régler, à 30 jours.',
        { attachments: [{ name: 'Avoir_AV-3.pdf' }, { name: 'Facture_F-75.pdf' }] },
      ),
    );
    expect(got?.number).toBe('F-75');
    expect(got?.amountDue).toEqual({ minor: 110000, currency: 'EUR' });
  });
});

describe('invoices met in the forty-fifth and forty-sixth outside sets (our own wording)', () => {
  it('counts terms from today from the mail’s day, and a reminder’s invoice day named with its own number', () => {
    const today = detectInvoice(
      mail('Invoice F-81', 'Dear Ms Hall,\nPlease find enclosed invoice F-81, €700.00 incl. VAT, due 15 days from today.', {
        date: '2027-03-01T10:00:00+01:00',
        attachments: [{ name: 'F-81.pdf' }],
      }),
    );
    expect(today?.dueDate).toBe('2027-03-16');
    const reminder = detectInvoice(
      mail(
        'Relance facture F-82',
        'Bonjour,\nLa facture F-82 du 5 janvier 2027, payable à réception, n’est pas réglée. L’acompte (facture F-77 du 2 décembre 2026) est bien reçu.\nReste à payer : 800,00 €',
        { date: '2027-02-10T10:00:00+01:00', attachments: [{ name: 'F-82.pdf' }] },
      ),
    );
    expect(reminder?.dueDate).toBe('2027-01-05');
    const notice = detectInvoice(
      mail(
        'Mise en demeure – facture F-83',
        'Madame,\nLa facture F-83 du 03/05/2027 reste impayée. Nous vous mettons en demeure de régler sous huit jours à compter de ce courrier la somme de 500,00 €.',
        {
          date: '2027-09-14T10:00:00+02:00',
          attachments: [{ name: 'F-83.pdf' }],
        },
      ),
    );
    expect(notice?.dueDate).toBe('2027-09-22');
  });

  it('reads "sous 8 jours" before someone else’s month end, a total payable behind padding, and the instalment asked above a forwarded invoice', () => {
    const within = detectInvoice(
      mail('facture chaudière', 'Salut,\nci-joint la facture, 900€ TTC. Merci de régler sous 8 jours, j’ai mes fournisseurs à payer en fin de mois.', {
        date: '2026-07-06T10:00:00+02:00',
        attachments: [{ name: 'Facture_F-84.pdf' }],
      }),
    );
    expect(within?.dueDate).toBe('2026-07-14');
    const padded = detectInvoice(
      mail(
        'Invoice INV-85',
        'Hello,\n10 seats x USD 100.00          USD 1,000.00\nDiscount 10%                   - USD 100.00\nTotal payable                  USD 900.00',
        {
          attachments: [{ name: 'INV-85.pdf' }],
        },
      ),
    );
    expect(padded?.amountDue).toEqual({ minor: 90000, currency: 'USD' });
    const forwarded = detectInvoice(
      mail(
        'TR: Facture F-86 - échéancier',
        'Bonjour,\nVoici l’échéancier convenu.\n2e échéance : 400,00 € à régler pour le 30/04/2027\n\n-------- Message transféré --------\nSujet : Facture F-86\nDe : Bureau <bureau@example.fr>\n\nVeuillez trouver la facture F-86, montant 1 200,00 € TTC.',
        { date: '2027-04-07T10:00:00+02:00', attachments: [{ name: 'F-86.pdf' }] },
      ),
    );
    expect(forwarded?.amountDue).toEqual({ minor: 40000, currency: 'EUR' });
  });
});

describe('invoices met in the forty-seventh and forty-eighth outside sets (our own wording)', () => {
  it('reads "Here is the invoice" beside a credit note it mentions, and the invoice’s own amount over a detail line', () => {
    const here = detectInvoice(
      mail(
        'Invoice F-91 – workshop',
        'Hi,\nHere is the invoice F-91 for the workshop (credit note AV-3 cancels F-80 in full).\n12 people x €50.00 = €600.00\nPayment within 14 days.',
        {
          attachments: [{ name: 'F-91.pdf' }],
        },
      ),
    );
    expect(here?.amountDue).toEqual({ minor: 60000, currency: 'EUR' });
    const stated = detectInvoice(
      mail('Facture F-92', 'Bonjour,\nVoici la facture F-92 d’un montant de 1 300,00 €.\nDétail : 40 x 30 € = 1 200 € ; location du matériel = 100 €.', {
        attachments: [{ name: 'F-92.pdf' }],
      }),
    );
    expect(stated?.amountDue).toEqual({ minor: 130000, currency: 'EUR' });
  });

  it('asks an instalment a reminder counts out of the plan, and reads a due date "depuis la signature de l’acte, le 9 avril"', () => {
    const instalment = detectInvoice(
      mail(
        'Rappel : échéance de 400,00 € – facture F-93',
        'Bonjour,\nL’échéance n° 2/3 de la facture F-93 n’a pas encore été réglée.\nMontant de l’échéance : 400,00 €\nMontant total de la facture : 1 200,00 € TTC',
        { attachments: [{ name: 'F-93.pdf' }] },
      ),
    );
    expect(instalment?.amountDue).toEqual({ minor: 40000, currency: 'EUR' });
    const deed = detectInvoice(
      mail(
        'RE: Facture F-94',
        'Bonjour,\nLa facture F-94 de 350,00 € TTC est toujours en attente. Elle est exigible depuis la signature de l’acte, le 9 avril.',
        {
          date: '2026-04-15T18:00:00+02:00',
          attachments: [{ name: 'F-94.pdf' }],
        },
      ),
    );
    expect(deed?.dueDate).toBe('2026-04-09');
  });
});

describe('MAX_INVOICE_CONFIDENCE', () => {
  // A thread's best invoice is looked for mail by mail and the reading stops at the ceiling (handlers/thread.ts):
  // true only if no mail ever reads above it.
  it('is the ceiling of every reading of the corpora, and a complete invoice reaches it', () => {
    const readings = loadInvoiceCases()
      .map((c) => detectInvoice(c.message)?.confidence)
      .filter((confidence): confidence is number => confidence !== undefined);
    expect(readings.length).toBeGreaterThan(500);
    expect(Math.max(...readings)).toBe(MAX_INVOICE_CONFIDENCE);
  });
});
