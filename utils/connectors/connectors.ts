import type { ConnectorId, InvoiceConnector } from './connector';
import { invoiceNinjaConnector } from './invoice-ninja';
import { pennylaneConnector } from './pennylane';
import { qontoConnector } from './qonto';
import { stripeConnector } from './stripe';

/** Every connector, in the order the options page lists them (what our users have most first). */
export const CONNECTORS: readonly InvoiceConnector[] = [pennylaneConnector, qontoConnector, stripeConnector, invoiceNinjaConnector];

export const CONNECTOR_IDS = CONNECTORS.map((c) => c.id) as [ConnectorId, ...ConnectorId[]];

/** Services our users ask for that only offer OAuth apps (no personal key): listed as not available yet. */
export const OAUTH_ONLY_SERVICES = ['QuickBooks', 'Xero', 'FreshBooks'] as const;

/** The connector for an id; throws on an unknown one (ids are validated at the message boundary). */
export function connectorFor(id: ConnectorId): InvoiceConnector {
  const found = CONNECTORS.find((c) => c.id === id);
  if (!found) throw new Error(`unknown connector ${id}`);
  return found;
}
