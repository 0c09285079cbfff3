import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { track } from '../../../utils/background/handlers/invoice';
import { connect, connectionsState, refreshConnections } from '../../../utils/background/handlers/connector';
import type { HandlerContext } from '../../../utils/background/router';
import { createApiClient } from '../../../utils/connectors/api-client';
import { createConnectionVault } from '../../../utils/connectors/connection-vault';
import { invoiceNinjaConnector } from '../../../utils/connectors/invoice-ninja';
import { pennylaneConnector } from '../../../utils/connectors/pennylane';
import { qontoConnector } from '../../../utils/connectors/qonto';
import { stripeConnector } from '../../../utils/connectors/stripe';
import type { RemoteDeps } from '../../../utils/connectors/remote-deps';
import { syncConnector } from '../../../utils/background/sync-connector';
import { verifyChain } from '../../../utils/evidence/verify-chain';
import { openRelanceDb } from '../../../utils/store/open-db';
import { RelanceStore } from '../../../utils/store/relance-store';
import { fixture, UTC_DAYS } from './fixture';
import { fakeFetch, json } from './fake-fetch';

const KEY = 'rk_live_51Htestrestrictedkey';

function context(today = '2026-11-23'): HandlerContext {
  const store = new RelanceStore((onClose) => openRelanceDb(`relance-connectors-${Math.random()}`, undefined, onClose));
  return { store, today: () => today };
}

/** A Stripe account: two pages of open invoices, then `paid` when an invoice is read by id. */
function stripeAccount(state: { paid: boolean }) {
  return fakeFetch([
    [/\/v1\/invoices\?.*status=open.*starting_after=in_1Pa0002/, () => json(fixture('stripe-open-page2.json'))],
    [
      /\/v1\/invoices\?.*status=open/,
      () =>
        state.paid
          ? json({ ...(fixture('stripe-open-page1.json') as object), data: (fixture('stripe-open-page1.json') as { data: unknown[] }).data.slice(1) })
          : json(fixture('stripe-open-page1.json')),
    ],
    [/\/v1\/invoices\?.*status=uncollectible/, () => json(fixture('stripe-uncollectible.json'))],
    [/\/v1\/invoices\/in_1Pa0001$/, () => json(fixture('stripe-paid.json'))],
  ]);
}

const api = (fetch: typeof globalThis.fetch) => createApiClient({ fetch, sleep: async () => undefined });

