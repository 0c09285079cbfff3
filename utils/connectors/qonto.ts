import { z } from '../validate/zod';
import { lazily } from '../validate/lazily';
import { decimalToMinor } from '../einvoice/minor-units';
import { ConnectorError } from './connector-error';
import type { PlatformStatus } from '../model/platform-status';
import { STATUS_WORD_CODES, cdarCode } from './platform-status-codes';
import type { Credential, InvoiceConnector, RemoteInvoice, RemoteState } from './connector';
import { compareCodeUnits } from '../model/compare-code-units';

const BASE = 'https://thirdparty.qonto.com';
const PAGE_SIZE = 100;
const MAX_PAGES = 100;

// Schemas built on first use: the worker that wakes for every opened thread seldom reads this service (issue 17).
const qontoAmount = () => z.nullish(z.object({ value: z.string(), currency: z.nullish(z.string()) }));
const qontoInvoice = lazily(() =>
  z.object({
    id: z.string(),
    number: z.nullish(z.string()),
    invoice_number: z.nullish(z.string()),
    status: z.string(),
    currency: z.nullish(z.string()),
    total_amount: qontoAmount(),
    total_amount_cents: z.nullish(z.int()),
    // Seen in live answers though not documented: subtracted when present.
    amount_paid: qontoAmount(),
    issue_date: z.nullish(z.string()),
    due_date: z.nullish(z.string()),
    paid_at: z.nullish(z.string()),
    updated_at: z.nullish(z.string()),
    invoice_url: z.nullish(z.string()),
    contact_email: z.nullish(z.string()),
    client: z.nullish(
      z.object({
        type: z.nullish(z.string()),
        name: z.nullish(z.string()),
        first_name: z.nullish(z.string()),
        last_name: z.nullish(z.string()),
        email: z.nullish(z.string()),
      }),
    ),
    // Qonto is a plateforme agréée: the current status and every lifecycle event with its CDAR code.
    einvoicing_status: z.nullish(z.string()),
    einvoicing_lifecycle_events: z.nullish(
      z.array(
        z.object({
          status_code: z.union([z.number(), z.string()]),
          created_at: z.nullish(z.string()),
          reason: z.nullish(z.string()),
          reason_message: z.nullish(z.string()),
          amount: qontoAmount(),
        }),
      ),
    ),
  }),
);
const qontoList = lazily(() => z.object({ client_invoices: z.array(z.unknown()), meta: z.nullish(z.object({ next_page: z.nullish(z.int()) })) }));

