/**
 * The thread readers on every page of the newer real-page finds (../shared/corpus/<site>/more-real-pages*, read in
 * place), against their hand-checked `<page>.expected.json`: the posts the page shows, in document order, with
 * their ids, authors and the start of their text. A post listed without an id (an ad with no permalink) is not a post of
 * the thread, and the reader leaves it out.
 *
 * Three markups are retired and not read: X's 2016 twitter.com page, Facebook's mbasic pages (the service closed
 * in 2024) and 2021 m.facebook.com "touch" pages. On those the reader must give nothing and never throw.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/sites/registry';
import { sharedPath } from '../../../scripts/support/shared-data';
import { loadCorpus } from './corpus';

interface Expected {
  posts: Array<{ id: string | null; author: string; text_start: string }>;
}

const RETIRED = /^(legacy-permalink-thread-2016|mbasic-.*|mtouch-.*)\.html$/;
/** Whitespace collapsed, as the expected files write it; the reader's own text cut to the same length. */
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

for (const site of ['x', 'facebook']) {
  const folders = readdirSync(sharedPath('corpus', site)).filter((f) => f.startsWith('more-real-pages'));
  describe(`${site}: the real pages of ${folders.join(', ')}`, () => {
    it('has pages to read', () => expect(folders.length).toBeGreaterThan(0));
    for (const folder of folders) {
      for (const page of readdirSync(sharedPath('corpus', site, folder)).filter((f) => f.endsWith('.html'))) {
        const expected = (JSON.parse(readFileSync(sharedPath('corpus', site, folder, page.replace(/\.html$/, '.expected.json')), 'utf8')) as Expected).posts;
        const read = () => readPage(loadCorpus(site, folder, page), { includeLoggedOut: true }).threads.flatMap((t) => t.posts);
        if (RETIRED.test(page)) {
          it(`${folder}/${page}: a retired markup (${expected.length} posts) is not read, and nothing throws`, () => {
            expect(read()).toEqual([]);
          });
          continue;
        }
        it(`${folder}/${page}: the ${expected.filter((p) => p.id).length} posts, in order, with their authors and text`, () => {
          const posts = read();
          const want = expected.filter((p) => p.id !== null);
          expect(posts.map((p) => p.id)).toEqual(want.map((p) => p.id));
          posts.forEach((p, i) => {
            // X lists the author's handle, Facebook the name shown (a group post's member, not the group).
            expect(site === 'x' ? p.author.handle : p.author.displayName, `${p.id}`).toBe(want[i]!.author);
            const start = collapse(want[i]!.text_start);
            expect(collapse(p.text).slice(0, start.length), `${p.id}`).toBe(start);
          });
        });
      }
    }
  });
}
