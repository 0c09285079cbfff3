import type { Element } from '@xmldom/xmldom';
import type { InvoiceFields, PartyFields } from '../assemble-invoice';
import { emailOf, type SchemedId } from '../party-ids';
import { allAt, firstAt, textAt, textOf, type QName } from './element-path';
import { xmlDate } from './iso-date';

/** Element names that differ between CII D16B (Factur-X, ZUGFeRD 2.x, XRechnung) and ZUGFeRD 1.0. */
interface CiiDialect {
  rsm: string;
  ram: string;
  udt: string;
  root: string;
  context: string;
  document: string;
  transaction: string;
  agreement: string;
  settlement: string;
  summation: string;
}

const D16B: CiiDialect = {
  rsm: 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
  ram: 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100',
  udt: 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100',
  root: 'CrossIndustryInvoice',
  context: 'ExchangedDocumentContext',
  document: 'ExchangedDocument',
  transaction: 'SupplyChainTradeTransaction',
  agreement: 'ApplicableHeaderTradeAgreement',
  settlement: 'ApplicableHeaderTradeSettlement',
  summation: 'SpecifiedTradeSettlementHeaderMonetarySummation',
};

const ZUGFERD_1: CiiDialect = {
  rsm: 'urn:ferd:CrossIndustryDocument:invoice:1p0',
  ram: 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12',
  udt: 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15',
  root: 'CrossIndustryDocument',
  context: 'SpecifiedExchangedDocumentContext',
  document: 'HeaderExchangedDocument',
  transaction: 'SpecifiedSupplyChainTradeTransaction',
  agreement: 'ApplicableSupplyChainTradeAgreement',
  settlement: 'ApplicableSupplyChainTradeSettlement',
  summation: 'SpecifiedTradeSettlementMonetarySummation',
};

/** The CII dialect of a root element, or undefined when it is not a CII invoice. */
function dialectOf(root: Element): CiiDialect | undefined {
  return [D16B, ZUGFERD_1].find((d) => root.namespaceURI === d.rsm && root.localName === d.root);
}

/** True when `root` is a CII invoice (D16B or ZUGFeRD 1.0). */
export function isCiiInvoice(root: Element): boolean {
  return dialectOf(root) !== undefined;
}

/** Reads the fields of a CII invoice (paths per EN 16931-3-3 and the ZUGFeRD 1.0 schema). */
export function readCiiInvoice(root: Element): InvoiceFields {
  const d = dialectOf(root)!;
  const rsm = (local: string): QName => [d.rsm, local];
  const ram = (local: string): QName => [d.ram, local];
  const dateAt = (parent: Element | undefined, path: QName[]) => xmlDate(textAt(parent, [...path, [d.udt, 'DateTimeString']]));

  const document = firstAt(root, [rsm(d.document)]);
  const transaction = firstAt(root, [rsm(d.transaction)]);
  const agreement = firstAt(transaction, [ram(d.agreement)]);
  const settlement = firstAt(transaction, [ram(d.settlement)]);
  const summation = firstAt(settlement, [ram(d.summation)]);
  const currency = textAt(settlement, [ram('InvoiceCurrencyCode')]);
  const amount = (local: string) => amountIn(allAt(summation, [ram(local)]), currency);
  const means = allAt(settlement, [ram('SpecifiedTradeSettlementPaymentMeans')]);
  const terms = allAt(settlement, [ram('SpecifiedTradePaymentTerms')]);
  const grandTotal = amountElement(allAt(summation, [ram('GrandTotalAmount')]), currency);

  const party = (el: Element | undefined): PartyFields => ({
    name: textAt(el, [ram('Name')]),
    vatId: allAt(el, [ram('SpecifiedTaxRegistration'), ram('ID')])
      .find((id) => id.getAttribute('schemeID') === 'VA')
      ?.textContent?.trim(),
    ids: [...allAt(el, [ram('SpecifiedLegalOrganization'), ram('ID')]), ...allAt(el, [ram('GlobalID')]), ...allAt(el, [ram('ID')])].map((id) => ({
      id: textOf(id) ?? '',
      scheme: id.getAttribute('schemeID') ?? undefined,
    })),
    electronicAddress: schemed(allAt(el, [ram('URIUniversalCommunication'), ram('URIID')]).find((uri) => uri.getAttribute('schemeID') !== 'EM')),
  });
  const buyer = firstAt(agreement, [ram('BuyerTradeParty')]);
  const buyerEmail =
    emailOf(textAt(buyer, [ram('DefinedTradeContact'), ram('EmailURIUniversalCommunication'), ram('URIID')])) ??
    emailOf(allAt(buyer, [ram('URIUniversalCommunication'), ram('URIID')]).find((uri) => uri.getAttribute('schemeID') === 'EM')?.textContent ?? undefined);

  return {
    syntax: 'CII',
    profile: textAt(root, [rsm(d.context), ram('GuidelineSpecifiedDocumentContextParameter'), ram('ID')]),
    billingFramework: textAt(root, [rsm(d.context), ram('BusinessProcessSpecifiedDocumentContextParameter'), ram('ID')]),
    notes: allAt(document, [ram('IncludedNote')]).map((n) => ({ subject: textAt(n, [ram('SubjectCode')]), text: textAt(n, [ram('Content')]) ?? '' })),
    typeCode: textAt(document, [ram('TypeCode')]) ?? '380',
    number: textAt(document, [ram('ID')]),
    issueDate: dateAt(document, [ram('IssueDateTime')]),
    dueDates: terms.map((t) => dateAt(t, [ram('DueDateDateTime')])).filter((x): x is string => !!x),
    currency: currency ?? grandTotal?.getAttribute('currencyID') ?? undefined,
    seller: party(firstAt(agreement, [ram('SellerTradeParty')])),
    buyer: { ...party(buyer), email: buyerEmail },
    grandTotal: textOf(grandTotal),
    amountDue: amount('DuePayableAmount'),
    prepaid: amount('TotalPrepaidAmount'),
    paymentMeansCodes: means.map((m) => textAt(m, [ram('TypeCode')])).filter((x): x is string => !!x),
    iban: means.map((m) => textAt(m, [ram('PayeePartyCreditorFinancialAccount'), ram('IBANID')])).find(Boolean),
    mandateId: terms.map((t) => textAt(t, [ram('DirectDebitMandateID')])).find(Boolean),
  };
}

function schemed(el: Element | undefined): SchemedId | undefined {
  const id = textOf(el);
  return id ? { id, scheme: el?.getAttribute('schemeID') ?? undefined } : undefined;
}

/** The amount element in the invoice currency (a second TaxTotalAmount may be in the VAT currency). */
function amountElement(elements: Element[], currency: string | undefined): Element | undefined {
  return elements.find((el) => !el.getAttribute('currencyID') || el.getAttribute('currencyID') === currency) ?? elements[0];
}

function amountIn(elements: Element[], currency: string | undefined): string | undefined {
  return textOf(amountElement(elements, currency));
}
