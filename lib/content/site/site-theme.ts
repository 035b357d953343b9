/**
 * Whether the site is showing its dark or light theme (X and Facebook have their own setting,
 * independent of the system's), read from the page background so Soothe's UI matches it.
 */
export type SiteTheme = 'light' | 'dark';

function luminance(color: string): number | null {
  const m = color.match(/rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)(?:[,\s/]+([\d.]+))?/);
  if (!m) return null;
  if (m[4] !== undefined && Number(m[4]) === 0) return null; // transparent: look further up
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => Number(v) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function siteTheme(doc: Document = document): SiteTheme | null {
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const l = luminance(getComputedStyle(el).backgroundColor);
    if (l !== null) return l < 0.4 ? 'dark' : 'light';
  }
  return null;
}
