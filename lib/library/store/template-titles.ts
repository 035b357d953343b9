/** Template titles by id, for lists that name templates (the popup): the title in `locale` when the library has it in that language. */
import type { Library } from './library';

export function templateTitles(library: Library, locale: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of library.templates) {
    const title = typeof t.title === 'string' && t.title.trim() ? t.title : null;
    if (!title) continue;
    if (!out.has(t.id) || t.lang === locale) out.set(t.id, title);
  }
  return out;
}
