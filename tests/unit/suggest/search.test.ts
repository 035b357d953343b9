import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../../lib/library/store/library';
import { parsePack } from '../../../lib/library/pack/validate-pack';
import { LibrarySearch } from '../../../lib/suggest/search';

// The real starter packs: what a new user searches.
const packs = ['en', 'pl', 'el'].map((lang) => {
  const r = parsePack(readFileSync(resolve(__dirname, `../../../assets/packs/${lang}.json`), 'utf8'));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.pack;
});
const search = new LibrarySearch(buildLibrary(packs));
const ids = (q: string, langs: string[]) => search.search(q, { langs }).map((s) => `${s.kind === 'template' ? s.template.lang : s.faq.lang}:${s.id}`);

describe('LibrarySearch', () => {
  it('finds a template by its title or trigger words, near the top', () => {
    expect(ids('refund delay', ['en']).slice(0, 3)).toContain('en:returns.refund-delay');
    expect(ids('charged twice', ['en'])[0]).toBe('en:billing.double-charge');
  });

  it('forgives typos and missing accents', () => {
    expect(ids('refnd', ['en'])).toContain('en:returns.refund-delay');
    expect(ids('zwrot pieniedzy', ['pl'])).toContain('pl:returns.refund-delay');
  });

  it('searches only the languages the manager answers in, all of them when asked', () => {
    expect(ids('courier', ['en']).every((id) => id.startsWith('en:'))).toBe(true);
    const all = ids('courier', ['en', 'el']);
    expect(all.some((id) => id.startsWith('el:'))).toBe(true);
    expect(all.some((id) => id.startsWith('pl:'))).toBe(false);
  });

  it('finds FAQ answers too, and nothing for an empty or unknown query', () => {
    expect(search.search('opening hours', { langs: ['en'] }).some((s) => s.kind === 'faq')).toBe(true);
    expect(search.search('  ', { langs: [] })).toEqual([]);
    expect(search.search('zzqxv', { langs: [] })).toEqual([]);
  });
});
