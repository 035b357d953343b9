/** The address of the page a thread was read from, for both site adapters (live pages and saved ones). */

/** The page's own address: the live location, else the saved page's canonical / og:url. */
export function pageUrl(doc: Document): string | null {
  const live = doc.location?.href;
  if (live && /^https?:/.test(live)) return live;
  const meta =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    null;
  return meta && /^https?:\/\//.test(meta) ? meta : null;
}