describe('syncConnector', () => {
  it('pages through Stripe, imports open invoices with an e-mail, skips the one without, sends the key only as a header', async () => {
    const ctx = context();
    const account = stripeAccount({ paid: false });
    const report = await syncConnector(ctx, stripeConnector, { secret: KEY }, api(account.fetch), UTC_DAYS);
    expect(report).toMatchObject({ open: 3, imported: 2, updated: 0, closed: 0, skipped: 1, failed: 0 });
    const invoices = await ctx.store.allInvoices();
    expect(invoices.map((i) => i.number).sort()).toEqual(['STR-2026-0041', 'STR-2026-0042']);
    const partly = invoices.find((i) => i.number === 'STR-2026-0042')!;
    expect(partly).toMatchObject({
      amountDue: { minor: 80000, currency: 'EUR' },
      total: { minor: 98050 },
      dueDate: '2026-10-03',
      paymentLink: 'https://invoice.stripe.com/i/acct_1/test_A2',
    });
    expect(partly.sources).toEqual([expect.objectContaining({ kind: 'connector', ref: 'stripe', externalId: 'in_1Pa0002' })]);
    // Cursor pagination: starting_after the last id of page 1.
    expect(account.calls.map((c) => new URL(c.url).searchParams.get('starting_after'))).toContain('in_1Pa0002');
    for (const call of account.calls) {
      expect(call.url).not.toContain(KEY);
      expect(call.headers.Authorization).toBe(`Bearer ${KEY}`);
    }
  });

  it('takes an invoice the service marks paid out of the ladder, with the payment and the status change in its timeline', async () => {
    const ctx = context();
    const state = { paid: false };
    const account = stripeAccount(state);
    await syncConnector(ctx, stripeConnector, { secret: KEY }, api(account.fetch), UTC_DAYS);
    state.paid = true;
    const report = await syncConnector(ctx, stripeConnector, { secret: KEY }, api(account.fetch), UTC_DAYS);
    expect(report).toMatchObject({ closed: 1, imported: 0 });
    const paid = (await ctx.store.invoicesByNumber('STR-2026-0041'))[0];
    expect(paid).toMatchObject({ status: 'paid', amountDue: { minor: 0 } });
    expect(paid.nextActionDate).toBeUndefined();
    const timeline = await ctx.store.timeline(paid.id);
    expect(timeline.map((e) => e.kind)).toEqual(['invoice-tracked', 'payment', 'status-change']);
    expect(timeline[1]).toMatchObject({ occurredOn: '2026-10-16', data: { amount: { minor: 240000 }, method: 'Stripe', full: true } });
    expect(timeline[2].data).toMatchObject({ from: 'open', to: 'paid', reason: 'Stripe: invoice paid' });
    expect((await verifyChain(timeline)).intact).toBe(true);
    // A third sync changes nothing.
    expect(await syncConnector(ctx, stripeConnector, { secret: KEY }, api(account.fetch), UTC_DAYS)).toMatchObject({
      open: 2,
      closed: 0,
      imported: 0,
      updated: 0,
    });
    expect(await ctx.store.timeline(paid.id)).toHaveLength(3);
  });

  it('merges with the invoice the mailbox found (same number, same client) and records what was paid since', async () => {
    const ctx = context();
    await track(
      {
        type: 'invoice:track',
        webmail: 'gmail',
        threadId: 'thread-1',
        fields: {
          number: 'INV-2026-017',
          amountDue: { minor: 125250, currency: 'EUR' },
          issueDate: '2026-09-10',
          dueDate: '2026-10-10',
          debtor: { name: 'Ferronnerie Roux', email: 'compta@ferronnerie-roux.fr' },
          debtorKind: 'business',
        },
      },
      ctx,
    );
    const account = fakeFetch([[/client_invoices/, () => json(fixture('qonto-unpaid.json'))]]);
    const report = await syncConnector(ctx, qontoConnector, { secret: 'mon-org-1234:s3cr3tk3y' }, api(account.fetch), UTC_DAYS);
    expect(report).toMatchObject({ open: 2, imported: 1, updated: 1 });
    const [merged] = await ctx.store.invoicesByNumber('INV-2026-017');
    expect(merged.threadIds).toEqual(['thread-1']);
    expect(merged.sources.map((s) => s.kind)).toEqual(['mail', 'connector']);
    expect(merged.amountDue.minor).toBe(100000);
    const timeline = await ctx.store.timeline(merged.id);
    expect(timeline.at(-1)).toMatchObject({ kind: 'payment', data: { amount: { minor: 25250, currency: 'EUR' }, full: false, method: 'Qonto' } });
    expect(account.calls[0].headers.Authorization).toBe('mon-org-1234:s3cr3tk3y');
    // The consumer debtor is recorded as one.
    const consumer = await ctx.store.findClientByEmail('claire.fontaine@example.fr');
    expect(consumer?.kind).toBe('consumer');
  });

  it('reads Pennylane customers once for all their invoices and imports only the ones still owed', async () => {
    const ctx = context();
    const account = fakeFetch([
      [/customer_invoices\?.*cursor=/, () => json(fixture('pennylane-page2.json'))],
      [/customer_invoices\?/, () => json(fixture('pennylane-page1.json'))],
      [/customers\/77$/, () => json(fixture('pennylane-customer.json'))],
    ]);
    const report = await syncConnector(ctx, pennylaneConnector, { secret: 'pl_token_0123456789abcdef0123' }, api(account.fetch), UTC_DAYS);
    expect(report).toMatchObject({ open: 2, imported: 2, closed: 0 });
    expect(account.calls.filter((c) => c.url.includes('/customers/77'))).toHaveLength(1);
    const first = new URL(account.calls[0].url);
    expect(JSON.parse(first.searchParams.get('filter')!)).toEqual([
      { field: 'draft', operator: 'eq', value: false },
      { field: 'credit_note', operator: 'eq', value: false },
    ]);
    const noDeadline = (await ctx.store.invoicesByNumber('F20260099'))[0];
    // No deadline at Pennylane: the user's payment terms (30 days by default) from the issue date.
    expect(noDeadline).toMatchObject({ dueDate: '2026-08-14', amountDue: { minor: 73456 } });
  });

  it('pages Invoice Ninja and asks for the client with every invoice', async () => {
    const ctx = context();
    const account = fakeFetch([[/\/api\/v1\/invoices\?/, () => json(fixture('invoice-ninja-unpaid.json'))]]);
    const report = await syncConnector(
      ctx,
      invoiceNinjaConnector,
      { secret: 'ninja-token-123456', origin: 'https://factures.example.fr' },
      api(account.fetch),
      UTC_DAYS,
    );
    expect(report).toMatchObject({ open: 2, imported: 2 });
    const url = new URL(account.calls[0].url);
    expect(url.origin).toBe('https://factures.example.fr');
    expect(url.searchParams.get('include')).toBe('client');
    expect(url.searchParams.get('client_status')).toBe('unpaid,overdue');
    expect(account.calls[0].headers).toMatchObject({ 'X-API-TOKEN': 'ninja-token-123456', 'X-Requested-With': 'XMLHttpRequest' });
    expect((await ctx.store.invoicesByNumber('0043'))[0].amountDue).toEqual({ minor: 9999, currency: 'GBP' });
  });
});

