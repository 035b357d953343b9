/**
 * One id per post on X: the seen tracker (`postIdOf`) names every post article on the real saved
 * pages exactly as the thread reader does, so a complaint logged as seen is the post the panel and
 * the composer answer (the tracker used to read the first <time>'s link on its own; it now asks the
 * reader, as the composer finder does).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../scripts/support/shared-data';
import { xAdapter } from '../../../lib/sites/x/adapter';
import { parseXThreads } from '../../../lib/sites/x/parse-thread';
import { X } from '../../../lib/sites/x/selectors';
import { loadCorpus } from './corpus';

const FOLDERS = ['more-real-pages-2016-2025', 'more-real-pages-2-2025-2026', 'single-tweets-2025'];

describe('X post ids: the seen tracker and the thread reader agree on the real pages', () => {
  for (const folder of FOLDERS) {
    const pages = readdirSync(sharedPath('corpus', 'x', folder)).filter((f) => f.endsWith('.html'));
    for (const page of pages) {
      it(`${folder}/${page}`, () => {
        const doc = loadCorpus('x', folder, page);
        const read = new Set(parseXThreads(doc, { includeLoggedOut: true }).flatMap((t) => t.posts.map((p) => p.id)));
        for (const article of doc.querySelectorAll(X.tweet)) {
          const id = xAdapter.postIdOf(article);
          if (id !== null) expect(read, `${page}: tracker id ${id}`).toContain(id);
        }
      });
    }
  }
});
