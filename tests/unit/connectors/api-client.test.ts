import { describe, expect, it } from 'vitest';
import { createApiClient, retryAfterMs } from '../../../utils/connectors/api-client';
import { ConnectorError } from '../../../utils/connectors/connector-error';
import { fakeFetch, json } from './fake-fetch';

const SECRET = 'rk_live_SECRET_do_not_leak';

function client(routes: Parameters<typeof fakeFetch>[0], timeoutMs = 1_000) {
  const waits: number[] = [];
  const fake = fakeFetch(routes);
  const api = createApiClient({ fetch: fake.fetch, timeoutMs, sleep: async (ms) => void waits.push(ms) });
  return { api, waits, calls: fake.calls };
}

const failure = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as ConnectorError;
  }
  throw new Error('expected a failure');
};

describe('createApiClient', () => {
  it('says the key is refused on 401 and 403, without the key in the message', async () => {
    for (const status of [401, 403]) {
      const { api } = client([[/stripe/, () => new Response('{"error":{"message":"Invalid API Key provided: rk_live_****leak"}}', { status })]]);
      const error = await failure(api.getJson('https://api.stripe.com/v1/invoices?status=open', { Authorization: `Bearer ${SECRET}` }, 'Stripe'));
      expect(error).toBeInstanceOf(ConnectorError);
      expect(error.code).toBe('revoked');
      expect(error.status).toBe(status);
      expect(error.message).toBe(`Stripe https://api.stripe.com/v1/invoices: the key was refused (HTTP ${status})`);
      expect(error.message).not.toContain('SECRET');
    }
  });

  it('waits the Retry-After the service asks for on 429, then retries', async () => {
    const { api, waits, calls } = client([
      [/pennylane/, (_u, n) => (n === 0 ? new Response('', { status: 429, headers: { 'retry-after': '3' } }) : json({ items: [] }))],
    ]);
    expect(await api.getJson('https://app.pennylane.com/api/external/v2/customer_invoices', {}, 'Pennylane')).toEqual({ items: [] });
    expect(waits).toEqual([3_000]);
    expect(calls).toHaveLength(2);
  });

  it('gives up with a clear rate-limit error when the wait is longer than it accepts', async () => {
    const { api, calls } = client([[/qonto/, () => new Response('', { status: 429, headers: { 'retry-after': '3600' } })]]);
    const error = await failure(api.getJson('https://thirdparty.qonto.com/v2/client_invoices', {}, 'Qonto'));
    expect(error.code).toBe('rate-limited');
    expect(error.message).toContain('retry in 3600 s');
    expect(calls).toHaveLength(1);
  });

  it('pauses until ratelimit-reset when the quota is used up (Pennylane headers)', async () => {
    const resetAt = Math.ceil(Date.now() / 1000) + 4;
    const { api, waits } = client([[/pennylane/, () => json({ ok: 1 }, { headers: { 'ratelimit-remaining': '0', 'ratelimit-reset': String(resetAt) } })]]);
    await api.getJson('https://app.pennylane.com/api/external/v2/customer_invoices', {}, 'Pennylane');
    await api.getJson('https://app.pennylane.com/api/external/v2/customer_invoices', {}, 'Pennylane');
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(2_000);
    expect(waits[0]).toBeLessThanOrEqual(5_000);
  });

  it('times out a service that does not answer', async () => {
    const hang = (_u: URL) => new Promise<Response>(() => undefined);
    // AbortSignal.timeout aborts the request; a fetch that ignores the signal is raced here like the real one would abort.
    const fetch = ((url: string, init: RequestInit) =>
      Promise.race([
        hang(new URL(url)),
        new Promise<Response>((_, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason))),
      ])) as unknown as typeof globalThis.fetch;
    const api = createApiClient({ fetch, timeoutMs: 50 });
    const error = await failure(api.getJson('https://invoicing.co/api/v1/invoices', {}, 'Invoice Ninja'));
    expect(error.code).toBe('timeout');
  });

  it('reports other statuses, network failures and non-JSON answers as such', async () => {
    const { api } = client([
      [/500/, () => new Response('oops', { status: 500 })],
      [/html/, () => new Response('<html>', { status: 200 })],
      [/down/, () => Promise.reject(new TypeError('Failed to fetch'))],
    ]);
    expect((await failure(api.getJson('https://x.test/500', {}, 'X'))).code).toBe('http');
    expect((await failure(api.getJson('https://x.test/html', {}, 'X'))).code).toBe('bad-answer');
    expect((await failure(api.getJson('https://x.test/down', {}, 'X'))).code).toBe('network');
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-23T10:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Mon, 23 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs(null, now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBe(0);
  });
});
