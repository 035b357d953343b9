/**
 * X threads read from every X page of the shared corpus. Expected values were read from the saved
 * HTML by hand (ids in the time links, handles in User-Name, <time datetime>, aria-label counts,
 * connector lines between consecutive cells) and from each PROVENANCE.txt / manifest.json.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../scripts/support/shared-data';
import type { Thread } from '../../../lib/sites/thread';
import { parseXThreads } from '../../../lib/sites/x/parse-thread';
import { corpusHtml, loadCorpus, loadHtml, loadSnippets } from './corpus';

const allPosts = (threads: Thread[]) => threads.flatMap((t) => t.posts);

describe('X single posts (2025, tweetyoink fixtures)', () => {
  it('reads a plain post: id, author, time, text, counts', () => {
    const threads = parseXThreads(loadCorpus('x', 'single-tweets-2025', 'x-tweet-sample.html'));
    expect(threads).toHaveLength(1);
    const [p] = threads[0]!.posts;
    expect(p).toMatchObject({
      id: '1981398750557065646',
      author: { handle: 'TestUser123', displayName: 'Test User Account' },
      timestamp: '2025-10-23T16:34:09.000Z',
      lang: 'en',
      permalink: 'https://x.com/TestUser123/status/1981398750557065646',
      parentId: null,
      depth: 0,
      counts: { replies: 48, reposts: 152, likes: 553 },
      quoted: null,
      isBrandPost: false,
    });
    expect(p!.text).toBe("Democrat Shutdown Jeopardizes America's Skies");
  });

  it('keeps a quoted post apart from the quoting text', () => {
    const [t] = parseXThreads(loadCorpus('x', 'single-tweets-2025', 'x-tweet-quote.html'));
    const p = t!.posts[0]!;
    expect(p.id).toBe('1983130065320780162');
    expect(p.author).toEqual({ handle: 'TestQuoter', displayName: 'Test Quoter' });
    expect(p.text).toBe('This is a quote tweet with additional commentary');
    expect(p.timestamp).toBe('2025-10-28T11:13:47.000Z');
    expect(p.counts).toEqual({ replies: 2534, reposts: 4483, likes: 25616 });
    expect(p.quoted).toMatchObject({
      id: '1983129251856470493',
      author: { handle: 'OriginalAuthor', displayName: 'Original Author' },
      timestamp: '2025-10-28T11:10:33.000Z',
      lang: 'en',
    });
    expect(p.quoted!.text).toBe(
      'This is the original quoted tweet content that provides important context and information for the conversation',
    );
    expect(p.text).not.toContain('original quoted');
  });

  it('reads the quoting post of a quote with video, counts from the exact aria-label numbers', () => {
    const [t] = parseXThreads(loadCorpus('x', 'single-tweets-2025', 'x-tweet-quote-video.html'));
    const p = t!.posts[0]!;
    expect(p.id).toBe('1983128852952998358');
    expect(p.author.handle).toBe('QuotingUser');
    expect(p.text).toBe('How to share Example.com links');
    // Visible "2.3K" / "11K"; the labels say 2370 and 11313.
    expect(p.counts).toEqual({ replies: 972, reposts: 2370, likes: 11313 });
    expect(p.quoted!.author.handle).toBe('OriginalPoster');
    // The saved text has a blank line (two newlines) after the question.
    expect(p.quoted!.text).toBe('How to share Example.com links?\n\nTap any heading, hit the link icon, and your link is copied instantly.');
  });

  it('marks the brand\'s own posts from the handles passed in (any case, with or without @)', () => {
    const doc = loadCorpus('x', 'single-tweets-2025', 'x-tweet-quote.html');
    expect(parseXThreads(doc, { brandHandles: ['@testquoter'] })[0]!.posts[0]!.isBrandPost).toBe(true);
    expect(parseXThreads(doc, { brandHandles: ['OriginalAuthor'] })[0]!.posts[0]!.isBrandPost).toBe(false);
  });
});

describe('X timeline cells (2023, twitter_bot fixtures)', () => {
  interface Entry { file: string; articles: number; times: string[]; urls_in_comment: string[] }
  const manifest = JSON.parse(readFileSync(sharedPath('corpus', 'x', 'timeline-cells-2023', 'manifest.json'), 'utf8')) as Entry[];

  it('every snippet: as many posts as articles, first time as saved, ids of the quoted URLs, no throw', () => {
    expect(manifest).toHaveLength(43);
    for (const entry of manifest) {
      const threads = parseXThreads(loadHtml(corpusHtml('x', 'timeline-cells-2023', 'snippets', entry.file)));
      const posts = allPosts(threads);
      expect(posts.length, entry.file).toBe(entry.articles);
      if (entry.articles > 0) expect(posts[0]!.timestamp, entry.file).toBe(entry.times[0]);
      if (entry.urls_in_comment.length === 1) {
        expect(posts[0]!.id, entry.file).toBe(entry.urls_in_comment[0]!.match(/status\/(\d+)/)![1]);
      }
    }
  });

  it('one user replying to another: two cells joined by the connector line', () => {
    const threads = parseXThreads(loadSnippets(['sequence_of_timeline_cells__00.html', 'sequence_of_timeline_cells__01.html']));
    expect(threads).toHaveLength(1);
    const [a, b] = threads[0]!.posts;
    expect(a).toMatchObject({ id: '1706099190240088103', author: { handle: 'rvinowise', displayName: 'Victor Rîbin' }, text: "another person's reply", depth: 0, parentId: null });
    expect(b).toMatchObject({ id: '1706099462379033033', author: { handle: 'tehprom269887' }, text: "reply to another person's reply", depth: 1, parentId: '1706099190240088103', position: 1 });
    expect(threads[0]!.id).toBe('1706099190240088103');
  });

  it('a three-post thread, and a thread across a "Show more replies" cell', () => {
    const [three] = parseXThreads(
      loadSnippets(['sequence_of_timeline_cells__02.html', 'sequence_of_timeline_cells__03.html', 'sequence_of_timeline_cells__04.html']),
    );
    expect(three!.posts.map((p) => [p.id, p.parentId, p.depth])).toEqual([
      ['1734248650228855291', null, 0],
      ['1734248653919789531', '1734248650228855291', 1],
      ['1734248657547870564', '1734248653919789531', 2],
    ]);
    expect(three!.posts.map((p) => p.text)).toEqual(['the head of a thread', '2nd message of a thread', '3rd message of a thread']);

    const hidden = parseXThreads(
      loadSnippets(['sequence_of_timeline_cells__05.html', 'sequence_of_timeline_cells__06.html', 'sequence_of_timeline_cells__07.html', 'sequence_of_timeline_cells__08.html']),
    );
    expect(hidden).toHaveLength(1);
    expect(hidden[0]!.posts.map((p) => [p.id, p.parentId])).toEqual([
      ['1707007575110099429', null],
      ['1707007579103117527', '1707007575110099429'],
      ['1725958337445961955', '1707007579103117527'],
    ]);
    expect(hidden[0]!.posts[2]!.timestamp).toBe('2023-11-18T19:25:09.000Z');
  });

  it('unconnected cells are separate threads; a quoted reply keeps its "Replying to" handles', () => {
    const threads = parseXThreads(loadCorpus('x', 'timeline-cells-2023', 'snippets', 'Read_list_updates_test__00.html'));
    expect(threads.map((t) => t.id)).toEqual([
      '1735935432297160849', '1735935094374772845', '1735934804774854870', '1735933463205642706', '1735933254790766638', '1735933100780073369',
    ]);
    const quoting = threads[4]!.posts[0]!;
    expect(quoting.quoted).toMatchObject({ text: '2nd message of a thread', timestamp: '2023-12-11T16:27:54.000Z', replyToHandles: ['tehprom269887'] });
    expect(quoting.replyToHandles).toEqual([]);
    const two = parseXThreads(loadCorpus('x', 'timeline-cells-2023', 'snippets', 'quotation_test__04.html'))[0]!.posts[0]!;
    expect(two.quoted!.replyToHandles).toEqual(['altryne', 'JJitsev']);
  });

  it('"Show more" marks a cut text; links keep their full address; mentions stay in the text', () => {
    const p = parseXThreads(loadCorpus('x', 'timeline-cells-2023', 'snippets', 'general_posts__01.html'))[0]!.posts[0]!;
    expect(p.truncated).toBe(true);
    expect(p.text).toMatch(/^Do animals feel pain more than we do\?/);
    expect(p.text).toContain('@PeterSinger and I take a dive into the deep end.');
    expect(p.text).not.toMatch(/Show more|…$/);
    expect(p.counts).toEqual({ replies: 102, reposts: 99, likes: 894 });
    const link = parseXThreads(loadCorpus('x', 'timeline-cells-2023', 'snippets', 'general_posts__00.html'))[0]!.posts[0]!;
    expect(link.text).toBe('Link to the article: https://richarddawkins.substack.com/p/on-being-accused-of-islamophobia');
  });
});

describe('X saved pages (2025 control-panel-for-twitter, 2026 status page)', () => {
  it('home timeline: 20 posts, a 3-post conversation joined by lines, emoji names from <img alt>', () => {
    const threads = parseXThreads(loadCorpus('x', 'cpft-saved-pages-2025', 'home-twitter-complete.html'));
    expect(allPosts(threads)).toHaveLength(20);
    expect(threads).toHaveLength(18);
    const convo = threads.find((t) => t.id === '1991475453887217692')!;
    expect(convo.posts.map((p) => [p.id, p.author.handle, p.parentId, p.depth])).toEqual([
      ['1991475453887217692', 'hasufl', null, 0],
      ['1991586882858172684', 'cmsholdings', '1991475453887217692', 1],
      ['1991607597108195581', 'hasufl', '1991586882858172684', 2],
    ]);
    expect(convo.posts[0]!.author.displayName).toBe('Hasu⚡️🤖');
    expect(convo.posts[2]!.text).toBe('Great pt.');
    expect(convo.posts[0]!.quoted).toMatchObject({ id: '1991420597558210900', author: { handle: 'Xeer' } });
    // A repost shows the original author (the "… reposted" line is context, not authorship).
    const first = threads[0]!.posts[0]!;
    expect(first).toMatchObject({ id: '1991602883645829145', author: { handle: 'will__price' }, timestamp: '2025-11-20T20:21:44.000Z' });
  });

  it('2026 logged-in status page: the focal long-form post, its title and counts', () => {
    const threads = parseXThreads(loadCorpus('x', 'status-page-reply-composer-2026', 'general--x.com-article-2026-02-13.html'));
    expect(threads).toHaveLength(1);
    const p = threads[0]!.posts[0]!;
    expect(p).toMatchObject({
      id: '2013045749580259680',
      author: { handle: 'arscontexta', displayName: 'Heinrich' },
      timestamp: '2026-01-19T00:28:01.000Z',
      counts: { replies: 76, reposts: 234, likes: 2378 },
    });
    expect(p.text.startsWith('obsidian + claude code 101')).toBe(true);
  });

  it('pages viewed signed out yield nothing by default, and read when asked', () => {
    const profile = loadCorpus('x', 'logged-out-profile-2025', 'twitter_page.html');
    expect(parseXThreads(profile)).toEqual([]);
    const posts = allPosts(parseXThreads(profile, { includeLoggedOut: true }));
    expect(posts.map((p) => [p.id, p.author.handle, p.timestamp?.slice(0, 10)])).toEqual([
      ['1447946811218358272', 'phnixhamsta', '2021-10-12'],
      ['1543427343867613184', 'phnixhamsta', '2022-07-03'],
    ]);

    for (const page of ['mario-zechner-twitter.html', 'mario-zechner-wow.html', 'bigtech-alert.html']) {
      expect(parseXThreads(loadCorpus('x', 'cpft-saved-pages-2025', page)), page).toEqual([]);
    }
    const wow = parseXThreads(loadCorpus('x', 'cpft-saved-pages-2025', 'mario-zechner-wow.html'), { includeLoggedOut: true });
    expect(wow[0]!.posts[0]).toMatchObject({
      id: '1991612272289161300',
      author: { handle: 'badlogicgames', displayName: 'Mario Zechner' },
      text: 'Wow.',
      timestamp: '2025-11-20T20:59:02.000Z',
      quoted: { id: '1991546816685568387', author: { handle: 'randall_balestr' }, timestamp: '2025-11-20T16:38:56.000Z' },
    });
    const alert = parseXThreads(loadCorpus('x', 'cpft-saved-pages-2025', 'bigtech-alert.html'), { includeLoggedOut: true })[0]!.posts[0]!;
    expect(alert).toMatchObject({ id: '1797703769117069498', author: { handle: 'BigTechAlert' }, timestamp: '2024-06-03T18:55:52.000Z' });
    expect(alert.text).toBe('🚫 @elonmusk is no longer following @ylecun');
    const profilePosts = allPosts(parseXThreads(loadCorpus('x', 'cpft-saved-pages-2025', 'mario-zechner-twitter.html'), { includeLoggedOut: true }));
    expect(profilePosts).toHaveLength(9);
    expect(profilePosts.every((p) => p.author.handle === 'badlogicgames')).toBe(true);
    expect(profilePosts[4]!.lang).toBe('de');
  });

  it('the unrendered page shell yields nothing', () => {
    expect(parseXThreads(loadCorpus('x', 'cpft-saved-pages-2025', 'home-twitter_unhydrated_shell.html'))).toEqual([]);
  });
});

describe('X in Polish and Greek UIs', () => {
  /** The same page with every translated label rewritten, as X renders it in another UI language. */
  function translate(doc: Document, words: Record<string, string>): Document {
    for (const el of doc.querySelectorAll('[aria-label]')) {
      const label = el.getAttribute('aria-label')!;
      const number = label.match(/^\d+/)?.[0];
      el.setAttribute('aria-label', number ? `${number} ${words.count}` : words.other!);
    }
    const walker = doc.createTreeWalker(doc.body, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      n.nodeValue = n.nodeValue!.replace('Replying to', words.replying!).replace('Show more', words.more!);
    }
    return doc;
  }
  const pl = { count: 'odpowiedzi. Odpowiedz', other: 'Więcej', replying: 'W odpowiedzi do', more: 'Pokaż więcej' };
  const el = { count: 'απαντήσεις. Απάντηση', other: 'Περισσότερα', replying: 'Απάντηση σε', more: 'Εμφάνιση περισσότερων' };

  for (const [name, words] of [['Polish', pl], ['Greek', el]] as const) {
    it(`reads the same threads with a ${name} UI`, () => {
      for (const page of [['x', 'cpft-saved-pages-2025', 'home-twitter-complete.html'], ['x', 'timeline-cells-2023', 'snippets', 'general_posts__01.html'], ['x', 'timeline-cells-2023', 'snippets', 'quotation_test__04.html']]) {
        const english = parseXThreads(loadCorpus(...page));
        const translated = parseXThreads(translate(loadCorpus(...page), words));
        expect(translated, page.at(-1)).toEqual(english);
        expect(english.length).toBeGreaterThan(0);
      }
    });
  }
});
