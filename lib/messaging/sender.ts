/**
 * Telling Soothe's own pages from content scripts, from what the browser says about a message's sender
 * (never from anything in the message). Chrome and Firefox both set `sender.id` to the extension's id
 * for its own contexts, and `sender.url` to the sending document: `chrome-extension://<id>/options.html`
 * or `moz-extension://<uuid>/options.html` for an extension page, the web page's address for a content
 * script. A content script cannot change either.
 */
import type { Sender } from './protocol';

export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { url?: string };
}

export interface Self {
  /** browser.runtime.id */
  id: string;
  /** browser.runtime.getURL('/'): `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  base: string;
}

export function classifySender(sender: SenderInfo | undefined, self: Self): Sender {
  if (!sender || sender.id !== self.id) return 'foreign';
  const base = self.base.endsWith('/') ? self.base : `${self.base}/`;
  const ours = (url: string | undefined) => typeof url === 'string' && url.startsWith(base);
  if (!ours(sender.url)) return 'content';
  // Chrome also gives the document's origin; it must agree with the URL.
  if (sender.origin !== undefined && sender.origin !== 'null' && `${sender.origin}/` !== base) return 'content';
  // An extension page framed inside a web page is still in that page's tab: treat it as the page's.
  if (sender.tab?.url !== undefined && !ours(sender.tab.url)) return 'content';
  return 'extension';
}
