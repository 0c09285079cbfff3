import { ConnectorError } from './connector-error';

export interface ApiClientOptions {
  fetch: typeof fetch;
  /** Per request, answer included. */
  timeoutMs?: number;
  /** How many times a 429 is retried after the wait the server asks for. */
  maxRateLimitRetries?: number;
  /** Longest Retry-After we wait for; beyond it the sync stops and says so (a later refresh picks up). */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export interface ApiClient {
  /** GET a JSON document; throws ConnectorError. `label` names the service in messages. */
  getJson(url: string, headers: Record<string, string>, label: string): Promise<unknown>;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_WAIT_MS = 60_000;

/**
 * The one fetch layer of the connectors and the registry: timeouts, 401/403 as "key revoked or wrong", 429 with
 * Retry-After respected, and a pause when the service says its quota is used up (Pennylane's ratelimit-remaining: 0).
 * Headers (the credential) are never put in an error or a log.
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRetries = options.maxRateLimitRetries ?? 3;
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? (() => Date.now());
  // Bound to the global: some fetch implementations refuse to run with another `this`.
  const doFetch = (url: string, init: RequestInit) => options.fetch.call(globalThis, url, init);
  let quietUntil = 0;

  return {
    async getJson(url, headers, label) {
      const where = `${label} ${safePath(url)}`;
      for (let attempt = 0; ; attempt++) {
        if (quietUntil > now()) await sleep(quietUntil - now());
        let response: Response;
        try {
          response = await doFetch(url, {
            method: 'GET',
            headers: { Accept: 'application/json', ...headers },
            signal: AbortSignal.timeout(timeoutMs),
            credentials: 'omit',
          });
        } catch (error) {
          const name = (error as { name?: string })?.name;
          if (name === 'TimeoutError' || name === 'AbortError')
            throw new ConnectorError('timeout', `${where}: no answer within ${Math.round(timeoutMs / 1000)} s`);
          throw new ConnectorError('network', `${where}: ${(error as Error)?.message ?? 'network error'}`);
        }
        const remaining = response.headers.get('ratelimit-remaining');
        const reset = Number(response.headers.get('ratelimit-reset'));
        if (remaining === '0' && Number.isFinite(reset) && reset > 0) quietUntil = Math.min(reset * 1000, now() + maxWaitMs);
        if (response.status === 429) {
          const wait = retryAfterMs(response.headers.get('retry-after'), now());
          await response.body?.cancel().catch(() => undefined);
          if (attempt >= maxRetries || wait > maxWaitMs) {
            throw new ConnectorError('rate-limited', `${where}: rate limit reached${wait ? `, retry in ${Math.ceil(wait / 1000)} s` : ''}`, 429);
          }
          await sleep(wait || 1_000 * 2 ** attempt);
          continue;
        }
        if (response.status === 401 || response.status === 403) {
          await response.body?.cancel().catch(() => undefined);
          throw new ConnectorError('revoked', `${where}: the key was refused (HTTP ${response.status})`, response.status);
        }
        if (!response.ok) {
          await response.body?.cancel().catch(() => undefined);
          throw new ConnectorError('http', `${where}: HTTP ${response.status}`, response.status);
        }
        try {
          return await response.json();
        } catch (error) {
          const name = (error as { name?: string })?.name;
          if (name === 'TimeoutError' || name === 'AbortError')
            throw new ConnectorError('timeout', `${where}: answer cut after ${Math.round(timeoutMs / 1000)} s`);
          throw new ConnectorError('bad-answer', `${where}: the answer is not JSON`);
        }
      }
    },
  };
}

/** Retry-After as delay-seconds or an HTTP date (RFC 9110 §10.2.3) → milliseconds; 0 when absent or unreadable. */
export function retryAfterMs(value: string | null, nowMs: number): number {
  if (!value) return 0;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? 0 : Math.max(0, at - nowMs);
}

// Query strings may carry filters with client names; the path is enough to say where it failed.
function safePath(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '(bad url)';
  }
}
