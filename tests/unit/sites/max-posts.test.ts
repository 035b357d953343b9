/** Reading only the first posts of a huge thread (the panel's cap), on real saved pages. */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseFacebookThreads } from '../../../lib/sites/facebook/parse-thread';
import { parseXThreads } from '../../../lib/sites/x/parse-thread';
import { sharedPath } from '../../../scripts/support/shared-data';

const load = (path: string) => new JSDOM(readFileSync(sharedPath(path), 'utf8')).window.document;

describe('maxPosts', () => {
  it('Facebook: the post and the first comments, in page order', () => {
    const doc = load('corpus/facebook/post-with-comments-2025/facebook_post.html');
    const all = parseFacebookThreads(doc, { now: Date.UTC(2025, 10, 29) })[0]!.posts;
    const first = parseFacebookThreads(doc, { now: Date.UTC(2025, 10, 29), maxPosts: 4 })[0]!.posts;
    expect(all.length).toBeGreaterThan(4);
    expect(first.map((p) => p.id)).toEqual(all.slice(0, 4).map((p) => p.id));
  });

  it('X: the first posts of a timeline', () => {
    const doc = load('corpus/x/cpft-saved-pages-2025/home-twitter-complete.html');
    const all = parseXThreads(doc).flatMap((t) => t.posts);
    const first = parseXThreads(doc, { maxPosts: 5 }).flatMap((t) => t.posts);
    expect(all.length).toBeGreaterThan(5);
    expect(first.map((p) => p.id)).toEqual(all.slice(0, 5).map((p) => p.id));
  });
});
