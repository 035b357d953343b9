/** Bad input never escapes as an exception: the readers return what they can read. */
import { describe, expect, it } from 'vitest';
import { readText } from '../../../lib/sites/dom-text';
import { parseCount } from '../../../lib/sites/counts';
import { parseFacebookThreads } from '../../../lib/sites/facebook/parse-thread';
import { parseXThreads } from '../../../lib/sites/x/parse-thread';
import { corpusHtml, loadCorpus, loadHtml } from './corpus';

const HOSTILE = '<script>alert(1)</script> <img src=x onerror=alert(2)> \u202Egnp.exe\u202C ok';

describe('hostile text', () => {
  it('X: markup-looking text stays text, bidi overrides are removed, nothing is executed', () => {
    const doc = loadCorpus('x', 'single-tweets-2025', 'x-tweet-sample.html');
    doc.querySelector('[data-testid="tweetText"]')!.textContent = HOSTILE;
    doc.querySelector('[data-testid="User-Name"] a span span')!.textContent = '\u202Eevil</span>';
    const p = parseXThreads(doc)[0]!.posts[0]!;
    expect(p.text).toBe('<script>alert(1)</script> <img src=x onerror=alert(2)> gnp.exe ok');
    expect(p.author.displayName).toBe('evil</span>');
    expect(doc.querySelector('script')).toBeNull();
  });

  it('Facebook: hostile comment text is read as text', () => {
    const doc = loadCorpus('facebook', 'post-with-comments-2025', 'facebook_post.html');
    doc.querySelector('[role="article"][tabindex="-1"] span[dir="auto"][lang]')!.textContent = HOSTILE;
    const c = parseFacebookThreads(doc, { now: Date.UTC(2025, 5, 10) })[0]!.posts[1]!;
    expect(c.text).toBe('<script>alert(1)</script> <img src=x onerror=alert(2)> gnp.exe ok');
  });

  it('emoji joiners survive while zero-width spaces go', () => {
    const doc = loadHtml('<div id="t">👨\u200d👩\u200d👧 fa\u200bmily<img alt="😀"><img alt="Image"></div>');
    expect(readText(doc.getElementById('t'))).toBe('👨\u200d👩\u200d👧 family😀');
  });
});

describe('deleted posts, missing times, unknown layouts', () => {
  it('X: a tombstone without id is skipped; a post without <time> keeps its id (from its analytics link) with no timestamp', () => {
    const cell = corpusHtml('x', 'single-tweets-2025', 'x-tweet-sample.html');
    const tombstone = '<div data-testid="cellInnerDiv"><article data-testid="tweet" tabindex="0"><div>This post is unavailable.</div></article></div>';
    const doc = loadHtml(`<html><body>${tombstone}${cell}</body></html>`);
    doc.querySelectorAll('time').forEach((t) => t.remove());
    const posts = parseXThreads(doc).flatMap((t) => t.posts);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ id: '1981398750557065646', timestamp: null, author: { handle: 'TestUser123' } });
  });

  it('Facebook: comments with unreadable times keep a null timestamp', () => {
    const doc = loadCorpus('facebook', 'post-with-comments-2025', 'facebook_post.html');
    for (const a of doc.querySelectorAll('a[href*="comment_id="]')) if (a.textContent === '1w') a.textContent = '???';
    const posts = parseFacebookThreads(doc, { now: Date.UTC(2025, 5, 10) })[0]!.posts;
    expect(posts).toHaveLength(11);
    expect(posts.slice(1).every((p) => p.timestamp === null && p.timeLabel === null)).toBe(true);
  });

  it('empty, random and broken documents give no threads and no exception', () => {
    const docs = [
      loadHtml(''),
      loadHtml('<article data-testid="tweet"></article><div role="article"><a href="?comment_id=">x</a></div>'),
      loadHtml('<div role="article"><div role="article"><div role="article" data-ad-rendering-role="x"></div></div></div>'),
      loadHtml('<article data-testid="tweet"><a href="/a/status/1"><time datetime="not a date">x</time></a></article>'),
    ];
    for (const d of docs) {
      expect(() => parseXThreads(d)).not.toThrow();
      expect(() => parseFacebookThreads(d)).not.toThrow();
    }
    expect(parseXThreads(docs[3]!)[0]!.posts[0]).toMatchObject({ id: '1', timestamp: null });
    const throwing = { querySelector() { throw new Error('boom'); }, querySelectorAll() { throw new Error('boom'); } } as unknown as Document;
    expect(parseXThreads(throwing)).toEqual([]);
    expect(parseFacebookThreads(throwing)).toEqual([]);
  });
});

describe('large threads', () => {
  it('Facebook: 5,000 comments are all read, in order, under the post', { timeout: 120_000 }, () => {
    const doc = loadCorpus('facebook', 'post-with-comments-2025', 'facebook_post.html');
    const first = doc.querySelector('[role="article"][tabindex="-1"]')!;
    const block = first.parentElement!.parentElement!;
    const list = block.parentElement!;
    list.replaceChildren();
    for (let i = 0; i < 5000; i++) {
      const copy = block.cloneNode(true) as Element;
      for (const a of copy.querySelectorAll('a[href*="comment_id="]')) a.setAttribute('href', `https://www.facebook.com/p/posts/1?comment_id=${100000 + i}`);
      list.append(copy);
    }
    const posts = parseFacebookThreads(doc, { now: Date.UTC(2025, 5, 10) })[0]!.posts;
    expect(posts).toHaveLength(5001);
    expect(posts[5000]).toMatchObject({ id: '104999', depth: 1, position: 5000, parentId: posts[0]!.id });
  });
});

describe('counts as printed', () => {
  it('reads plain, grouped and abbreviated counts in en/pl/el', () => {
    expect(parseCount('2534 Replies. Reply')).toBe(2534);
    expect(parseCount('1,234')).toBe(1234);
    expect(parseCount('2.5K')).toBe(2500);
    expect(parseCount('2,5 tys.')).toBe(2500);
    expect(parseCount('1,2 χιλ.')).toBe(1200);
    expect(parseCount('3 mln')).toBe(3_000_000);
    expect(parseCount('782 comments')).toBe(782);
    expect(parseCount('Reply')).toBeNull();
    expect(parseCount(null)).toBeNull();
  });
});
