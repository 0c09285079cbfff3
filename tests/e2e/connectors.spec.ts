/**
 * Connections to invoicing services and the company registry, in the built extension, against local answers routed
 * at the real API hosts (documented shapes, tests/fixtures/connectors). Nothing reaches the network: every host the
 * extension may call is routed, and an unexpected path answers 599.
 *
 * Permission prompts: Chromium shows the optional-permission prompt after a real click in the options page, and
 * headless Chromium never answers it (the request stays pending: checked in the first test). The grant path is then
 * tested by answering the request in the page (chrome.permissions.request resolves true) and by reporting the same
 * grant to the worker's chrome.permissions.contains, which the background checks before any call.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page, Request, Route, Worker } from '@playwright/test';
import { readDocx } from '../unit/export/docx-reader';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/connectors');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const STRIPE_KEY = 'rk_test_51HrestrictedE2Ekey';
const API_HOSTS =
  /^https:\/\/(api\.stripe\.com|app\.pennylane\.com|thirdparty\.qonto\.com|invoicing\.co|factures\.example\.fr|recherche-entreprises\.api\.gouv\.fr|bodacc-datadila\.opendatasoft\.com)\//;

type Answer = { status?: number; body?: string; headers?: Record<string, string> } | 'hang';
type Handler = (url: URL, request: Request) => Answer | undefined;

/** Routes every API host to `handler`; records each request (URL, headers, time). */
async function serveApis(context: BrowserContext, handler: Handler) {
  const seen: Array<{ url: URL; headers: Record<string, string>; at: number }> = [];
  await context.route(API_HOSTS, async (route: Route, request: Request) => {
    const url = new URL(request.url());
    seen.push({ url, headers: await request.allHeaders(), at: Date.now() });
    const answer = handler(url, request) ?? { status: 599, body: 'unexpected request in test' };
    if (answer === 'hang') return; // never answered: the extension's own timeout must end it
    // The grant is simulated (see above), so Chromium treats these answers as CORS ones and hides headers a granted
    // host would show the worker: expose them, as a real host permission does.
    const headers = { ...answer.headers, 'access-control-allow-origin': '*', 'access-control-expose-headers': Object.keys(answer.headers ?? {}).join(', ') };
    await route.fulfill({ status: answer.status ?? 200, contentType: 'application/json', headers, body: answer.body ?? '{}' });
  });
  return seen;
}

/** Answers the permission prompt in the page and reports the grant to the worker (see the header comment). */
async function grantPermissionPrompts(page: Page, worker: Worker) {
  await page.addInitScript(() => {
    const w = window as unknown as { __asked: string[][] };
    w.__asked = [];
    const permissions = (globalThis as unknown as { chrome: { permissions: Record<string, unknown> } }).chrome.permissions;
    permissions.request = (details: { origins: string[] }, callback?: (granted: boolean) => void) => {
      w.__asked.push(details.origins);
      return callback ? callback(true) : Promise.resolve(true);
    };
  });
  await worker.evaluate(() => {
    const permissions = (globalThis as unknown as { chrome: { permissions: Record<string, unknown> } }).chrome.permissions;
    permissions.contains = (_details: unknown, callback?: (granted: boolean) => void) => (callback ? callback(true) : Promise.resolve(true));
  });
}

async function openOptions(context: BrowserContext, extensionId: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: 'Connexions à vos services de facturation' })).toBeVisible();
  return page;
}

type Summary = { number: string; status: string; amountDue: { minor: number }; dueDate: string };
const invoices = (page: Page) =>
  page.evaluate(async () => {
    const reply = (await (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value: unknown }> } } }
    ).chrome.runtime.sendMessage({ type: 'invoice:list' })) as { value: Summary[] };
    return reply.value
      .map((i) => ({ number: i.number, status: i.status, amountDue: i.amountDue.minor, dueDate: i.dueDate }))
      .sort((a, b) => a.number.localeCompare(b.number));
  });

const stripe = (page: Page) => page.locator('[data-connector="stripe"]');

