/** Finding the post a queue item names, for scrolling it into view: a link to it, then its article. */

/** The article around the first link for which `isLink(href)` holds, or the permalink's path appears in. */
export function postByLink(doc: Document, permalink: string | null, isLink: (href: string) => boolean): Element | null {
  let path: string | null = null;
  try {
    path = permalink ? new URL(permalink, doc.location?.href ?? undefined).pathname : null;
  } catch {
    path = null;
  }
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    if ((path && path !== '/' && href.includes(path)) || isLink(href)) return a.closest('article, [role="article"]') ?? a;
  }
  return null;
}
