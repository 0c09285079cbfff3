/** A fetch that answers from a route table and records every call (URL and headers), for connector tests. */
export interface Recorded {
  url: string;
  headers: Record<string, string>;
}

export type Route = (url: URL, call: number) => Response | Promise<Response>;

export function fakeFetch(routes: Array<[RegExp, Route]>) {
  const calls: Recorded[] = [];
  const counts = new Map<RegExp, number>();
  const fetch = (async (input: string, init?: RequestInit) => {
    calls.push({ url: input, headers: { ...(init?.headers as Record<string, string>) } });
    const url = new URL(input);
    for (const [pattern, route] of routes) {
      if (pattern.test(input)) {
        const n = counts.get(pattern) ?? 0;
        counts.set(pattern, n + 1);
        return route(url, n);
      }
    }
    return new Response('not found', { status: 404 });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

export const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string>) }, ...init });
