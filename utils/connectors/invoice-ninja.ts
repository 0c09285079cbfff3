import { z } from '../validate/zod';
import { lazily } from '../validate/lazily';
import { ConnectorError } from './connector-error';
import type { Credential, InvoiceConnector, MapContext, RemoteInvoice, RemoteState } from './connector';
import { floatToMinor } from './float-amount';

/** The hosted edition; a self-hosted server is the user's own origin. */
export const INVOICE_NINJA_HOSTED = 'https://invoicing.co';
const PAGE_SIZE = 100;
const MAX_PAGES = 100;

/** Invoice Ninja's currency ids (its `currencies` seed order) for the currencies our users invoice in. */
const CURRENCIES: Record<string, string> = {
  '1': 'USD',
  '2': 'GBP',
  '3': 'EUR',
  '4': 'ZAR',
  '5': 'DKK',
  '6': 'ILS',
  '7': 'SEK',
  '8': 'KES',
  '9': 'CAD',
  '10': 'PHP',
  '11': 'INR',
  '12': 'AUD',
  '13': 'SGD',
  '14': 'NOK',
  '15': 'NZD',
  '16': 'VND',
  '17': 'CHF',
};

// Schemas built on first use: the worker that wakes for every opened thread seldom reads this service (issue 17).
const ninjaInvoice = lazily(() =>
  z.object({
    id: z.string(),
    number: z.nullish(z.string()),
    status_id: z.union([z.string(), z.number()]),
    amount: z.number(),
    balance: z.number(),
    date: z.nullish(z.string()),
    due_date: z.nullish(z.string()),
    updated_at: z.nullish(z.number()),
    invitations: z.nullish(z.array(z.object({ link: z.nullish(z.string()) }))),
    client: z.nullish(
      z.object({
        name: z.nullish(z.string()),
        display_name: z.nullish(z.string()),
        settings: z.nullish(z.looseObject({ currency_id: z.nullish(z.union([z.string(), z.number()])) })),
        contacts: z.nullish(z.array(z.object({ email: z.nullish(z.string()), is_primary: z.nullish(z.boolean()) }))),
      }),
    ),
  }),
);
const ninjaList = lazily(() =>
  z.object({
    data: z.array(z.unknown()),
    meta: z.nullish(z.object({ pagination: z.nullish(z.object({ current_page: z.number(), total_pages: z.number() })) })),
  }),
);

// status_id is stored as a string: 1 draft, 2 sent, 3 partial, 4 paid, 5 cancelled, 6 reversed.
const STATES: Record<string, RemoteState> = { '1': 'draft', '2': 'open', '3': 'open', '4': 'paid', '5': 'void', '6': 'void' };
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An Invoice Ninja v5 invoice fetched with include=client → our invoice; undefined when unusable. The invoice has no
 * currency: it is the client's (settings.currency_id); an id outside our table makes the invoice unusable rather than
 * guessed.
 */
export function mapInvoiceNinjaInvoice(payload: unknown, map: MapContext): RemoteInvoice | undefined {
  const parsed = ninjaInvoice().safeParse(payload);
  if (!parsed.success) return undefined;
  const i = parsed.data;
  const currency = CURRENCIES[String(i.client?.settings?.currency_id ?? '')];
  if (!currency || !i.number || !i.date || !ISO_DAY.test(i.date)) return undefined;
  const total = floatToMinor(i.amount, currency);
  const balance = floatToMinor(i.balance, currency);
  if (total === undefined || balance === undefined) return undefined;
  const state = STATES[String(i.status_id)] ?? 'draft';
  const invoice: RemoteInvoice = {
    externalId: i.id,
    number: i.number,
    state,
    total: { minor: total, currency },
    remaining: { minor: state === 'paid' ? 0 : Math.max(0, balance), currency },
    issueDate: i.date,
  };
  if (i.due_date && ISO_DAY.test(i.due_date)) invoice.dueDate = i.due_date;
  const name = i.client?.display_name || i.client?.name;
  if (name) invoice.clientName = name;
  const contacts = i.client?.contacts ?? [];
  const email = (contacts.find((c) => c.is_primary && c.email) ?? contacts.find((c) => c.email))?.email;
  if (email) invoice.clientEmail = email;
  const link = i.invitations?.find((v) => v.link)?.link;
  if (link) invoice.link = link;
  if ((state === 'paid' || state === 'void') && i.updated_at) invoice.closedOn = map.dayOf(i.updated_at);
  return invoice;
}

