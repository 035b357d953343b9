/**
 * Parse cost per post: the X and Facebook readers on corpus pages loaded in jsdom (scripts not
 * run), plus a synthetic 5,000-comment Facebook thread built from the real comment markup.
 * jsdom's selector engine is far slower than a browser's, so these are upper bounds for the page.
 */
import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseFacebookThreads } from '../../lib/sites/facebook/parse-thread';
import type { Thread } from '../../lib/sites/thread';
import { parseXThreads } from '../../lib/sites/x/parse-thread';
import { sharedPath } from '../support/shared-data';
import { percentile, type Bench } from './types';

function load(...parts: string[]): Document {
  return new JSDOM(readFileSync(sharedPath('corpus', ...parts), 'utf8'), { virtualConsole: new VirtualConsole() }).window.document;
}

/** Median wall time of repeated parses (at least 3 runs, until ~300 ms spent), and the posts read. */
function measure(parse: () => Thread[]): { ms: number; posts: number } {
  const samples: number[] = [];
  let posts = 0;
  const start = performance.now();
  while (samples.length < 3 || (performance.now() - start < 300 && samples.length < 50)) {
    const t = performance.now();
    const threads = parse();
    samples.push(performance.now() - t);
    posts = threads.reduce((n, th) => n + th.posts.length, 0);
  }
  return { ms: percentile(samples, 50), posts };
}

function row(label: string, r: { ms: number; posts: number }): [string, string] {
  const per = r.posts ? `${((r.ms * 1000) / r.posts).toFixed(0)} µs/post` : 'no posts';
  return [label, `${per}  (${r.posts} posts, ${r.ms.toFixed(1)} ms/page, median)`];
}

function bigFacebookThread(comments: number): Document {
  const doc = load('facebook', 'post-with-comments-2025', 'facebook_post.html');
  const first = doc.querySelector('[role="article"][tabindex="-1"]')!;
  const block = first.parentElement!.parentElement!;
  const list = block.parentElement!;
  list.replaceChildren();
  for (let i = 0; i < comments; i++) {
    const copy = block.cloneNode(true) as Element;
    for (const a of copy.querySelectorAll('a[href*="comment_id="]')) a.setAttribute('href', `https://www.facebook.com/p/posts/1?comment_id=${100000 + i}`);
    list.append(copy);
  }
  return doc;
}

export const parseBench: Bench = {
  name: 'parse',
  async run() {
    const now = Date.UTC(2025, 5, 10);
    const rows: Array<[string, string]> = [];
    const x = (label: string, ...parts: string[]) => {
      const doc = load(...parts);
      rows.push(row(label, measure(() => parseXThreads(doc, { includeLoggedOut: true }))));
    };
    x('x home timeline 2025', 'x', 'cpft-saved-pages-2025', 'home-twitter-complete.html');
    x('x profile 2025', 'x', 'cpft-saved-pages-2025', 'mario-zechner-twitter.html');
    x('x status page 2026', 'x', 'status-page-reply-composer-2026', 'general--x.com-article-2026-02-13.html');
    x('x timeline cells 2023 (6)', 'x', 'timeline-cells-2023', 'snippets', 'Read_list_updates_test__00.html');
    const fb = load('facebook', 'post-with-comments-2025', 'facebook_post.html');
    rows.push(row('facebook post + 10 comments', measure(() => parseFacebookThreads(fb, { now }))));
    const big = bigFacebookThread(5000);
    rows.push(row('facebook 5,000 comments', measure(() => parseFacebookThreads(big, { now }))));
    return rows;
  },
};
