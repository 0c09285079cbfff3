import type { Element } from '@xmldom/xmldom';
import type { InvoiceFields, PartyFields } from '../assemble-invoice';
import { emailOf } from '../party-ids';
import { allAt, firstAt, textAt, textOf, type QName } from './element-path';
import { xmlDate } from './iso-date';

const INVOICE_NS = 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2';
const CREDIT_NOTE_NS = 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2';
const CAC = 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2';
const CBC = 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2';

const cac = (local: string): QName => [CAC, local];
const cbc = (local: string): QName => [CBC, local];

/** True when `root` is a UBL 2.x Invoice or CreditNote. */
export function isUblInvoice(root: Element): boolean {
  return (root.namespaceURI === INVOICE_NS && root.localName === 'Invoice') || (root.namespaceURI === CREDIT_NOTE_NS && root.localName === 'CreditNote');
}

/** Reads the fields of a UBL Invoice or CreditNote (paths per EN 16931-3-2). */
export function readUblInvoice(root: Element): InvoiceFields {
  const creditNote = root.localName === 'CreditNote';
  const totals = firstAt(root, [cac('LegalMonetaryTotal')]);
  const means = allAt(root, [cac('PaymentMeans')]);
  const buyer = firstAt(root, [cac('AccountingCustomerParty'), cac('Party')]);
  const buyerEmail =
    emailOf(textAt(buyer, [cac('Contact'), cbc('ElectronicMail')])) ??
    emailOf(allAt(buyer, [cbc('EndpointID')]).find((id) => id.getAttribute('schemeID') === 'EM')?.textContent ?? undefined);
  // BT-9 is cbc:DueDate on an Invoice; a CreditNote (and older files) carry it as PaymentMeans/PaymentDueDate.
  const invoiceDueDate = xmlDate(textAt(root, [cbc('DueDate')]));
  const dueDates = invoiceDueDate ? [invoiceDueDate] : means.map((m) => xmlDate(textAt(m, [cbc('PaymentDueDate')]))).filter((x): x is string => !!x);
  const payable = firstAt(totals, [cbc('PayableAmount')]);

  return {
    syntax: 'UBL',
    profile: textAt(root, [cbc('CustomizationID')]),
    billingFramework: textAt(root, [cbc('ProfileID')]),
    notes: allAt(root, [cbc('Note')]).map((n) => ublNote(textOf(n) ?? '')),
    typeCode: textAt(root, [cbc(creditNote ? 'CreditNoteTypeCode' : 'InvoiceTypeCode')]) ?? (creditNote ? '381' : '380'),
    number: textAt(root, [cbc('ID')]),
    issueDate: xmlDate(textAt(root, [cbc('IssueDate')])),
    dueDates,
    currency: textAt(root, [cbc('DocumentCurrencyCode')]) ?? payable?.getAttribute('currencyID') ?? undefined,
    seller: party(firstAt(root, [cac('AccountingSupplierParty'), cac('Party')])),
    buyer: { ...party(buyer), email: buyerEmail },
    grandTotal: textAt(totals, [cbc('TaxInclusiveAmount')]),
    amountDue: textOf(payable),
    prepaid: textAt(totals, [cbc('PrepaidAmount')]),
    paymentMeansCodes: means.map((m) => textAt(m, [cbc('PaymentMeansCode')])).filter((x): x is string => !!x),
    iban: means.map((m) => textAt(m, [cac('PayeeFinancialAccount'), cbc('ID')])).find(Boolean),
    mandateId: means.map((m) => textAt(m, [cac('PaymentMandate'), cbc('ID')])).find(Boolean),
  };
}

function party(el: Element | undefined): PartyFields {
  const taxSchemes = allAt(el, [cac('PartyTaxScheme')]);
  const endpoint = textAt(el, [cbc('EndpointID')]);
  const vatScheme = taxSchemes.find((s) => textAt(s, [cac('TaxScheme'), cbc('ID')]) === 'VAT') ?? taxSchemes[0];
  return {
    name: textAt(el, [cac('PartyLegalEntity'), cbc('RegistrationName')]) ?? textAt(el, [cac('PartyName'), cbc('Name')]),
    vatId: textAt(vatScheme, [cbc('CompanyID')]),
    ids: [...allAt(el, [cac('PartyLegalEntity'), cbc('CompanyID')]), ...allAt(el, [cac('PartyIdentification'), cbc('ID')])].map((id) => ({
      id: textOf(id) ?? '',
      scheme: id.getAttribute('schemeID') ?? undefined,
    })),
    electronicAddress: endpoint ? { id: endpoint, scheme: firstAt(el, [cbc('EndpointID')])?.getAttribute('schemeID') ?? undefined } : undefined,
  };
}

/** UBL carries a note's subject code (BT-21) as a "#CODE#" prefix of its text (EN 16931-3-2). */
function ublNote(raw: string): { subject?: string; text: string } {
  const m = /^#([A-Z0-9]{3})#([\s\S]*)$/.exec(raw.trim());
  return m ? { subject: m[1], text: m[2].trim() } : { text: raw };
}
