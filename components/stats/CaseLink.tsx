/** One case in the popup's lists: a link back to its post when the address is a web address, else plain text. */

/** Only web addresses become links: the URL came from a page, never trust its scheme. */
export function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

export function CaseLink({ url, label }: { url: string | null; label: string }) {
  const href = safeHref(typeof url === 'string' ? url : null); // stored data is rendered as text, never as markup or a non-web link
  return href ? (
    <a href={href} target="_blank" rel="noreferrer">
      {label}
    </a>
  ) : (
    <span>{label}</span>
  );
}