/** The server's origin from what the user typed ("invoices.example.fr/", "https://x.fr/app") → "https://x.fr"; https only. */
export function invoiceNinjaOrigin(typed: string | undefined): string | undefined {
  const raw = (typed ?? '').trim();
  if (!raw) return INVOICE_NINJA_HOSTED;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
    if (url.protocol !== 'https:' || url.username || url.password) return undefined;
    // One real host only: "*" would turn the permission request into https://*/* (every site).
    if (!/^[a-z0-9.-]+$/i.test(url.hostname) || url.hostname.split('.').some((label) => !label)) return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

const headers = (credential: Credential) => ({ 'X-API-TOKEN': credential.secret.trim(), 'X-Requested-With': 'XMLHttpRequest' });
const originOf = (credential: Credential) => {
  const origin = invoiceNinjaOrigin(credential.origin);
  if (!origin) throw new ConnectorError('bad-credential', 'Invoice Ninja: the server address must be an https:// address', undefined, 'ninja-origin');
  return origin;
};

/** Invoice Ninja v5, hosted (invoicing.co) or self-hosted: an API token (tokens carry their user's full rights). */
export const invoiceNinjaConnector: InvoiceConnector = {
  id: 'invoice-ninja',
  label: 'Invoice Ninja',
  // Exactly the one origin the user gave: the manifest's https://*/* only makes that request possible.
  origins: (credential) => {
    const origin = invoiceNinjaOrigin(credential.origin);
    return origin ? [`${origin}/*`] : [];
  },
  checkCredential(credential) {
    if (!invoiceNinjaOrigin(credential.origin)) return { reason: 'ninja-origin', message: 'The server address must be an https:// address.' };
    const token = credential.secret.trim();
    if (token.length < 8 || /\s/.test(token))
      return { reason: 'format', message: 'Paste the whole Invoice Ninja API token (Settings › Account Management › Integrations › API tokens).' };
    return undefined;
  },
  async *listOpenInvoices(api, credential, map) {
    const origin = originOf(credential);
    for (let page = 1; page <= MAX_PAGES; page++) {
      const query = new URLSearchParams({
        client_status: 'unpaid,overdue',
        status: 'active',
        include: 'client',
        per_page: String(PAGE_SIZE),
        page: String(page),
      });
      const list = ninjaList().safeParse(await api.getJson(`${origin}/api/v1/invoices?${query}`, headers(credential), 'Invoice Ninja'));
      if (!list.success) throw new ConnectorError('bad-answer', 'Invoice Ninja /api/v1/invoices: not a list');
      for (const raw of list.data.data) {
        const invoice = mapInvoiceNinjaInvoice(raw, map);
        if (invoice) yield invoice;
      }
      const pagination = list.data.meta?.pagination;
      if (!pagination || pagination.current_page >= pagination.total_pages || list.data.data.length === 0) return;
    }
  },
  async getInvoice(api, credential, externalId, map) {
    const origin = originOf(credential);
    try {
      const raw = (await api.getJson(`${origin}/api/v1/invoices/${encodeURIComponent(externalId)}?include=client`, headers(credential), 'Invoice Ninja')) as {
        data?: unknown;
      };
      return mapInvoiceNinjaInvoice(raw?.data, map);
    } catch (error) {
      if (error instanceof ConnectorError && error.status === 404) return undefined;
      throw error;
    }
  },
};
