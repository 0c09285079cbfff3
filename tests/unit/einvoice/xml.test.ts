import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEInvoice, readEInvoice } from '../../../utils/einvoice/parse';

const DIR = join(__dirname, '../../fixtures/einvoices');
const text = (file: string) => readFileSync(join(DIR, file), 'utf8');
const utf8 = (s: string) => new TextEncoder().encode(s);
const CII = text('mustangproject/validV2FR.xml');
const UBL = text('zugferd-corpus/EN16931_Einfach_DueDate.ubl.xml');

describe('XML is matched by namespace URI and local name, never by prefix', () => {
  it('reads the same invoice whatever the prefixes', async () => {
    const original = await parseEInvoice(utf8(CII));
    const renamed = CII.replace(/\b(xmlns:)?rsm\b/g, '$1inv')
      .replace(/\b(xmlns:)?ram\b/g, '$1r')
      .replace(/\b(xmlns:)?udt\b/g, '$1dt');
    expect(renamed).not.toContain('ram:');
    expect(await parseEInvoice(utf8(renamed))).toEqual(original);
    // ram elements in the default namespace, no prefix at all.
    const unprefixed = CII.replace(/<(\/?)ram:/g, '<$1').replace('xmlns:ram=', 'xmlns=');
    expect(await parseEInvoice(utf8(unprefixed))).toEqual(original);
  });

  it('does not take look-alike elements in another namespace', async () => {
    const wrongNs = CII.replace('urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100', 'urn:example:not-cii');
    expect(await readEInvoice(utf8(wrongNs))).toMatchObject({ ok: false, reason: 'no-einvoice' });
    const wrongRam = CII.replace('urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100', 'urn:example:not-ram');
    expect(await readEInvoice(utf8(wrongRam))).toMatchObject({ ok: false, reason: 'incomplete' });
  });
});

describe('text encodings', () => {
  it('decodes a file declared ISO-8859-1', async () => {
    const latin = CII.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').replace('Maison de Evenements SAS', 'Maison des Événements SAS');
    const bytes = Uint8Array.from(latin, (c) => c.charCodeAt(0));
    expect((await parseEInvoice(bytes))?.buyer.name).toBe('Maison des Événements SAS');
  });

  it('decodes UTF-16 with a byte-order mark', async () => {
    const body = CII.replace('Maison de Evenements SAS', 'Maison des Événements SAS');
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < body.length; i++) {
      bytes[2 + 2 * i] = body.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = body.charCodeAt(i) >> 8;
    }
    expect((await parseEInvoice(bytes))?.buyer.name).toBe('Maison des Événements SAS');
  });

  it('ignores a bogus encoding label and a UTF-8 BOM', async () => {
    const bogus = utf8(CII.replace('encoding="UTF-8"', 'encoding="UTF-8-W/O-BOM"'));
    expect((await parseEInvoice(bogus))?.number).toBe('FAC-20171118-506');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(CII)]);
    expect((await parseEInvoice(bom))?.number).toBe('FAC-20171118-506');
  });
});

describe('payment and document kind', () => {
  it('flags a SEPA direct debit (payment means 59) with its mandate, CII', async () => {
    const xml = CII.replace('<ram:TypeCode>42</ram:TypeCode>', '<ram:TypeCode>59</ram:TypeCode>').replace(
      '<ram:DueDateDateTime>',
      '<ram:DirectDebitMandateID>MANDAT-2017-04</ram:DirectDebitMandateID><ram:DueDateDateTime>',
    );
    const invoice = await parseEInvoice(utf8(xml));
    expect(invoice?.directDebit).toEqual({ dueDate: '2017-12-09', mandateId: 'MANDAT-2017-04' });
    expect((await parseEInvoice(utf8(CII)))?.directDebit).toBeUndefined();
  });

  it('flags a SEPA direct debit, UBL', async () => {
    const xml = UBL.replace(
      '<cac:LegalMonetaryTotal>',
      '<cac:PaymentMeans><cbc:PaymentMeansCode>59</cbc:PaymentMeansCode>' +
        '<cac:PaymentMandate><cbc:ID>MANDATE-7</cbc:ID></cac:PaymentMandate></cac:PaymentMeans><cac:LegalMonetaryTotal>',
    );
    expect((await parseEInvoice(utf8(xml)))?.directDebit).toEqual({ dueDate: '2019-03-05', mandateId: 'MANDATE-7' });
  });

  it('reads the amount due, not the grand total, when something was prepaid', async () => {
    const invoice = await parseEInvoice(utf8(text('connectingeurope/CII_example5.xml')));
    expect(invoice?.total).toEqual({ minor: 467500, currency: 'DKK' });
    expect(invoice?.prepaid).toEqual({ minor: 233750, currency: 'DKK' });
    expect(invoice?.amountDue).toEqual({ minor: 233750, currency: 'DKK' });
  });

  it('uses the currency exponent: a JPY invoice has no cents', async () => {
    const xml = CII.replace(/>EUR</g, '>JPY<').replace(/currencyID="EUR"/g, 'currencyID="JPY"');
    const invoice = await parseEInvoice(utf8(xml));
    expect(invoice?.amountDue).toEqual({ minor: 571, currency: 'JPY' });
  });

  it('says which facts are missing', async () => {
    const noNumber = CII.replace('<ram:ID>FAC-20171118-506</ram:ID>', '');
    expect(await readEInvoice(utf8(noNumber))).toMatchObject({ ok: false, reason: 'incomplete' });
  });

  it('refuses XML that is not an invoice (an Order-X order)', async () => {
    const order = '<?xml version="1.0"?><rsm:SCRDMCCBDACIOMessageStructure xmlns:rsm="urn:un:unece:uncefact:data:SCRDMCCBDACIOMessageStructure:100"/>';
    expect(await readEInvoice(utf8(order))).toMatchObject({ ok: false, reason: 'no-einvoice' });
  });
});
