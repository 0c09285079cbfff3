import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decimalToMinor } from '../../../utils/einvoice/minor-units';
import { parseEInvoice, readEInvoice } from '../../../utils/einvoice/parse';

const DIR = join(__dirname, '../../fixtures/einvoices');

interface Expected {
  file: string;
  kind: string;
  xml: string;
  guideline: string;
  typeCode: string;
  number: string;
  issueDate: string;
  dueDate: string | null;
  seller: string;
  buyer: string;
  currency: string;
  grandTotal: string;
  prepaid: string | null;
  amountDueMinor: number;
}

const expected: Expected[] = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8'));
const read = (file: string) => new Uint8Array(readFileSync(join(DIR, file)));
const invoices = expected.filter((e) => e.typeCode !== '-');

describe('e-invoice samples from public corpora (expected.json)', () => {
  it('covers every sample file in the folder', () => {
    const files = readdirSync(DIR, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(pdf|xml)$/.test(f));
    expect(files.sort()).toEqual(expected.map((e) => e.file).sort());
  });

  it.each(invoices.map((e) => [e.file, e] as const))('%s', async (_file, e) => {
    const result = await readEInvoice(read(e.file));
    if (!result.ok) throw new Error(`${result.reason}: ${result.message}`);
    const { invoice, source } = result;
    expect(source).toEqual(e.xml.endsWith('.xml') ? { kind: 'pdf', attachment: e.xml.split(' + ')[0] } : { kind: 'xml' });
    expect(invoice.syntax).toBe(e.kind.includes('UBL') ? 'UBL' : 'CII');
    expect(invoice.profile).toBe(e.guideline.split(' (')[0]);
    expect(invoice.typeCode).toBe(e.typeCode);
    expect(invoice.number).toBe(e.number);
    expect(invoice.issueDate).toBe(e.issueDate);
    expect(invoice.dueDate).toBe(e.dueDate ?? undefined);
    expect(invoice.seller.name).toBe(e.seller);
    expect(invoice.buyer.name).toBe(e.buyer);
    expect(invoice.currency).toBe(e.currency);
    expect(invoice.amountDue).toEqual({ minor: e.amountDueMinor, currency: e.currency });
    expect(invoice.total).toEqual({ minor: decimalToMinor(e.grandTotal, e.currency), currency: e.currency });
    if (e.prepaid === null) expect(invoice.prepaid).toBeUndefined();
    else expect(invoice.prepaid).toEqual({ minor: decimalToMinor(e.prepaid, e.currency), currency: e.currency });
    // A credit: a credit-note code, or any negative amount due (EXPECTED.md "Field rules").
    expect(invoice.creditNote).toBe(e.typeCode === '381' || e.amountDueMinor < 0);
    expect(invoice.directDebit).toBeUndefined();
  });

  it('finds no e-invoice in the plain Hetzner PDF, and says so', async () => {
    const bytes = read('zugferd-corpus/RE-E-974-Hetzner_2016-01-19_R0005532486.pdf');
    expect(await parseEInvoice(bytes)).toBeNull();
    expect(await readEInvoice(bytes)).toMatchObject({ ok: false, reason: 'no-einvoice' });
  });
});

describe('facts from the samples notes (EXPECTED.md)', () => {
  const invoice = async (file: string) => (await parseEInvoice(read(file)))!;

  it('reads payee IBANs without their spaces', async () => {
    expect((await invoice('zugferd-corpus/Facture_DOM_BASICWL.pdf')).iban).toBe('FR2012421242124212421242124');
    expect((await invoice('mustangproject/Facture_F20180027.pdf')).iban).toBe('FR7612542547256985425874698');
    expect((await invoice('mustangproject/103767-Invoice-2026-03-24-1.pdf')).iban).toBe('DE67100483927221888272');
    expect((await invoice('zugferd-corpus/zugferd_2p0_EN16931_Physiotherapeut.pdf')).iban).toBe('DE02120300000000202051');
    expect((await invoice('zugferd-corpus/Facture_FR_MINIMUM.pdf')).iban).toBeUndefined();
  });

  it('reads the buyer e-mail: contact first, else the EM electronic address', async () => {
    expect((await invoice('zugferd-corpus/Facture_UE_EN16931.pdf')).buyer.email).toBe('pedro@megustaolive.es');
    expect((await invoice('mustangproject/Facture_F20180027.pdf')).buyer.email).toBe('me@buyer.com');
    expect((await invoice('mustangproject/103767-Invoice-2026-03-24-1.pdf')).buyer.email).toBe('chaase@simova.de');
    expect((await invoice('akretion-factur-x/invoice_EN16931.pdf')).buyer.email).toBe('buyer@buyer.com');
    expect((await invoice('mustangproject/UC10_F202600004_EXTENDED_FX_CII_Commentee.xml')).buyer.email).toBe('contact@acheteur.fr');
    expect((await invoice('connectingeurope/CII_example5.xml')).buyer.email).toBe('john.hansen@buyercompany.dk');
    expect((await invoice('connectingeurope/ubl-tc434-example2.xml')).buyer.email).toBe('john@buyercompany.no');
  });

  it('reads French SIREN (scheme 0002, SIRET cut to 9 digits, FR VAT) and VAT numbers', async () => {
    const uc10 = await invoice('mustangproject/UC10_F202600004_EXTENDED_FX_CII_Commentee.xml');
    expect(uc10.seller.siren).toBe('100000009');
    expect(uc10.buyer.siren).toBe('200000008');
    const f2018 = await invoice('mustangproject/Facture_F20180027.pdf');
    expect(f2018.seller.siren).toBe('123456789');
    expect(f2018.buyer.siren).toBe('987654321');
    const minimum = await invoice('zugferd-corpus/Facture_FR_MINIMUM.pdf');
    expect(minimum.seller).toEqual({ name: 'Au bon moulin', vatId: 'FR11999999998', siren: '999999998' });
    const ubl = await invoice('akretion-factur-x/ubl-21-extended-ctc-fr.xml');
    expect(ubl.seller.siren).toBe('999999998');
    expect((await invoice('zugferd-corpus/Facture_UE_EN16931.pdf')).buyer.vatId).toBe('ESA12345674');
  });

  it('takes the later of two due dates (discount terms) and the legal name over the trading name', async () => {
    expect((await invoice('mustangproject/EXTENDED_Fremdwaehrung_wdis_fx-pdfa4.pdf')).dueDate).toBe('2025-12-31');
    const creditNote = await invoice('connectingeurope/ubl-tc434-creditnote1.xml');
    expect(creditNote.seller.name).toBe('My Supplier Company');
    expect(creditNote.creditNote).toBe(true);
  });

  it('flags 381 and negative 380 documents as credits, not the 751 information-only invoice', async () => {
    expect((await invoice('zugferd-corpus/Avoir_FR_type381_BASIC.pdf')).creditNote).toBe(true);
    expect((await invoice('mustangproject/validAvoir_FR_type380_BASICWL.pdf')).creditNote).toBe(true);
    expect((await invoice('zugferd-corpus/EN16931_Einfach_negativePaymentDue.cii.xml')).creditNote).toBe(true);
    expect((await invoice('zugferd-corpus/zugferd_2p0_MINIMUM.pdf')).creditNote).toBe(false);
  });
});
