import { z } from '../validate/zod';
import { lazily } from '../validate/lazily';
import { decimalToMinor } from '../einvoice/minor-units';
import type { ApiClient } from './api-client';
import { ConnectorError } from './connector-error';
import type { Credential, InvoiceConnector, RemoteInvoice } from './connector';
import { STATUS_WORD_CODES, cdarCode } from './platform-status-codes';

const ORIGIN = 'https://app.pennylane.com';
const BASE = `${ORIGIN}/api/external/v2`;
const PAGE_SIZE = 100;
/** Pennylane cannot filter on paid or deadline: every finalized invoice is paged. Bound it (100 × 100). */
const MAX_PAGES = 100;

// Schemas built on first use: the worker that wakes for every opened thread seldom reads this service (issue 17).
const decimal = () => z.nullish(z.string());
const pennylaneInvoice = lazily(() =>
  z.object({
    id: z.union([z.number(), z.string()]),
    invoice_number: z.nullish(z.string()),
    status: z.nullish(z.string()),
    paid: z.nullish(z.boolean()),
    draft: z.nullish(z.boolean()),
    credit_note: z.nullish(z.boolean()),
    currency: z.nullish(z.string()),
    currency_amount: decimal(),
    remaining_amount_with_tax: decimal(),
    date: z.nullish(z.string()),
    deadline: z.nullish(z.string()),
    customer: z.nullish(z.object({ id: z.union([z.number(), z.string()]), url: z.nullish(z.string()) })),
    // Since 9 Mar 2026 (Pennylane is a plateforme agréée): the invoice's current e-invoicing status and its reason.
    e_invoicing: z.nullish(z.object({ status: z.nullish(z.string()), reason: z.nullish(z.string()), updated_at: z.nullish(z.string()) })),
  }),
);
const pennylaneList = lazily(() => z.object({ items: z.array(z.unknown()), has_more: z.boolean(), next_cursor: z.nullish(z.string()) }));
const pennylaneCustomer = lazily(() => z.object({ name: z.nullish(z.string()), emails: z.nullish(z.array(z.string())) }));

export interface PennylaneCustomer {
  name?: string;
  email?: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A Pennylane v2 customer invoice (+ its customer, fetched apart) → our invoice; undefined for drafts, credit notes
 * and unusable shapes. `paid` and the remaining amount are trusted over `status`, whose values move between versions.
 */
export function mapPennylaneInvoice(payload: unknown, customer: PennylaneCustomer | undefined): RemoteInvoice | undefined {
  const parsed = pennylaneInvoice().safeParse(payload);
  if (!parsed.success) return undefined;
  const i = parsed.data;
  if (i.draft || i.credit_note || !i.invoice_number || !i.date || !ISO_DAY.test(i.date)) return undefined;
  const currency = (i.currency || 'EUR').toUpperCase();
  const total = decimalToMinor(i.currency_amount ?? '', currency);
  if (total === undefined) return undefined;
  const remaining = i.remaining_amount_with_tax == null ? total : decimalToMinor(i.remaining_amount_with_tax, currency);
  if (remaining === undefined) return undefined;
  const state = i.status === 'cancelled' ? 'void' : i.paid || remaining <= 0 ? 'paid' : 'open';
  const invoice: RemoteInvoice = {
    externalId: String(i.id),
    number: i.invoice_number,
    state,
    total: { minor: total, currency },
    remaining: { minor: state === 'paid' ? 0 : remaining, currency },
    issueDate: i.date,
  };
  if (i.deadline && ISO_DAY.test(i.deadline)) invoice.dueDate = i.deadline;
  if (customer?.name) invoice.clientName = customer.name;
  if (customer?.email) invoice.clientEmail = customer.email;
  const e = i.e_invoicing;
  if (e?.status) {
    const on = e.updated_at && ISO_DAY.test(e.updated_at.slice(0, 10)) ? e.updated_at.slice(0, 10) : undefined;
    invoice.platformStatuses = [
      { platform: 'pennylane', code: cdarCode(e.status, STATUS_WORD_CODES), raw: e.status, ...(on ? { on } : {}), ...(e.reason ? { reason: e.reason } : {}) },
    ];
  }
  // public_file_url expires after 30 minutes: never stored.
  return invoice;
}

/** A Pennylane customer (`GET /customers/{id}`) → name and first e-mail. */
export function mapPennylaneCustomer(payload: unknown): PennylaneCustomer {
  const parsed = pennylaneCustomer().safeParse(payload);
  if (!parsed.success) return {};
  return { name: parsed.data.name ?? undefined, email: parsed.data.emails?.find((e) => e.includes('@')) };
}

const headers = (credential: Credential) => ({ Authorization: `Bearer ${credential.secret.trim()}` });
const FILTER = JSON.stringify([
  { field: 'draft', operator: 'eq', value: false },
  { field: 'credit_note', operator: 'eq', value: false },
]);

/** Reads customers once per sync: many invoices share one. */
function customerReader(api: ApiClient, credential: Credential) {
  const cache = new Map<string, Promise<PennylaneCustomer>>();
  return (ref: { id: number | string; url?: string | null } | null | undefined): Promise<PennylaneCustomer | undefined> => {
    if (!ref) return Promise.resolve(undefined);
    const key = String(ref.id);
    let found = cache.get(key);
    if (!found) {
      // The invoice gives the customer's own URL; only follow it on Pennylane's API, never elsewhere.
      const url = ref.url?.startsWith(`${BASE}/`) ? ref.url : `${BASE}/customers/${encodeURIComponent(key)}`;
      found = api.getJson(url, headers(credential), 'Pennylane').then(mapPennylaneCustomer);
      cache.set(key, found);
    }
    return found;
  };
}

const customerRef = (raw: unknown) => pennylaneInvoice().shape.customer.safeParse((raw as { customer?: unknown })?.customer).data;

/** Pennylane: a company token with customer_invoices:readonly and customers:readonly. */
export const pennylaneConnector: InvoiceConnector = {
  id: 'pennylane',
  label: 'Pennylane',
  origins: () => [`${ORIGIN}/*`],
  checkCredential({ secret }) {
    const token = secret.trim();
    if (token.length < 20 || /\s/.test(token))
      return { reason: 'format', message: 'Paste the whole Pennylane API token (Settings › Connectivity › Developers).' };
    return undefined;
  },
  async *listOpenInvoices(api, credential) {
    const customer = customerReader(api, credential);
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const query = new URLSearchParams({ limit: String(PAGE_SIZE), filter: FILTER, sort: '-id' });
      if (cursor) query.set('cursor', cursor);
      const list = pennylaneList().safeParse(await api.getJson(`${BASE}/customer_invoices?${query}`, headers(credential), 'Pennylane'));
      if (!list.success) throw new ConnectorError('bad-answer', 'Pennylane /customer_invoices: not a list');
      for (const raw of list.data.items) {
        const bare = mapPennylaneInvoice(raw, undefined);
        if (!bare) continue;
        // Customers are only worth a request for what we may import.
        yield bare.state === 'open' ? mapPennylaneInvoice(raw, await customer(customerRef(raw)))! : bare;
      }
      if (!list.data.has_more || !list.data.next_cursor) return;
      cursor = list.data.next_cursor;
    }
  },
  async getInvoice(api, credential, externalId) {
    try {
      const raw = await api.getJson(`${BASE}/customer_invoices/${encodeURIComponent(externalId)}`, headers(credential), 'Pennylane');
      return mapPennylaneInvoice(raw, undefined);
    } catch (error) {
      if (error instanceof ConnectorError && error.status === 404) return undefined;
      throw error;
    }
  },
};
