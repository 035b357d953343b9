/** A tiny pack server for sync tests: a mocked fetch that honours ETag / If-None-Match and records requests. */
import type { Pack } from '../../../lib/library/pack/pack-schema';

export interface Served {
  body: string;
  status?: number;
  headers?: Record<string, string>;
}

export interface FakeServer {
  fetch: typeof fetch;
  /** Serve this pack (or raw text) from now on, with a new ETag. */
  serve(content: Pack | string, headers?: Record<string, string>): void;
  /** Every request's headers, in order. */
  requests: Array<Record<string, string>>;
  /** Queue a network failure for the next request (call twice for two). */
  failNext(err: Error): void;
}

export function fakeServer(): FakeServer {
  let current: Served = { body: '', status: 404 };
  let etag = 0;
  const failures: Error[] = [];
  const requests: Array<Record<string, string>> = [];
  const server: FakeServer = {
    requests,
    serve(content, headers = {}) {
      etag++;
      current = { body: typeof content === 'string' ? content : JSON.stringify(content, null, 2), headers: { ETag: `"v${etag}"`, 'Content-Type': 'application/json', ...headers } };
    },
    failNext(err) {
      failures.push(err);
    },
    fetch: (async (_url: string | URL | Request, init?: RequestInit) => {
      const headers = Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
      requests.push(headers);
      const f = failures.shift();
      if (f) throw f;
      const tag = current.headers?.ETag;
      if (tag && headers['if-none-match'] === tag) return new Response(null, { status: 304, headers: { ETag: tag } });
      return new Response(current.body, { status: current.status ?? 200, headers: current.headers });
    }) as typeof fetch,
  };
  return server;
}
