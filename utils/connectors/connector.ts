import type { Money } from '../mail/types';
import type { PlatformStatus } from '../model/platform-status';
import type { ApiClient } from './api-client';
import type { DebtorKind } from '../model/client';

export type ConnectorId = 'pennylane' | 'qonto' | 'stripe' | 'invoice-ninja';

/** What the user pasted: one secret, and for a self-hostable service the origin of their server. */
export interface Credential {
  secret: string;
  origin?: string;
}

/** An invoice's state as the service tells it, reduced to what the ladder needs. */
export type RemoteState = 'open' | 'paid' | 'void' | 'draft';

/** One invoice read from a service, in our units: minor units and ISO 4217, YYYY-MM-DD dates. */
export interface RemoteInvoice {
  externalId: string;
  number: string;
  state: RemoteState;
  total: Money;
  /** What is still owed, tax included. */
  remaining: Money;
  issueDate: string;
  dueDate?: string;
  clientName?: string;
  clientEmail?: string;
  /** Only when the service says so (Qonto's client type); otherwise the debtor is taken for a business. */
  clientKind?: DebtorKind;
  /** A durable page the debtor can pay or download from; never a link that expires within the hour. */
  link?: string;
  /** Day the service says the invoice was paid or voided. */
  closedOn?: string;
  /** E-invoicing lifecycle statuses the service (a plateforme agréée) reports, oldest first. */
  platformStatuses?: PlatformStatus[];
}

/** Context a mapping needs beyond the payload (the user's calendar, a currency the invoice does not carry). */
export interface MapContext {
  /** Unix seconds → the user's calendar day. */
  dayOf(unixSeconds: number): string;
}

/** One invoicing service behind one interface, so adding a service is one file. */
export interface InvoiceConnector {
  id: ConnectorId;
  label: string;
  /** The hosts the background calls, as optional host permission patterns ("https://api.stripe.com/*"). */
  origins(credential: Credential): string[];
  /** Refuses a credential before any call (wrong format, a Stripe secret key...); undefined when it may be tried. */
  checkCredential(credential: Credential): { reason: string; message: string } | undefined;
  /**
   * The invoices still owed, every page of them. A service that cannot filter by state (Pennylane) also yields the
   * paid and cancelled ones it reads on the way: the sync uses them too.
   */
  listOpenInvoices(api: ApiClient, credential: Credential, map: MapContext): AsyncGenerator<RemoteInvoice>;
  /** One invoice by the service's id, to learn that one we track was paid or voided; undefined when gone. */
  getInvoice(api: ApiClient, credential: Credential, externalId: string, map: MapContext): Promise<RemoteInvoice | undefined>;
}
