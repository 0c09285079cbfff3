/** The invoicing services whose mails carry invoices on a freelancer's behalf, as data: how each shows up in a mail. */
import { domainOf } from '../mail/domain-of';

export interface InvoicingService {
  id: string;
  /** Folded name as it appears in display names ("Studio Lumen via Stripe") and footers ("Powered by Stripe"). */
  name: RegExp;
  /** Sending domains commonly seen; one signal among others, never the only way in (custom sending domains exist). */
  domains: string[];
  /** Hosted-invoice links that only this service uses. */
  links?: RegExp;
}

export const INVOICING_SERVICES: InvoicingService[] = [
  { id: 'stripe', name: /stripe/, domains: ['stripe.com'], links: /\b(invoice|pay)\.stripe\.com\b/ },
  { id: 'pennylane', name: /pennylane/, domains: ['pennylane.com', 'pennylane.tech'], links: /\bapp\.pennylane\.com\b/ },
  { id: 'qonto', name: /qonto/, domains: ['qonto.com', 'qonto.eu'] },
  { id: 'sellsy', name: /sellsy/, domains: ['sellsy.net', 'sellsy.com', 'sellsy.fr'] },
  { id: 'invoiceninja', name: /invoice ?ninja/, domains: ['invoicing.co', 'invoiceninja.com'] },
  { id: 'quickbooks', name: /quickbooks|intuit/, domains: ['intuit.com', 'quickbooks.com'], links: /\bconnect\.intuit\.com\b/ },
  { id: 'xero', name: /xero/, domains: ['xero.com'], links: /\bin\.xero\.com\b/ },
  { id: 'freshbooks', name: /freshbooks/, domains: ['freshbooks.com'] },
  { id: 'tiime', name: /tiime/, domains: ['tiime.fr', 'tiime.com'] },
  { id: 'henrri', name: /henrri/, domains: ['henrri.com', 'henrri.fr'] },
  { id: 'axonaut', name: /axonaut/, domains: ['axonaut.com'] },
  { id: 'abby', name: /abby/, domains: ['abby.fr'] },
  { id: 'zervant', name: /zervant/, domains: ['zervant.com'] },
  { id: 'evoliz', name: /evoliz/, domains: ['evoliz.com', 'evoliz.io'] },
  { id: 'freebe', name: /freebe/, domains: ['freebe.me'] },
  { id: 'indy', name: /indy/, domains: ['indy.fr'] },
  { id: 'zoho', name: /zoho (invoice|books)/, domains: ['zohoinvoice.com', 'zoho.com', 'zoho.eu'] },
  { id: 'paypal', name: /paypal/, domains: ['paypal.com', 'paypal.fr'] },
  { id: 'square', name: /square/, domains: ['squareup.com', 'square.com'] },
  { id: 'jobber', name: /jobber/, domains: ['getjobber.com'] },
  { id: 'invoice2go', name: /invoice2go/, domains: ['invoice2go.com'] },
  { id: 'sumup', name: /sumup/, domains: ['sumup.com'] },
];

/** Whether an address sends from one of the service's domains (or a subdomain: "notification.intuit.com"). */
export function sendsFromService(service: InvoicingService, email: string | undefined): boolean {
  const domain = domainOf(email);
  return service.domains.some((d) => domain === d || domain.endsWith(`.${d}`));
}