/** A Stripe account: page 1 (has_more) → page 2 by cursor, no uncollectible invoice, STR-2026-0041 paid once `paid.value`. */
function stripeAccount(paid = { value: false }): Handler {
  return (url) => {
    if (url.host !== 'api.stripe.com') return undefined;
    if (url.pathname === '/v1/invoices/in_1Pa0001') return { body: fixture('stripe-paid.json') };
    if (url.pathname !== '/v1/invoices') return undefined;
    if (url.searchParams.get('status') === 'uncollectible') return { body: fixture('stripe-uncollectible.json') };
    if (url.searchParams.get('starting_after') === 'in_1Pa0002') return { body: fixture('stripe-open-page2.json') };
    const page1 = JSON.parse(fixture('stripe-open-page1.json')) as { data: unknown[] };
    if (paid.value) page1.data = page1.data.slice(1);
    return { body: JSON.stringify(page1) };
  };
}

test.describe('Connections', () => {
  test('a click on Connect asks Chrome for exactly the service’s origin; a Stripe secret key is refused before any prompt', async ({
    context,
    extensionId,
  }) => {
    await serveApis(context, () => undefined);
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __asked: string[][] };
      w.__asked = [];
      const permissions = (globalThis as unknown as { chrome: { permissions: { request: (...a: unknown[]) => unknown } } }).chrome.permissions;
      const real = permissions.request.bind(permissions);
      permissions.request = (details: unknown, ...rest: unknown[]) => {
        w.__asked.push((details as { origins: string[] }).origins);
        return real(details, ...rest);
      };
    });
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const asked = () => page.evaluate(() => (window as unknown as { __asked: string[][] }).__asked);

    await stripe(page).getByLabel('Clé d’API Stripe').fill('sk_live_51Hsecretsecretsecret');
    await stripe(page).getByRole('button', { name: 'Connecter Stripe' }).click();
    await expect(stripe(page).getByRole('alert')).toContainText('Clé secrète Stripe (sk_) refusée');
    expect(await asked()).toEqual([]);

    const ninja = page.locator('[data-connector="invoice-ninja"]');
    await ninja.getByLabel('Adresse de votre serveur Invoice Ninja').fill('factures.example.fr/app');
    await ninja.getByLabel('Clé d’API Invoice Ninja').fill('ninja-token-123456');
    await ninja.getByRole('button', { name: 'Connecter Invoice Ninja' }).click();
    await expect.poll(asked).toEqual([['https://factures.example.fr/*']]);
    // Headless Chromium leaves the prompt unanswered: still connecting, nothing granted, nothing stored.
    await expect(ninja.getByRole('button', { name: 'Connexion…' })).toBeVisible();
    await page.waitForTimeout(500);
    expect(
      await page.evaluate(() =>
        (globalThis as unknown as { chrome: { permissions: { contains(p: object): Promise<boolean> } } }).chrome.permissions.contains({
          origins: ['https://factures.example.fr/*'],
        }),
      ),
    ).toBe(false);
    await expect(page.getByTestId('oauth-only')).toContainText('QuickBooks, Xero, FreshBooks');
  });

  test('Stripe: pages through open invoices, imports them, then a paid invoice leaves the ladder on refresh', async ({ context, worker, extensionId }) => {
    const paid = { value: false };
    const seen = await serveApis(context, stripeAccount(paid));
    const page = await context.newPage();
    await grantPermissionPrompts(page, worker);
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await stripe(page).getByLabel('Clé d’API Stripe').fill(STRIPE_KEY);
    await stripe(page).getByRole('button', { name: 'Connecter Stripe' }).click();
    await expect(stripe(page).getByRole('status')).toHaveText('Stripe connecté.');
    await expect(stripe(page).locator('.conn-status')).toHaveText('Connecté (clé …Ekey)');
    await expect(stripe(page).locator('.conn-sync')).toContainText(
      '3 factures ouvertes chez le service, 2 importées, 0 mises à jour, 0 sorties des relances (payées ou annulées), 1 ignorées',
    );
    expect(await page.evaluate(() => (window as unknown as { __asked: string[][] }).__asked)).toEqual([['https://api.stripe.com/*']]);
    expect(seen.map((s) => s.url.searchParams.get('starting_after'))).toContain('in_1Pa0002');
    for (const request of seen) {
      expect(request.headers.authorization).toBe(`Bearer ${STRIPE_KEY}`);
      expect(request.url.href).not.toContain(STRIPE_KEY);
    }
    expect(await invoices(page)).toEqual([
      { number: 'STR-2026-0041', status: 'open', amountDue: 240000, dueDate: '2026-10-02' },
      { number: 'STR-2026-0042', status: 'open', amountDue: 80000, dueDate: '2026-10-03' },
    ]);

    paid.value = true;
    await stripe(page).getByRole('button', { name: 'Actualiser Stripe' }).click();
    await expect(stripe(page).locator('.conn-sync')).toContainText('1 sorties des relances');
    expect((await invoices(page))[0]).toEqual({ number: 'STR-2026-0041', status: 'paid', amountDue: 0, dueDate: '2026-10-02' });
    // The key never left the background: not in the page's view of the connection.
    expect(await page.content()).not.toContain(STRIPE_KEY);
    expect(await seriousViolations(page, '[data-testid="connections"]')).toEqual([]);
  });

  test('a revoked key (401) says so and is not kept', async ({ context, worker, extensionId }) => {
    await serveApis(context, (url) =>
      url.host === 'api.stripe.com' ? { status: 401, body: '{"error":{"type":"invalid_request_error","message":"Expired API Key provided"}}' } : undefined,
    );
    const page = await context.newPage();
    await grantPermissionPrompts(page, worker);
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await stripe(page).getByLabel('Clé d’API Stripe').fill(STRIPE_KEY);
    await stripe(page).getByRole('button', { name: 'Connecter Stripe' }).click();
    await expect(stripe(page).getByRole('alert')).toHaveText(
      'Stripe refuse la clé (HTTP 401) : elle est erronée, révoquée ou n’a pas le droit de lire les factures. Créez-en une nouvelle et reconnectez-vous.',
    );
    await expect(stripe(page).locator('.conn-status')).toHaveText('Non connecté');
    await page.reload();
    await expect(stripe(page).locator('.conn-status')).toHaveText('Non connecté');
  });

  test('a rate-limit answer (429 + Retry-After) is waited out, then the sync goes on', async ({ context, worker, extensionId }) => {
    let limited = false;
    const account = stripeAccount();
    const seen = await serveApis(context, (url, request) => {
      if (url.host === 'api.stripe.com' && !limited) {
        limited = true;
        return { status: 429, headers: { 'retry-after': '2' }, body: '{"error":{"type":"rate_limit_error"}}' };
      }
      return account(url, request);
    });
    const page = await context.newPage();
    await grantPermissionPrompts(page, worker);
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await stripe(page).getByLabel('Clé d’API Stripe').fill(STRIPE_KEY);
    await stripe(page).getByRole('button', { name: 'Connecter Stripe' }).click();
    await expect(stripe(page).getByRole('status')).toHaveText('Stripe connecté.', { timeout: 15_000 });
    expect(seen[1].url.href).toBe(seen[0].url.href);
    expect(seen[1].at - seen[0].at).toBeGreaterThanOrEqual(1_900);
    expect(await invoices(page)).toHaveLength(2);
  });

  test('a service that does not answer times out without blocking the page, and is retried on refresh', async ({ context, worker, extensionId }) => {
    test.setTimeout(60_000);
    let hang = true;
    const account = stripeAccount();
    await serveApis(context, (url, request) => (url.host === 'api.stripe.com' && hang ? 'hang' : account(url, request)));
    const page = await context.newPage();
    await grantPermissionPrompts(page, worker);
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await stripe(page).getByLabel('Clé d’API Stripe').fill(STRIPE_KEY);
    const started = Date.now();
    await stripe(page).getByRole('button', { name: 'Connecter Stripe' }).click();
    // Meanwhile the rest of the extension answers at once.
    expect(await invoices(page)).toEqual([]);
    await expect(stripe(page).locator('.conn-error')).toHaveText('Stripe ne répond pas à temps : nouvel essai à la prochaine actualisation.', {
      timeout: 25_000,
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(14_000);
    // A timeout keeps the connection (it is not the key's fault); Refresh tries again.
    await expect(stripe(page).locator('.conn-status')).toHaveText('Connecté (clé …Ekey)');
    hang = false;
    await stripe(page).getByRole('button', { name: 'Actualiser Stripe' }).click();
    await expect(stripe(page).locator('.conn-sync')).toContainText('2 importées');
    await expect(stripe(page).locator('.conn-error')).toHaveCount(0);
  });

  test('Pennylane (cursor pages, customers), Qonto (numbered pages; what the request carries) and self-hosted Invoice Ninja', async ({
    context,
    worker,
    extensionId,
  }) => {
    const seen = await serveApis(context, (url) => {
      if (url.host === 'app.pennylane.com') {
        if (url.pathname === '/api/external/v2/customers/77') return { body: fixture('pennylane-customer.json') };
        if (url.pathname === '/api/external/v2/customer_invoices')
          return { body: fixture(url.searchParams.get('cursor') ? 'pennylane-page2.json' : 'pennylane-page1.json') };
      }
      if (url.host === 'thirdparty.qonto.com' && url.pathname === '/v2/client_invoices') {
        const all = JSON.parse(fixture('qonto-unpaid.json')) as { client_invoices: unknown[]; meta: Record<string, unknown> };
        const page = Number(url.searchParams.get('page'));
        return {
          body: JSON.stringify({
            client_invoices: [all.client_invoices[page - 1]],
            meta: { ...all.meta, current_page: page, next_page: page === 1 ? 2 : null, total_pages: 2, per_page: 1 },
          }),
        };
      }
      if (url.host === 'factures.example.fr' && url.pathname === '/api/v1/invoices') return { body: fixture('invoice-ninja-unpaid.json') };
      return undefined;
    });
    const page = await context.newPage();
    await grantPermissionPrompts(page, worker);
    await page.goto(`chrome-extension://${extensionId}/options.html`);

    const pennylane = page.locator('[data-connector="pennylane"]');
    await pennylane.getByLabel('Clé d’API Pennylane').fill('pl_company_token_0123456789abcdef');
    await pennylane.getByRole('button', { name: 'Connecter Pennylane' }).click();
    await expect(pennylane.locator('.conn-sync')).toContainText('2 factures ouvertes chez le service, 2 importées');

    const qonto = page.locator('[data-connector="qonto"]');
    await qonto.getByLabel('Clé d’API Qonto').fill('atelier-durand-4821:8f3k2m9x');
    await qonto.getByRole('button', { name: 'Connecter Qonto' }).click();
    await expect(qonto.locator('.conn-sync')).toContainText('2 factures ouvertes chez le service, 2 importées');
    const qontoCalls = seen.filter((s) => s.url.host === 'thirdparty.qonto.com');
    expect(qontoCalls.map((s) => s.url.searchParams.get('page'))).toEqual(['1', '2']);
    expect(qontoCalls[0].headers.authorization).toBe('atelier-durand-4821:8f3k2m9x');
    // What Qonto's "browser calls fail" would see: the worker's request names the extension, not a web page.
    const origin = qontoCalls[0].headers.origin;
    expect(origin === undefined || origin.startsWith('chrome-extension://')).toBe(true);
    test.info().annotations.push({ type: 'qonto-origin-header', description: String(origin) });

    const ninja = page.locator('[data-connector="invoice-ninja"]');
    await ninja.getByLabel('Adresse de votre serveur Invoice Ninja').fill('https://factures.example.fr');
    await ninja.getByLabel('Clé d’API Invoice Ninja').fill('ninja-token-123456');
    await ninja.getByRole('button', { name: 'Connecter Invoice Ninja' }).click();
    await expect(ninja.locator('.conn-sync')).toContainText('2 importées');
    expect(await page.evaluate(() => (window as unknown as { __asked: string[][] }).__asked)).toEqual([
      ['https://app.pennylane.com/*'],
      ['https://thirdparty.qonto.com/*'],
      ['https://factures.example.fr/*'],
    ]);
    expect(
      seen
        .filter((s) => s.url.host === 'factures.example.fr')
        .every((s) => s.headers['x-api-token'] === 'ninja-token-123456' && s.headers['x-requested-with'] === 'XMLHttpRequest'),
    ).toBe(true);

    const numbers = (await invoices(page)).map((i) => `${i.number}:${i.amountDue}`);
    expect(numbers).toEqual(['0042:73450', '0043:9999', 'F20260099:73456', 'F20260101:150000', 'INV-2026-017:100000', 'INV-2026-018:9000']);
  });
});

