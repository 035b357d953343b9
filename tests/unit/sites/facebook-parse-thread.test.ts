/**
 * Facebook threads read from the corpus. The 2025 post page was read by hand: canonical address
 * (numeric post id), the post's time link "30 May at 11:02", "All reactions: 369", "782 comments",
 * "114 shares", ten comment articles whose time links carry ?comment_id=<id> and "1w", reaction
 * buttons "N reaction(s)", and one "… replied · 1 reply" summary under the third comment.
 */
import { describe, expect, it } from 'vitest';
import { commentIdsFrom, parseFacebookThreads, postIdFromUrl } from '../../../lib/sites/facebook/parse-thread';
import { loadCorpus } from './corpus';

const PAGE = ['facebook', 'post-with-comments-2025', 'facebook_post.html'] as const;
const NOW = Date.parse('2025-06-10T12:00:00Z');
const WEEK = 7 * 24 * 3600 * 1000;
const COMMENT_IDS = [
  '1772521800368774', '1246774960286747', '719218967145565', '1703321956956662', '731379129544812',
  '1399551147752086', '690768663760793', '687150317432099', '1239949993638387', '748423200958546',
];

describe('Facebook 2025 post with comments', () => {
  it('reads the post and its ten comments as one thread', () => {
    const threads = parseFacebookThreads(loadCorpus(...PAGE), { now: NOW });
    expect(threads).toHaveLength(1);
    const t = threads[0]!;
    expect(t.site).toBe('facebook');
    expect(t.id).toBe('3741738029450159');
    expect(t.url).toMatch(/^https:\/\/www\.facebook\.com\/salmanmd\.sultan\.1\/posts\/.+\/3741738029450159\/$/);
    expect(t.posts).toHaveLength(11);
    expect(t.posts.slice(1).map((p) => p.id)).toEqual(COMMENT_IDS);
  });

  it('the post: author, absolute date from "30 May at 11:02", text without "See more", counts', () => {
    const post = parseFacebookThreads(loadCorpus(...PAGE), { now: NOW })[0]!.posts[0]!;
    expect(post).toMatchObject({
      id: '3741738029450159',
      author: { handle: 'salmanmd.sultan.1', displayName: 'Salman Mohammad Sultan' },
      timeLabel: '30 May at 11:02',
      timestamp: new Date(2025, 4, 30, 11, 2).toISOString(), // local time, year from `now`
      parentId: null,
      depth: 0,
      truncated: true,
      counts: { likes: 369, replies: 782, reposts: 114 },
    });
    expect(post.permalink).toBe('https://www.facebook.com/salmanmd.sultan.1/posts/pfbid02pmb12q1MvJtRmoNbehRRgzd48vLkUZca1mV5L4AKZq4MsLK52Kgmjag2hvQoFQwhl');
    expect(post.text.startsWith('Closed\n')).toBe(true);
    expect(post.text).toContain('System Design');
    expect(post.text).not.toContain('See more');
    // <html lang="en"> is the UI language; the message itself carries no lang.
    expect(post.lang).toBeNull();
  });

  it('comments: id from the links, depth 1 under the post, "1w" a week before now, reactions, replies, text with emoji', () => {
    const [, ...comments] = parseFacebookThreads(loadCorpus(...PAGE), { now: NOW })[0]!.posts;
    for (const c of comments) {
      expect(c).toMatchObject({ parentId: '3741738029450159', depth: 1, timeLabel: '1w', lang: 'bn-IN' });
      expect(c.author).toEqual({ handle: 'salmanmd.sultan.1', displayName: 'Salman Mohammad Sultan' });
      expect(c.timestamp).toBe(new Date(NOW - WEEK).toISOString());
      expect(c.permalink).toBe(`https://www.facebook.com/salmanmd.sultan.1/posts/pfbid02pmb12q1MvJtRmoNbehRRgzd48vLkUZca1mV5L4AKZq4MsLK52Kgmjag2hvQoFQwhl?comment_id=${c.id}`);
    }
    expect(comments.map((c) => c.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(comments.map((c) => c.counts.likes)).toEqual([1, 3, 2, 1, 1, 1, 1, null, null, null]);
    expect(comments.map((c) => c.counts.replies)).toEqual([null, null, 1, null, null, null, null, null, null, null]);
    const first = comments[0]!;
    expect(first.text.startsWith('Mehedi Hasan\n')).toBe(true);
    expect(first.text).toContain('ধন্যবাদ , আগ্রহ প্রকাশ করার জন্য!');
    expect(first.text).toContain('🎟️');
    expect(first.text).toContain('Coupon Code: EIDGIFT2025');
    expect(first.text).toContain('https://youtu.be/IHr893qh76k');
    // The link preview card under the comment is not part of its text.
    expect(first.text).not.toContain('INNOVATIVESKILLSBD.COM');
  });

  it('marks the brand\'s own posts', () => {
    const [t] = parseFacebookThreads(loadCorpus(...PAGE), { now: NOW, brandHandles: ['salmanmd.sultan.1'] });
    expect(t!.posts.every((p) => p.isBrandPost)).toBe(true);
    const [u] = parseFacebookThreads(loadCorpus(...PAGE), { now: NOW, brandHandles: ['someone.else'] });
    expect(u!.posts.some((p) => p.isBrandPost)).toBe(false);
  });

  it('nested replies: depth and parent from nesting (real comment markup moved into a reply area)', () => {
    const doc = loadCorpus(...PAGE);
    const articles = [...doc.querySelectorAll('[role="article"][tabindex="-1"]')];
    // Facebook wraps a comment as <div><article/><div replies area/></div>; replies go in that area.
    const replyArea = (comment: Element) => comment.nextElementSibling!;
    const moveAsReply = (reply: Element, parent: Element, parentId: string, replyId: string) => {
      for (const a of reply.querySelectorAll('a[href*="comment_id="]')) {
        a.setAttribute('href', a.getAttribute('href')!.replace(/comment_id=[^&]+/, `comment_id=${parentId}&reply_comment_id=${replyId}`));
      }
      const wrapper = reply.parentElement!; // <div><article/><div/></div>
      const block = wrapper.parentElement!;
      replyArea(parent).replaceChildren(wrapper);
      block.remove();
    };
    const [c1, c2, c3, c4] = articles;
    moveAsReply(c2!, c1!, COMMENT_IDS[0]!, '9000000000000002');
    // c3 also answers c1: put it beside c2 in c1's reply area.
    const c3wrapper = c3!.parentElement!;
    const c3block = c3wrapper.parentElement!;
    for (const a of c3!.querySelectorAll('a[href*="comment_id="]')) {
      a.setAttribute('href', a.getAttribute('href')!.replace(/comment_id=[^&]+/, `comment_id=${COMMENT_IDS[0]}&reply_comment_id=9000000000000003`));
    }
    replyArea(c1!).append(c3wrapper);
    c3block.remove();
    moveAsReply(c4!, c2!, '9000000000000002', '9000000000000004');

    const posts = parseFacebookThreads(doc, { now: NOW })[0]!.posts;
    expect(posts.map((p) => [p.id, p.parentId, p.depth])).toEqual([
      ['3741738029450159', null, 0],
      [COMMENT_IDS[0], '3741738029450159', 1],
      ['9000000000000002', COMMENT_IDS[0], 2],
      ['9000000000000004', '9000000000000002', 3],
      ['9000000000000003', COMMENT_IDS[0], 2],
      ...COMMENT_IDS.slice(4).map((id) => [id, '3741738029450159', 1]),
    ]);
  });
});

describe('Facebook in Polish and Greek UIs', () => {
  const LABELS = {
    pl: { post: '30 maja o 11:02', comment: '1 tydz.', comments: '782 komentarze', shares: '114 udostępnień', reaction: 'reakcje; zobacz, kto zareagował', commentBy: 'Komentarz użytkownika', more: 'Wyświetl więcej' },
    el: { post: '30 Μαΐου στις 11:02', comment: '1 εβδ.', comments: '782 σχόλια', shares: '114 κοινοποιήσεις', reaction: 'αντιδράσεις· δείτε ποιος αντέδρασε', commentBy: 'Σχόλιο από', more: 'Δείτε περισσότερα' },
  };
  function translate(doc: Document, l: (typeof LABELS)['pl']): Document {
    const walker = doc.createTreeWalker(doc.body, 4);
    const swap: Record<string, string> = { '30 May at 11:02': l.post, '1w': l.comment, '782 comments': l.comments, '114 shares': l.shares, 'See more': l.more };
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (swap[n.nodeValue!] !== undefined) n.nodeValue = swap[n.nodeValue!]!;
    for (const el of doc.querySelectorAll('[aria-label]')) {
      const v = el.getAttribute('aria-label')!;
      if (v === '30 May at 11:02') el.setAttribute('aria-label', l.post);
      else if (v.startsWith('Comment by')) el.setAttribute('aria-label', `${l.commentBy} ${v.slice(11)}`);
      else if (/^\d+ reactions?;/.test(v)) el.setAttribute('aria-label', `${v.match(/^\d+/)![0]} ${l.reaction}`);
    }
    return doc;
  }
  for (const lang of ['pl', 'el'] as const) {
    it(`reads the same thread and times from a ${lang} UI`, () => {
      const english = parseFacebookThreads(loadCorpus(...PAGE), { now: NOW });
      const translated = parseFacebookThreads(translate(loadCorpus(...PAGE), LABELS[lang]), { now: NOW });
      const strip = (t: typeof english) => t.map((x) => ({ ...x, posts: x.posts.map((p) => ({ ...p, timeLabel: null, text: p.text.replace(/See more|Wyświetl więcej|Δείτε περισσότερα/, '') })) }));
      expect(strip(translated)).toEqual(strip(english));
      expect(translated[0]!.posts[1]!.timeLabel).toBe(LABELS[lang].comment);
      expect(translated[0]!.posts[0]!.timestamp).toBe(new Date(2025, 4, 30, 11, 2).toISOString());
    });
  }
});

describe('Facebook pages that hold no readable thread', () => {
  const pages = [
    ['facebook', 'legacy-feed-2018', 'timeline.html'],
    ['facebook', 'legacy-feed-2018', 'timeline-ad.html'],
    ['facebook', 'server-html-pages-2021-2024', 'v1_real-page-test.html'],
    ['facebook', 'server-html-pages-2021-2024', 'v2_real-page-a-text-story-with-image.html'],
    ['facebook', 'server-html-pages-2021-2024', 'v2_real-page-b-text-story.html'],
  ];
  for (const page of pages) {
    it(`${page[1]}/${page[2]} yields nothing and does not throw`, () => {
      expect(parseFacebookThreads(loadCorpus(...page), { now: NOW })).toEqual([]);
    });
  }
  it('X pages read as Facebook yield nothing', () => {
    expect(parseFacebookThreads(loadCorpus('x', 'single-tweets-2025', 'x-tweet-quote.html'))).toEqual([]);
  });
});

describe('Facebook ids from links', () => {
  it('comment ids: numeric, base64 "comment:POST_COMMENT", and reply_comment_id for replies', () => {
    expect(commentIdsFrom('https://www.facebook.com/a/posts/pfbid0x?comment_id=1772521800368774&__cft__[0]=x')).toEqual({ commentId: '1772521800368774', postId: null });
    expect(commentIdsFrom('https://www.facebook.com/a?comment_id=Y29tbWVudDozNzQxNzM4MDI5NDUwMTU5XzE3NzI1MjE4MDAzNjg3NzQ%3D')).toEqual({
      commentId: '1772521800368774',
      postId: '3741738029450159',
    });
    expect(commentIdsFrom('/a/posts/1?comment_id=11&reply_comment_id=22')).toEqual({ commentId: '22', postId: null });
    expect(commentIdsFrom('/a/posts/1')).toBeNull();
    expect(commentIdsFrom('/a?comment_id=%3Cscript%3E')).toBeNull();
  });
  it('post ids from permalink shapes', () => {
    expect(postIdFromUrl('https://www.facebook.com/salmanmd.sultan.1/posts/closed-slug/3741738029450159/')).toBe('3741738029450159');
    expect(postIdFromUrl('https://www.facebook.com/x/posts/pfbid02pmb12q1MvJt?__cft__[0]=1')).toBe('pfbid02pmb12q1MvJt');
    expect(postIdFromUrl('https://www.facebook.com/permalink.php?story_fbid=123&id=4')).toBe('123');
    expect(postIdFromUrl('https://www.facebook.com/groups/9/permalink/456/')).toBe('456');
    expect(postIdFromUrl('https://www.facebook.com/somepage')).toBeNull();
  });
});
