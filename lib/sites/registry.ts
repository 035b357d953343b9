/**
 * The sites Soothe runs on by itself, in one list. The content script's matches, which adapter a live
 * page gets, which site a saved page is from (the `parse` command) and thread reading all go through
 * here. Adding a site = a folder under lib/sites/ with its adapter, plus one line below.
 */
import { facebookAdapter } from './facebook/adapter';
import type { Thread } from './thread';
import type { ReadOptions, SiteAdapter, SitePlatform } from './types';
import { xAdapter } from './x/adapter';

export const SITES: readonly SiteAdapter[] = [xAdapter, facebookAdapter];

/** Every page the site runtime's content script runs on (the manifest's matches). */
export const SITE_MATCHES: string[] = SITES.flatMap((s) => s.matches);

export function siteByPlatform(platform: string): SiteAdapter | null {
  return SITES.find((s) => s.platform === platform) ?? null;
}

/** The site whose replies are the shortest among `platforms` (the stricter limit), or null when none is a site. */
export function strictestSite(platforms: readonly string[]): SiteAdapter | null {
  let best: SiteAdapter | null = null;
  for (const p of platforms) {
    const site = siteByPlatform(p);
    if (site && (!best || site.replyLength.limit < best.replyLength.limit)) best = site;
  }
  return best;
}

export function isSitePlatform(x: unknown): x is SitePlatform {
  return SITES.some((s) => s.platform === x);
}

/** The adapter for an address, or null for a page Soothe has no adapter for. */
export function siteForAddress(url: string | null | undefined): SiteAdapter | null {
  if (!url) return null;
  return SITES.find((s) => s.ownsAddress(url)) ?? null;
}

/** The site a page belongs to, from its address (live, canonical, og:url) or, failing that, its markup. Never throws. */
export function detectSite(doc: Document): SiteAdapter | null {
  try {
    const addresses = [
      doc.location?.href,
      doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
      doc.querySelector('link[rel="alternate"][hreflang="x-default"]')?.getAttribute('href'),
    ];
    for (const a of addresses) {
      const site = siteForAddress(a);
      if (site) return site;
    }
    return SITES.find((s) => s.looksLike(doc)) ?? null;
  } catch {
    return null;
  }
}

/** The threads of a page, read by the adapter of the site it belongs to (none when no site claims it). */
export function readPage(doc: Document, opts: ReadOptions = {}): { site: SiteAdapter | null; threads: Thread[] } {
  const site = detectSite(doc);
  return { site, threads: site ? site.readThreads(doc, opts) : [] };
}