describe('connect and refresh', () => {
  function deps(fetch: typeof globalThis.fetch, granted = true): RemoteDeps {
    const data: Record<string, unknown> = {};
    return {
      fetch,
      vault: createConnectionVault({ get: async (k) => ({ [k]: data[k] }), set: async (items) => void Object.assign(data, structuredClone(items)) }),
      hasOrigins: async () => granted,
      sleep: async () => undefined,
    };
  }

  it('refuses a Stripe secret key before any call and stores nothing', async () => {
    const ctx = context();
    const account = stripeAccount({ paid: false });
    const d = deps(account.fetch);
    const result = await connect(ctx, d, 'stripe', { secret: 'sk_live_51Hsecretsecretsecret' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-credential', reason: 'stripe-secret-key' } });
    expect(account.calls).toHaveLength(0);
    expect(await d.vault.all()).toEqual([]);
  });

  it('does not keep a key the service refuses (revoked), and says so', async () => {
    const ctx = context();
    const d = deps(fakeFetch([[/stripe/, () => new Response('{}', { status: 401 })]]).fetch);
    const result = await connect(ctx, d, 'stripe', { secret: KEY });
    expect(result).toMatchObject({ ok: false, error: { code: 'revoked', status: 401 } });
    expect(await d.vault.all()).toEqual([]);
  });

  it('needs the host permission', async () => {
    const ctx = context();
    const d = deps(stripeAccount({ paid: false }).fetch, false);
    expect(await connect(ctx, d, 'stripe', { secret: KEY })).toMatchObject({ ok: false, error: { code: 'permission' } });
  });

  it('connects, shows the last sync without the key, and records a later failure without losing the connection', async () => {
    const ctx = context();
    let down = false;
    const account = fakeFetch([
      [
        /./,
        (url) =>
          down
            ? new Response('', { status: 503 })
            : url.searchParams.get('starting_after')
              ? json(fixture('stripe-open-page2.json'))
              : url.searchParams.get('status') === 'open'
                ? json(fixture('stripe-open-page1.json'))
                : json(fixture('stripe-uncollectible.json')),
      ],
    ]);
    const d = deps(account.fetch);
    const result = await connect(ctx, d, 'stripe', { secret: KEY });
    expect(result.ok).toBe(true);
    const view = result.state.connections.find((c) => c.id === 'stripe')!;
    expect(view).toMatchObject({ connected: true, keyHint: '…dkey', lastSync: { imported: 2, skipped: 1 } });
    expect(JSON.stringify(result.state)).not.toContain(KEY);
    down = true;
    await refreshConnections(ctx, d);
    const after = (await connectionsState(d)).connections.find((c) => c.id === 'stripe')!;
    expect(after).toMatchObject({ connected: true, lastError: { code: 'http', status: 503 }, lastSync: { imported: 2 } });
    expect((await ctx.store.readLog()).map((l) => l.detail).join('\n')).not.toContain(KEY);
  });
});
