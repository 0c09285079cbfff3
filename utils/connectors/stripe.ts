import { z } from '../validate/zod';
import { lazily } from '../validate/lazily';
import { ConnectorError } from './connector-error';
import type { Credential, InvoiceConnector, MapContext, RemoteInvoice, RemoteState } from './connector';

const BASE = 'https://api.stripe.com';
// Pinned so the account's default API version cannot move the fields we read (all present in this version).
const STRIPE_VERSION = '2024-06-20';
const PAGE_SIZE = 100;
/** Still owed: `uncollectible` is a write-off in Stripe, not a payment, and a good case for a formal notice. */
const OWED_STATUSES = ['open', 'uncollectible'] as const;

// Schemas built on first use: the worker that wakes for every opened thread seldom reads this service (issue 17).
const nullableString = () => z.nullish(z.string());
const stripeInvoice = lazily(() =>
  z.object({
    id: z.string(),
    number: nullableString(),
    status: nullableString(),
    currency: z.string(),
    total: z.int(),
    amount_remaining: z.int(),
    effective_at: z.nullish(z.number()),
    created: z.number(),
    due_date: z.nullish(z.number()),
    customer_name: nullableString(),
    customer_email: nullableString(),
    hosted_invoice_url: nullableString(),
    invoice_pdf: nullableString(),
    status_transitions: z.nullish(z.object({ paid_at: z.nullish(z.number()), voided_at: z.nullish(z.number()) })),
  }),
);
const stripeList = lazily(() => z.object({ data: z.array(z.unknown()), has_more: z.boolean() }));

const STATES: Record<string, RemoteState> = { draft: 'draft', open: 'open', uncollectible: 'open', paid: 'paid', void: 'void' };

/** A Stripe `Invoice` object → our invoice; undefined for a draft (no number yet) or an unknown shape. */
export function mapStripeInvoice(payload: unknown, map: MapContext): RemoteInvoice | undefined {
  const parsed = stripeInvoice().safeParse(payload);
  if (!parsed.success || !parsed.data.number) return undefined;
  const i = parsed.data;
  const currency = i.currency.toUpperCase();
  const state = STATES[i.status ?? ''] ?? 'draft';
  const closedAt = state === 'paid' ? i.status_transitions?.paid_at : state === 'void' ? i.status_transitions?.voided_at : undefined;
  const invoice: RemoteInvoice = {
    externalId: i.id,
    number: i.number!,
    state,
    // Stripe amounts are already integers in the currency's smallest unit.
    total: { minor: i.total, currency },
    remaining: { minor: i.amount_remaining, currency },
    issueDate: map.dayOf(i.effective_at ?? i.created),
  };
  if (i.due_date) invoice.dueDate = map.dayOf(i.due_date);
  if (i.customer_name) invoice.clientName = i.customer_name;
  if (i.customer_email) invoice.clientEmail = i.customer_email;
  const link = i.hosted_invoice_url ?? i.invoice_pdf;
  if (link) invoice.link = link;
  if (closedAt) invoice.closedOn = map.dayOf(closedAt);
  return invoice;
}

const headers = (credential: Credential) => ({ Authorization: `Bearer ${credential.secret.trim()}`, 'Stripe-Version': STRIPE_VERSION });

/** Stripe: a restricted key (rk_) with Invoices: Read only. */
export const stripeConnector: InvoiceConnector = {
  id: 'stripe',
  label: 'Stripe',
  origins: () => [`${BASE}/*`],
  checkCredential({ secret }) {
    const key = secret.trim();
    if (/^sk_(live|test)_/.test(key)) {
      return {
        reason: 'stripe-secret-key',
        message: 'A Stripe secret key (sk_) opens the whole account, payouts and refunds included: create a restricted key (rk_) with Invoices: Read only.',
      };
    }
    if (/^pk_(live|test)_/.test(key))
      return { reason: 'stripe-publishable-key', message: 'A publishable key (pk_) cannot read invoices: create a restricted key (rk_) with Invoices: Read.' };
    if (!/^rk_(live|test)_[A-Za-z0-9]{8,}$/.test(key)) return { reason: 'format', message: 'A Stripe restricted key starts with rk_live_ or rk_test_.' };
    return undefined;
  },
  async *listOpenInvoices(api, credential, map) {
    for (const status of OWED_STATUSES) {
      let after: string | undefined;
      for (;;) {
        const query = new URLSearchParams({ status, collection_method: 'send_invoice', limit: String(PAGE_SIZE) });
        if (after) query.set('starting_after', after);
        const page = stripeList().safeParse(await api.getJson(`${BASE}/v1/invoices?${query}`, headers(credential), 'Stripe'));
        if (!page.success) throw new ConnectorError('bad-answer', 'Stripe /v1/invoices: not a list');
        for (const raw of page.data.data) {
          const invoice = mapStripeInvoice(raw, map);
          if (invoice) yield invoice;
        }
        const last = page.data.data.at(-1) as { id?: unknown } | undefined;
        if (!page.data.has_more || typeof last?.id !== 'string') break;
        after = last.id;
      }
    }
  },
  async getInvoice(api, credential, externalId, map) {
    try {
      return mapStripeInvoice(await api.getJson(`${BASE}/v1/invoices/${encodeURIComponent(externalId)}`, headers(credential), 'Stripe'), map);
    } catch (error) {
      if (error instanceof ConnectorError && error.status === 404) return undefined;
      throw error;
    }
  },
};
