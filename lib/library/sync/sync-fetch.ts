/**
 * Downloading a pack from its address: HTTPS only (plain HTTP just for 127.0.0.1 / localhost while
 * testing), conditional requests with the validators of the last good download, a size limit that
 * holds even when the server lies about Content-Length, a time limit, and redirects kept on the
 * subscribed origin. Returns a result, never
 * throws: a failed download must not disturb anything.
 */
import { NotUtf8Error, decodeUtf8 } from '../../text/utf8';
import { DEFAULT_MAX_PACK_BYTES } from '../pack/validate-pack';

export const SYNC_TIMEOUT_MS = 30_000;
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export type UrlCheck = { ok: true; url: string; origin: string } | { ok: false; error: string };

/** Is this an address Soothe may subscribe to? Returns it normalised, with the origin to ask permission for. */
export function checkPackUrl(input: string): UrlCheck {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, error: 'This is not a web address. Paste the full address of the pack file, starting with https://' };
  }
  const local = LOCAL_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    return { ok: false, error: 'The address must start with https:// (plain http:// is allowed only for 127.0.0.1 and localhost, for testing).' };
  }
  if (url.username || url.password) return { ok: false, error: 'The address must not contain a user name or password.' };
  url.hash = '';
  return { ok: true, url: url.href, origin: url.origin };
}

/** The match pattern for optional host permission on one origin. */
export function originPattern(origin: string): string {
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}/*`;
}

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type FetchOutcome =
  | { kind: 'unchanged'; validators: Validators }
  | { kind: 'fetched'; text: string; validators: Validators }
  | { kind: 'error'; message: string; network?: boolean };

export interface FetchPackOptions {
  fetch?: typeof fetch;
  maxBytes?: number;
  timeoutMs?: number;
}

export async function fetchPackText(url: string, previous: Validators, opts: FetchPackOptions = {}): Promise<FetchOutcome> {
  const doFetch = opts.fetch ?? globalThis.fetch.bind(globalThis);
  const conditional: Record<string, string> = {};
  if (previous.etag) conditional['If-None-Match'] = previous.etag;
  if (previous.lastModified) conditional['If-Modified-Since'] = previous.lastModified;

  const attempt = async (headers: Record<string, string>) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), opts.timeoutMs ?? SYNC_TIMEOUT_MS);
    try {
      const response = await doFetch(url, {
        headers: { Accept: 'application/json', ...headers },
        // Validators are ours; the HTTP cache must neither answer for the server nor turn its 304 into a 200.
        cache: 'no-store',
        credentials: 'omit',
        redirect: 'follow',
        signal: controller.signal,
      });
      return { response, controller, timer };
    } catch (err) {
      clearTimeout(timer);
      throw err;
    }
  };

  let got: Awaited<ReturnType<typeof attempt>>;
  let sentConditional = Object.keys(conditional).length > 0;
  try {
    got = await attempt(conditional);
  } catch (err) {
    if (isAbort(err)) return { kind: 'error', message: `No answer from ${new URL(url).origin} within ${Math.round((opts.timeoutMs ?? SYNC_TIMEOUT_MS) / 1000)} s.`, network: true };
    if (!sentConditional) return networkError(url, err);
    // Without host permission the browser applies CORS, and If-None-Match / If-Modified-Since need a
    // preflight that many static hosts refuse while they allow a plain GET. Try once without them.
    try {
      got = await attempt({});
      sentConditional = false;
    } catch (err2) {
      return isAbort(err2) ? { kind: 'error', message: `No answer from ${new URL(url).origin}.`, network: true } : networkError(url, err2);
    }
  }
  const { response, controller, timer } = got;
  try {
    const validators: Validators = {
      ...(response.headers.get('ETag') ? { etag: response.headers.get('ETag')! } : {}),
      ...(response.headers.get('Last-Modified') ? { lastModified: response.headers.get('Last-Modified')! } : {}),
    };
    if (response.status === 304) return { kind: 'unchanged', validators: { ...previous, ...validators } };
    if (!response.ok) return { kind: 'error', message: `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${url}.` };
    const finalUrl = response.url || url;
    if (finalUrl !== url) {
      const check = checkPackUrl(finalUrl);
      if (!check.ok) return { kind: 'error', message: `The address redirected to ${finalUrl}, which is not allowed: ${check.error}` };
      // A pack is trusted for the site the user subscribed to; a redirect elsewhere (a taken-over
      // host, a link shortener) must not swap in another site's templates without the user seeing it.
      const subscribedOrigin = new URL(url).origin;
      if (check.origin !== subscribedOrigin) {
        controller.abort();
        return { kind: 'error', message: `The address redirected to another site (${check.origin}); Soothe reads a pack only from the site you subscribed to (${subscribedOrigin}). If the move is expected, subscribe to the new address.` };
      }
    }
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_PACK_BYTES;
    const declared = Number(response.headers.get('Content-Length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      controller.abort();
      return { kind: 'error', message: `The pack is too large: ${formatBytes(declared)}, the limit is ${formatBytes(maxBytes)}.` };
    }
    const body = await readLimited(response, maxBytes, controller);
    if (body.kind === 'error') return body;
    const contentType = response.headers.get('Content-Type') ?? '';
    if (/html/i.test(contentType) && !/^\s*[{[]/.test(body.text)) {
      return { kind: 'error', message: 'The address returned a web page (text/html), not a pack file. Use the address of the raw JSON file.' };
    }
    // A host that ignores our (dropped) validators but sends the same ETag: nothing new.
    if (!sentConditional && previous.etag && validators.etag === previous.etag) return { kind: 'unchanged', validators: { ...previous, ...validators } };
    return { kind: 'fetched', text: body.text, validators };
  } finally {
    clearTimeout(timer);
  }
}

async function readLimited(response: Response, maxBytes: number, controller: AbortController): Promise<{ kind: 'ok'; text: string } | { kind: 'error'; message: string }> {
  const tooLarge = (n: number) => ({ kind: 'error' as const, message: `The pack is too large: more than ${formatBytes(n)}, the limit is ${formatBytes(maxBytes)}.` });
  try {
    const reader = response.body?.getReader();
    if (!reader) {
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (bytes.byteLength > maxBytes) return tooLarge(maxBytes);
      return { kind: 'ok', text: decodeUtf8(bytes, 'The pack') };
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        // Stop downloading: a server that streams forever must not fill the memory.
        controller.abort();
        await reader.cancel().catch(() => undefined);
        return tooLarge(maxBytes);
      }
      chunks.push(value);
    }
    const all = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      all.set(c, at);
      at += c.byteLength;
    }
    return { kind: 'ok', text: decodeUtf8(all, 'The pack') };
  } catch (err) {
    if (err instanceof NotUtf8Error) return { kind: 'error', message: err.message };
    return { kind: 'error', message: `The download was interrupted: ${err instanceof Error ? err.message : String(err)}` };
  }
}

function networkError(url: string, err: unknown): FetchOutcome {
  const origin = new URL(url).origin;
  const detail = err instanceof Error && err.message ? ` (${err.message})` : '';
  return {
    kind: 'error',
    network: true,
    message: `Could not read ${url}${detail}. Either ${origin} cannot be reached, or it does not let extensions read it: give Soothe access to ${origin}, or serve the file with "Access-Control-Allow-Origin: *".`,
  };
}

function isAbort(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { name?: string }).name === 'AbortError';
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} bytes`;
}