test.describe('E-invoicing platform statuses', () => {
  test('Qonto reports the invoice approved then refused: the ladder stops with the platform’s reason, and the approval is an exhibit of the dossier', async ({
    context,
    worker,
    extensionId,
  }) => {
    const invoice = {
      id: 'q-77',
      number: 'F-2026-0077',
      status: 'unpaid',
      currency: 'EUR',
      total_amount_cents: 180_000,
      issue_date: '2026-09-01',
      due_date: '2026-10-01',
      contact_email: 'compta@boulangerie-petit.fr',
      client: { type: 'company', name: 'Boulangerie Petit' },
      einvoicing_status: 'refused',
      einvoicing_lifecycle_events: [
        { status_code: 205, created_at: '2026-09-05T10:00:00+02:00' },
        { status_code: 210, created_at: '2026-10-20T10:00:00+02:00', reason: 'Prestation non conforme au bon de commande' },
      ],
    };
    await serveApis(context, (url) =>
      url.host === 'thirdparty.qonto.com' ? { body: JSON.stringify({ client_invoices: [invoice], meta: { next_page: null } }) } : undefined,
    );
    const page = await context.newPage();
    await grantPermissionPrompts(page, worker);
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const qonto = page.locator('[data-connector="qonto"]');
    await qonto.getByLabel('Clé d’API Qonto').fill('atelier-lune-4821:8f3k2m9x');
    await qonto.getByRole('button', { name: 'Connecter Qonto' }).click();
    await expect(qonto.locator('.conn-sync')).toContainText('1 factures ouvertes chez le service, 1 importées');

    const dashboard = await context.newPage();
    await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html`);
    const row = dashboard.locator('tr[data-invoice="F-2026-0077"]');
    await expect(row.locator('[data-col="status"]')).toHaveText('Contestée');
    // What the sidebar shows under the invoice: the platform's reason.
    const reason = await dashboard.evaluate(async () => {
      const send = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ value: Array<{ id: string; number: string }> }> } } })
        .chrome.runtime.sendMessage;
      const list = await send({ type: 'invoice:list' });
      const view = (await send({ type: 'invoice:get', invoiceId: list.value.find((i) => i.number === 'F-2026-0077')!.id })) as unknown as {
        value: { notes: string[]; next?: { reason: string } };
      };
      return [view.value.next?.reason, ...view.value.notes].join('\n');
    });
    expect(reason).toContain(
      'La plateforme Qonto indique la facture « refusée » (210) le 20 octobre 2026, motif : Prestation non conforme au bon de commande : relances arrêtées.',
    );

    await row.getByRole('button', { name: /F-2026-0077/ }).click();
    const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByRole('button', { name: 'Dossier Word (DOCX)' }).click()]);
    const text = (await readDocx(new Uint8Array(readFileSync((await download.path())!)))).text.replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toContain("Statut « Approuvée » (205) de la facture F-2026-0077, transmis par la plateforme agréée Qonto : acceptation par l'acheteur");
    expect(text).toContain('Qonto : Refusée (210)');
    expect(text).toContain('Prestation non conforme au bon de commande');
  });
});

test.describe('Company registry', () => {
  test('allowing lookups asks for the two public hosts; a debtor in liquidation stops its ladder with the claim deadline', async ({
    context,
    worker,
    extensionId,
  }) => {
    await serveApis(context, (url) => {
      if (url.host === 'recherche-entreprises.api.gouv.fr' && url.pathname === '/search') return { body: fixture('recherche-entreprises-search.json') };
      if (url.host === 'bodacc-datadila.opendatasoft.com' && url.pathname.endsWith('/annonces-commerciales/records'))
        return { body: fixture('bodacc-liquidation.json') };
      return undefined;
    });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __asked: string[][] };
      w.__asked = [];
      (globalThis as unknown as { chrome: { permissions: Record<string, unknown> } }).chrome.permissions.request = (
        details: { origins: string[] },
        callback?: (g: boolean) => void,
      ) => {
        w.__asked.push(details.origins);
        return callback ? callback(true) : Promise.resolve(true);
      };
    });
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const created = await page.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ value: { invoice: { id: string }; client: { id: string } } }> } } }
      ).chrome.runtime.sendMessage({
        type: 'invoice:create',
        fields: {
          number: 'F-2026-077',
          clientName: 'Menuiserie Durand',
          clientEmail: 'compta@menuiserie-durand.fr',
          debtorKind: 'business',
          amountDue: { minor: 180000, currency: 'EUR' },
          issueDate: '2026-08-01',
          dueDate: '2026-09-01',
        },
      }),
    );
    await page.reload();
    const registry = page.getByTestId('registry');
    // Not granted yet (the real chrome.permissions.contains): the section offers to allow.
    await registry.getByRole('button', { name: 'Autoriser les consultations du registre' }).click();
    await expect(registry.getByRole('status')).toHaveText('Consultations du registre autorisées.');
    expect(await page.evaluate(() => (window as unknown as { __asked: string[][] }).__asked)).toEqual([
      ['https://recherche-entreprises.api.gouv.fr/*', 'https://bodacc-datadila.opendatasoft.com/*'],
    ]);
    await worker.evaluate(() => {
      (globalThis as unknown as { chrome: { permissions: Record<string, unknown> } }).chrome.permissions.contains = (
        _d: unknown,
        callback?: (g: boolean) => void,
      ) => (callback ? callback(true) : Promise.resolve(true));
    });

    await registry.getByLabel('Client').selectOption({ label: 'Menuiserie Durand' });
    await registry.getByLabel('SIREN (9 chiffres)').fill('732 829 320');
    await registry.getByRole('button', { name: 'Vérifier au registre' }).click();
    const result = page.getByTestId('registry-result');
    await expect(result.locator('.reg-name')).toHaveText('MENUISERIE DURAND');
    await expect(result.locator('.reg-address')).toHaveText('12 RUE DES ARTISANS, 69007 LYON');
    await expect(result.locator('.reg-proceedings')).toHaveText(
      'Liquidation judiciaire, publiée au BODACC le 22 septembre 2026 : déclarez votre créance au mandataire judiciaire avant le 23 novembre 2026. Relances arrêtées pour ce client (1 facture(s)).',
    );

    const view = await page.evaluate(
      (invoiceId) =>
        (
          globalThis as unknown as {
            chrome: {
              runtime: {
                sendMessage(
                  m: unknown,
                ): Promise<{ value: { next?: unknown; notes: string[]; client: { company?: string; address?: string[] }; timeline: Array<{ kind: string }> } }>;
              };
            };
          }
        ).chrome.runtime.sendMessage({ type: 'invoice:get', invoiceId }),
      created.value.invoice.id,
    );
    expect(view.value.next).toBeUndefined();
    expect(view.value.notes.join(' ')).toContain('Déclarez votre créance au mandataire judiciaire avant le 23 novembre 2026');
    expect(view.value.client).toMatchObject({ company: 'MENUISERIE DURAND', address: ['12 RUE DES ARTISANS', '69007 LYON'] });
    expect(view.value.timeline.map((e) => e.kind)).toContain('registry-check');
    expect(await seriousViolations(page, '[data-testid="registry"]')).toEqual([]);
  });
});
