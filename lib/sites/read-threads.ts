/**
 * One entry point for reading threads from any supported page: tells which site a document
 * belongs to (address, then markup) and runs that site's reader. Pure DOM; never throws.
 */
import { parseFacebookThreads } from './facebook/parse-thread';
import type { Site, Thread } from './thread';
import { parseXThreads, type XParseOptions } from './x/parse-thread';

export type ReadOptions = XParseOptions;

const X_HOST = /^https?:\/\/(?:www\.|mobile\.)?(?:x|twitter)\.com(?:[/:?#]|$)/i;
const FB_HOST = /^https?:\/\/(?:www\.|web\.|m\.|mbasic\.|business\.)?facebook\.com(?:[/:?#]|$)/i;

/** The site a page belongs to, from its address (live, canonical, og:url) or, failing that, its markup. */
export function detectSite(doc: Document): Site | null {
  try {
    const addresses = [
      doc.location?.href,
      doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
      doc.querySelector('link[rel="alternate"][hreflang="x-default"]')?.getAttribute('href'),
    ];
    for (const a of addresses) {
      if (!a) continue;
      if (X_HOST.test(a)) return 'x';
      if (FB_HOST.test(a)) return 'facebook';
    }
    if (doc.querySelector('article[data-testid="tweet"], [data-testid="cellInnerDiv"], [data-testid="primaryColumn"]')) return 'x';
    const siteName = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '';
    if (/^(?:X|Twitter|X \(formerly Twitter\))$/.test(siteName) || doc.querySelector('link[href*="abs.twimg.com"]')) return 'x';
    if (/^Facebook$/.test(siteName)) return 'facebook';
    if (
      doc.documentElement?.id === 'facebook' ||
      doc.querySelector('[data-ad-rendering-role], [data-ad-preview="message"], [data-testid="fbfeed_story"], .userContentWrapper')
    )
      return 'facebook';
    return null;
  } catch {
    return null;
  }
}

export function readThreads(doc: Document, site: Site, opts: ReadOptions = {}): Thread[] {
  return site === 'x' ? parseXThreads(doc, opts) : parseFacebookThreads(doc, opts);
}
