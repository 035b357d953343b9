/**
 * Relevance on real saved pages (../shared/corpus, read in place): with a brand configured, the
 * panel's queue holds only posts addressed to or about that brand; bystander posts — a home
 * timeline's crypto news and joke lines, an article about note-taking software — are not queued.
 * The queue is built as the panel builds it: thread reader → readThreadContext → analyseThread → isQueued.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readThreadContext } from '../../../lib/content/site/thread-reading';
import { buildLibrary, defaultPacks } from '../../../lib/library/store/library';
import { analyseThread, isQueued } from '../../../lib/background/analyse';
import { detectSite, siteByPlatform } from '../../../lib/sites/registry';
import { Ranker } from '../../../lib/suggest/rank';
import type { BrandProfile } from '../../../lib/triage/relevance';
import { sharedPath } from '../../../scripts/support/shared-data';
import { loadCorpus } from '../sites/corpus';

const ranker = new Ranker(buildLibrary(defaultPacks()));

function queueOn(parts: [string, string, string], brand: BrandProfile | null) {
  const doc = loadCorpus(...parts);
  const site = detectSite(doc) ?? siteByPlatform(parts[0])!;
  const platform = site.platform;
  const thread = readThreadContext(doc, site, null, brand?.handles ?? []);
  const res = analyseThread({ platform, posts: thread.forTriage, focusId: null, brand, pageUrl: null, now: Date.parse('2026-01-01T00:00:00Z') }, ranker);
  const queue = thread.posts.filter((p) => !p.isBrandPost && isQueued(res, p.id));
  return { thread, res, queue, complaints: thread.posts.filter((p) => res.triage[p.id]?.complaint) };
}

function expectedIds(parts: [string, string, string]): string[] {
  const file = parts[2].replace(/\.html$/, '.expected.json');
  return (JSON.parse(readFileSync(sharedPath('corpus', parts[0], parts[1], file), 'utf8')) as { posts: Array<{ id: string }> }).posts.map((p) => p.id);
}

/** Addressed to or about the brand, checked plainly (not through lib/triage/relevance). */
function plainlyAboutBrand(p: { text: string; replyToHandles: string[] }, brand: BrandProfile): boolean {
  const handles = brand.handles.map((h) => h.replace(/^@/, '').toLowerCase());
  const text = p.text.toLowerCase();
  return (
    p.replyToHandles.some((h) => handles.includes(h.toLowerCase())) ||
    handles.some((h) => text.includes(`@${h}`)) ||
    [brand.name, ...brand.keywords].some((w) => w && text.includes(w.toLowerCase()))
  );
}

const ACME: BrandProfile = { name: 'Acme Bank', handles: ['AcmeBank'], keywords: ['AcmePay'] };
const HOME: [string, string, string] = ['x', 'cpft-saved-pages-2025', 'home-twitter-complete.html'];
const ARTICLE: [string, string, string] = ['x', 'status-page-reply-composer-2026', 'general--x.com-article-2026-02-13.html'];
const MENTIONS: [string, string, string] = ['x', 'more-real-pages-2-2025-2026', 'somi-notifications-mentions-16-replies-2025-03.html'];
const OTHER_MENTIONS: [string, string, string] = ['x', 'more-real-pages-2-2025-2026', 'somi-notifications-mentions-other-account-2025-03.html'];
const FB_POST: [string, string, string] = ['facebook', 'post-with-comments-2025', 'facebook_post.html'];

describe('relevance on real saved pages', () => {
  it('a real home timeline: posts triage calls complaints, none of them about the configured brand, so nothing is queued', () => {
    const { queue, complaints, res } = queueOn(HOME, ACME);
    expect(complaints.length).toBeGreaterThan(0); // the crypto news and joke line: complaint-like, but no one's case
    expect(queue).toEqual([]);
    expect(res.brandConfigured).toBe(true);
  });

  it('the same timeline with a brand one post names: only that post is queued, for naming it', () => {
    const brand: BrandProfile = { name: 'Coinbase', handles: ['coinbase'], keywords: [] };
    const { queue, res } = queueOn(HOME, brand);
    expect(queue.length).toBeGreaterThan(0);
    for (const p of queue) {
      expect(plainlyAboutBrand(p, brand)).toBe(true);
      expect(res.relevance[p.id]?.reason).toBe('name');
    }
  });

  it('no brand set up: nothing is queued and the panel is told to ask for one', () => {
    const { queue, res } = queueOn(HOME, null);
    expect(queue).toEqual([]);
    expect(res.brandConfigured).toBe(false);
    expect(Object.values(res.relevance).every((r) => r.reason === 'no_brand')).toBe(true);
  });

  it('an X status page with an article about note-taking software is not a complaint to an unrelated brand', () => {
    expect(queueOn(ARTICLE, ACME).queue).toEqual([]);
    // ... but it is about Obsidian, were Obsidian the brand.
    const obsidian: BrandProfile = { name: 'Obsidian', handles: ['obsdmd'], keywords: [] };
    const { thread, res } = queueOn(ARTICLE, obsidian);
    expect(thread.posts.map((p) => res.relevance[p.id]?.reason)).toEqual(['name']);
  });

  it('the brand’s mentions tab: every hand-checked post replies to the brand, every queued post is one of them', () => {
    const brand: BrandProfile = { name: '', handles: ['SomiXbt'], keywords: [] };
    const ids = expectedIds(MENTIONS);
    const { queue, res, thread } = queueOn(MENTIONS, brand);
    const addressed = thread.posts.filter((p) => plainlyAboutBrand(p, brand)).map((p) => p.id);
    expect(addressed.length).toBeGreaterThanOrEqual(15);
    for (const id of addressed) expect(res.relevance[id]?.relevant).toBe(true);
    for (const p of queue) {
      expect(ids).toContain(p.id);
      expect(plainlyAboutBrand(p, brand)).toBe(true);
    }
    // Another brand on the same page: none of it is that brand's business.
    expect(queueOn(MENTIONS, ACME).queue).toEqual([]);
  });

  it('another account’s mentions: queued posts reply to or @mention that account', () => {
    const brand: BrandProfile = { name: '', handles: ['Novelxbt'], keywords: [] };
    const ids = expectedIds(OTHER_MENTIONS);
    const { queue, complaints } = queueOn(OTHER_MENTIONS, brand);
    expect(complaints.length).toBeGreaterThan(0);
    expect(queue.length).toBeGreaterThan(0);
    for (const p of queue) {
      expect(ids).toContain(p.id);
      expect(plainlyAboutBrand(p, brand)).toBe(true);
    }
  });

  it('a Facebook post with comments: comments under the brand’s post are relevant, under someone else’s they are not', () => {
    const owner: BrandProfile = { name: '', handles: ['salmanmd.sultan.1'], keywords: [] };
    const mine = queueOn(FB_POST, owner);
    const comments = mine.thread.posts.filter((p) => p.depth > 0 && !p.isBrandPost);
    for (const c of comments) expect(mine.res.relevance[c.id]?.relevant).toBe(true);
    const theirs = queueOn(FB_POST, ACME);
    for (const p of theirs.thread.posts) expect(theirs.res.relevance[p.id]?.relevant).toBe(false);
  });
});