const STATES: Record<string, RemoteState> = { draft: 'draft', unpaid: 'open', paid: 'paid', canceled: 'void', cancelled: 'void' };
const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/** A Qonto client invoice → our invoice; undefined for unusable shapes. Amount remaining = total − amount_paid. */
export function mapQontoInvoice(payload: unknown): RemoteInvoice | undefined {
  const parsed = qontoInvoice().safeParse(payload);
  if (!parsed.success) return undefined;
  const i = parsed.data;
  const number = i.number ?? i.invoice_number;
  const currency = (i.currency ?? i.total_amount?.currency ?? 'EUR').toUpperCase();
  const total = i.total_amount_cents ?? (i.total_amount ? decimalToMinor(i.total_amount.value, currency) : undefined);
  if (!number || total === undefined || !i.issue_date || !ISO_DAY.test(i.issue_date)) return undefined;
  const paid = i.amount_paid ? (decimalToMinor(i.amount_paid.value, currency) ?? 0) : 0;
  const state = STATES[i.status] ?? 'draft';
  const invoice: RemoteInvoice = {
    externalId: i.id,
    number,
    state,
    total: { minor: total, currency },
    remaining: { minor: state === 'paid' ? 0 : Math.max(0, total - paid), currency },
    issueDate: i.issue_date.slice(0, 10),
  };
  if (i.due_date && ISO_DAY.test(i.due_date)) invoice.dueDate = i.due_date.slice(0, 10);
  const person = [i.client?.first_name, i.client?.last_name].filter(Boolean).join(' ');
  const name = i.client?.name || person;
  if (name) invoice.clientName = name;
  const email = i.client?.email || i.contact_email;
  if (email) invoice.clientEmail = email;
  if (i.client?.type === 'individual') invoice.clientKind = 'consumer';
  else if (i.client?.type) invoice.clientKind = 'business';
  if (i.invoice_url) invoice.link = i.invoice_url;
  // Offsets are written with the date-time ("2026-11-02T17:58:30+01:00"): its own date part is the day it happened.
  const closedAt = state === 'paid' ? i.paid_at : state === 'void' ? i.updated_at : undefined;
  if (closedAt && ISO_DAY.test(closedAt)) invoice.closedOn = closedAt.slice(0, 10);
  const statuses = (i.einvoicing_lifecycle_events ?? []).map((event): PlatformStatus => {
    const raw = String(event.status_code);
    const collected = event.amount ? decimalToMinor(event.amount.value, (event.amount.currency ?? currency).toUpperCase()) : undefined;
    const reason = [event.reason, event.reason_message].filter(Boolean).join(' — ');
    return {
      platform: 'qonto',
      code: cdarCode(raw, STATUS_WORD_CODES),
      raw,
      ...(event.created_at && ISO_DAY.test(event.created_at) ? { on: event.created_at.slice(0, 10) } : {}),
      ...(reason ? { reason } : {}),
      ...(collected !== undefined ? { amount: { minor: collected, currency: (event.amount?.currency ?? currency).toUpperCase() } } : {}),
    };
  });
  // Without its events, the current status alone still counts.
  if (statuses.length === 0 && i.einvoicing_status)
    statuses.push({ platform: 'qonto', code: cdarCode(i.einvoicing_status, STATUS_WORD_CODES), raw: i.einvoicing_status });
  if (statuses.length > 0) invoice.platformStatuses = statuses.sort((a, b) => compareCodeUnits(a.on ?? '', b.on ?? ''));
  return invoice;
}

// Qonto's API key is "login:secret-key" sent as is (not Basic, not Base64).
const headers = (credential: Credential) => ({ Authorization: credential.secret.trim() });

/** Qonto: the organisation's API key (login:secret-key). It cannot be narrowed: Qonto only scopes OAuth apps. */
export const qontoConnector: InvoiceConnector = {
  id: 'qonto',
  label: 'Qonto',
  origins: () => [`${BASE}/*`],
  checkCredential({ secret }) {
    const [login, key, extra] = secret.trim().split(':');
    if (!login || !key || extra !== undefined || /\s/.test(secret.trim()))
      return { reason: 'qonto-format', message: 'Qonto’s key is your organisation login and secret key joined by a colon: login:secret-key.' };
    return undefined;
  },
  async *listOpenInvoices(api, credential) {
    let page: number | undefined = 1;
    for (let n = 0; page && n < MAX_PAGES; n++) {
      const query = new URLSearchParams({ 'filter[status]': 'unpaid', per_page: String(PAGE_SIZE), page: String(page) });
      const list = qontoList().safeParse(await api.getJson(`${BASE}/v2/client_invoices?${query}`, headers(credential), 'Qonto'));
      if (!list.success) throw new ConnectorError('bad-answer', 'Qonto /v2/client_invoices: not a list');
      for (const raw of list.data.client_invoices) {
        const invoice = mapQontoInvoice(raw);
        if (invoice) yield invoice;
      }
      page = list.data.meta?.next_page ?? undefined;
    }
  },
  async getInvoice(api, credential, externalId) {
    try {
      const raw = (await api.getJson(`${BASE}/v2/client_invoices/${encodeURIComponent(externalId)}`, headers(credential), 'Qonto')) as {
        client_invoice?: unknown;
      };
      return mapQontoInvoice(raw?.client_invoice);
    } catch (error) {
      if (error instanceof ConnectorError && error.status === 404) return undefined;
      throw error;
    }
  },
};
