/**
 * Reading X threads out of a rendered page: status (conversation) pages, home, profile and
 * notification timelines, and lone post cells. Pure DOM reading — works in the browser and in
 * jsdom — keyed on data-testid and structure, never on translated labels, so it reads a Polish or
 * Greek UI the same as an English one. It never throws: what cannot be read is left out.
 *
 * Thread relations come from structure. X draws a line between the avatars of posts that follow
 * each other in a conversation: the post's top row then holds a connector besides its spacer, and
 * the avatar column holds a line below the avatar when the next post continues it. On a status
 * page the focal post is the one article that is not tab-focusable (tabindex -1).
 */
import { parseCount } from '../counts';
import { readText, tidy } from '../dom-text';
import { pageUrl } from '../page-url';
import { brandSet, isBrand, type ParseOptions, type Post, type PostAuthor, type QuotedPost, type Thread } from '../thread';
import { PROFILE_PATH, STATUS_PATH, X } from './selectors';

export interface XParseOptions extends ParseOptions {
  /**
   * Read pages viewed while signed out too. Off by default: Soothe serves a signed-in manager,
   * and a signed-out view (no composer, "Log in" bar) is not a thread they can answer.
   */
  includeLoggedOut?: boolean;
}

const ORIGIN = 'https://x.com';

/** A post as read from one article, before it is placed in a thread. */
interface ReadPost {
  post: Omit<Post, 'parentId' | 'depth' | 'position' | 'isBrandPost'>;
  /** The line above the avatar: this post continues the one before it. */
  joinsPrevious: boolean;
  /** The line below the avatar: the next post continues this one. */
  continues: boolean;
  focal: boolean;
}

export function parseXThreads(doc: Document, opts: XParseOptions = {}): Thread[] {
  try {
    if (!opts.includeLoggedOut && isLoggedOutView(doc)) return [];
    const articles = [...doc.querySelectorAll(X.tweet)].filter((a) => !a.parentElement?.closest(X.tweet)).slice(0, opts.maxPosts ?? Infinity);
    const read: ReadPost[] = [];
    let dated: boolean | undefined;
    const timelessIsAd = () => (dated ??= hasDatedPost(doc));
    for (const article of articles) {
      const r = safeReadArticle(article, timelessIsAd);
      if (r) read.push(r);
    }
    if (read.length === 0) return [];
    const url = pageUrl(doc);
    const brands = brandSet(opts.brandHandles);
    const groups = read.some((r) => r.focal) ? [read] : groupTimeline(read);
    return groups.map((g) => buildThread(g, url, brands)).filter((t): t is Thread => t !== null);
  } catch {
    return [];
  }
}

/** Signed-out chrome present and no signed-in chrome. Bare post cells (no chrome at all) are read. */
export function isLoggedOutView(doc: Document): boolean {
  return !!doc.querySelector(X.loggedOutMarker) && !doc.querySelector(X.loggedInMarker);
}

function safeReadArticle(article: Element, timelessIsAd: () => boolean): ReadPost | null {
  try {
    return readArticle(article, timelessIsAd);
  } catch {
    return null;
  }
}

/** Consecutive posts joined by the connector line form one thread; every other post is its own. */
function groupTimeline(posts: ReadPost[]): ReadPost[][] {
  const groups: ReadPost[][] = [];
  let prev: ReadPost | null = null;
  for (const p of posts) {
    const current = groups.at(-1);
    if (current && prev && (p.joinsPrevious || prev.continues)) current.push(p);
    else groups.push([p]);
    prev = p;
  }
  return groups;
}

function buildThread(group: ReadPost[], url: string | null, brands: Set<string>): Thread | null {
  const posts: Post[] = [];
  const seen = new Set<string>();
  const focalIndex = group.findIndex((r) => r.focal);
  let focal: Post | null = null;
  for (const [i, r] of group.entries()) {
    if (seen.has(r.post.id)) continue;
    seen.add(r.post.id);
    const prevRead = group[i - 1];
    const prev = posts.at(-1) ?? null;
    let parent: Post | null = null;
    if (focalIndex === -1 || i <= focalIndex) {
      // Ancestors above the focal post, and timeline threads: each answers the one above it.
      parent = prev && (r.joinsPrevious || prevRead?.continues || focalIndex !== -1) ? prev : null;
    } else {
      // Below the focal post: a reply answers the focal post, unless it continues the reply above it.
      const chained = prev && prev !== focal && r.joinsPrevious && prevRead?.continues;
      parent = chained ? prev : focal;
    }
    const post: Post = {
      ...r.post,
      parentId: parent?.id ?? null,
      depth: parent ? parent.depth + 1 : 0,
      position: posts.length,
      isBrandPost: isBrand(r.post.author, brands),
    };
    posts.push(post);
    if (i === focalIndex) focal = post;
  }
  const first = posts[0];
  if (!first) return null;
  return { site: 'x', id: first.id, url, posts };
}

/** The id the reader gives the post `article` shows (the composer finder names the answered post by it). */
export function readPostId(article: Element): string | null {
  return readIdentity(article, () => hasDatedPost(article.ownerDocument)).id;
}

/** Whether any post of the page shows a time: then a post without one is an ad (see readIdentity). */
function hasDatedPost(root: ParentNode): boolean {
  return !!root.querySelector(`${X.tweet} time[datetime]`);
}

/** Who wrote the post `article` shows, when, and its id: its own parts, never its quote card's. */
function readIdentity(article: Element, timelessIsAd: () => boolean) {
  const quoteCard = findQuoteCard(article);
  const own = (el: Element): boolean => !quoteCard || !quoteCard.contains(el);
  const ownAll = (sel: string): Element[] => [...article.querySelectorAll(sel)].filter(own);
  const author = readAuthor(ownAll(X.userName)[0] ?? null);
  const times = ownAll('time[datetime]');
  const { timestamp, permalink, id: timeId } = readTime(times);
  // No time among dated posts: a promoted post (an ad in the timeline or the replies), not a post of the thread.
  // With no time anywhere on the page (X changed its markup), posts keep the id of their own status link.
  // Asked only of a post without a time, so reading a page does not query the document once per post.
  const id = timeId ?? (times.length || !timelessIsAd() ? idFromLinks(ownAll(X.statusLink), author.handle) : null);
  return { quoteCard, ownAll, author, timestamp, permalink, id };
}

function readArticle(article: Element, timelessIsAd: () => boolean): ReadPost | null {
  const { quoteCard, ownAll, author, timestamp, permalink, id } = readIdentity(article, timelessIsAd);
  if (!id) return null; // a tombstone ("This post is unavailable") or an unknown layout

  const textEl = ownAll(X.tweetText)[0] ?? null;
  const showMore = ownAll(X.showMore).length > 0;
  let text = readText(textEl, { skip: (el) => el.matches(X.showMore) });
  if (!textEl) {
    // Long-form Articles: title, then body.
    const title = readText(ownAll(X.articleTitle)[0], { blocks: true });
    const body = readText(ownAll(X.articleBody)[0], { blocks: true });
    text = tidy([title, body].filter(Boolean).join('\n\n'));
  }
  if (showMore) text = text.replace(/\u2026$/, '').trimEnd();

  return {
    post: {
      id,
      author,
      text,
      lang: siteLang(textEl),
      timestamp,
      timeLabel: null,
      permalink: permalink ?? `${ORIGIN}/${author.handle ?? 'i'}/status/${id}`,
      replyToHandles: readReplyingTo(textEl, article),
      // Quote cards carry no buttons: the post's own action bar is the last one in the article.
      counts: {
        replies: readCount([...article.querySelectorAll(X.replyButton)].at(-1)),
        reposts: readCount([...article.querySelectorAll(X.repostButton)].at(-1)),
        likes: readCount([...article.querySelectorAll(X.likeButton)].at(-1)),
      },
      quoted: quoteCard ? readQuoted(quoteCard) : null,
      truncated: showMore,
    },
    joinsPrevious: hasLineAbove(article),
    continues: hasLineBelow(article),
    focal: article.getAttribute('tabindex') === '-1',
  };
}

/** The quoted post: a clickable card (div role=link) with its own User-Name, after the post's own. */
function findQuoteCard(article: Element): Element | null {
  const names = article.querySelectorAll(X.userName);
  for (let i = 1; i < names.length; i++) {
    const card = names[i]!.closest(X.quoteCard);
    if (card && article.contains(card) && !card.contains(names[0]!)) return card;
  }
  return null;
}

function readAuthor(userName: Element | null): PostAuthor {
  if (!userName) return { handle: null, displayName: null };
  let handle: string | null = null;
  let displayName: string | null = null;
  for (const el of userName.querySelectorAll('[dir]')) {
    const t = readText(el);
    if (!t || t === '·') continue;
    if (!handle && /^@[A-Za-z0-9_]{1,15}$/.test(t)) handle = t.slice(1);
    else if (!displayName && !t.startsWith('@')) displayName = t;
  }
  if (!handle) {
    for (const a of userName.querySelectorAll('a[href]')) {
      const m = a.getAttribute('href')?.match(PROFILE_PATH);
      if (m) {
        handle = m[1]!;
        break;
      }
    }
  }
  return { handle, displayName };
}

function readTime(times: Element[]): { timestamp: string | null; permalink: string | null; id: string | null } {
  // The post's own time links to its status page; prefer that one.
  const linked = times.find((t) => STATUS_PATH.test(t.closest('a')?.getAttribute('href') ?? ''));
  const time = linked ?? times[0];
  const href = linked?.closest('a')?.getAttribute('href') ?? null;
  const id = href?.match(STATUS_PATH)?.[1] ?? null;
  return { timestamp: isoOrNull(time?.getAttribute('datetime')), permalink: href ? absolute(href) : null, id };
}

/** A status link of the author's own (e.g. ".../status/123/analytics") when the time has none. */
function idFromLinks(links: Element[], handle: string | null): string | null {
  for (const a of links) {
    const href = a.getAttribute('href') ?? '';
    const m = href.match(/\/([A-Za-z0-9_]{1,15})\/status\/(\d+)/);
    if (m && (!handle || m[1]!.toLowerCase() === handle.toLowerCase())) return m[2]!;
  }
  return null;
}

function readQuoted(card: Element): QuotedPost {
  const author = readAuthor(card.querySelector(X.userName));
  const textEl = card.querySelector(X.tweetText);
  const { timestamp, permalink, id } = readTime([...card.querySelectorAll('time[datetime]')]);
  const quotedId = id ?? idFromLinks([...card.querySelectorAll(X.statusLink)], author.handle);
  return {
    id: quotedId,
    author,
    text: readText(textEl, { skip: (el) => el.matches(X.showMore) }),
    lang: siteLang(textEl),
    timestamp,
    permalink: permalink ?? (quotedId && author.handle ? `${ORIGIN}/${author.handle}/status/${quotedId}` : null),
    replyToHandles: readReplyingTo(textEl, card),
  };
}

/**
 * "Replying to @a and @b": shown just before the text, outside the User-Name. Read as the @handles
 * it holds (the words around them are translated; the handles are not).
 */
function readReplyingTo(textEl: Element | null, article: Element): string[] {
  const handles: string[] = [];
  let anchor: Element | null = textEl;
  for (let level = 0; anchor && level < 2 && handles.length === 0; level++, anchor = anchor.parentElement) {
    for (let sib = anchor.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (sib.matches(X.userName) || sib.querySelector(X.userName) || sib.querySelector('time')) break;
      for (const leaf of sib.querySelectorAll('a, span')) {
        const t = (leaf.textContent ?? '').trim();
        if (/^@[A-Za-z0-9_]{1,15}$/.test(t) && !handles.includes(t.slice(1))) handles.push(t.slice(1));
      }
    }
    if (anchor === article) break;
  }
  return handles;
}

/** The exact count leads the button's aria-label in every language; the visible "2.5K" is a fallback. */
function readCount(button: Element | undefined): number | null {
  if (!button) return null;
  const fromLabel = parseCount(button.getAttribute('aria-label')?.match(/^\s*[\d.,\s\u00a0\u202f]+/)?.[0]);
  if (fromLabel !== null) return fromLabel;
  return parseCount(button.querySelector(X.countText)?.textContent);
}

/** The row above the avatar row holds a connector (a second empty box) when the post continues one above. */
function hasLineAbove(article: Element): boolean {
  const avatar = article.querySelector(X.avatar);
  const top = avatar?.parentElement?.parentElement?.previousElementSibling;
  if (!top) return false;
  return [...top.querySelectorAll('div')].filter((d) => d.childElementCount === 0 && !d.textContent).length >= 2;
}

/** An empty box after the avatar in its column is the line down to the next post. */
function hasLineBelow(article: Element): boolean {
  const avatar = article.querySelector(X.avatar);
  if (!avatar) return false;
  for (let sib = avatar.nextElementSibling; sib; sib = sib.nextElementSibling) {
    if (sib.localName === 'div' && sib.childElementCount === 0 && !sib.textContent) return true;
  }
  return false;
}

/**
 * The text's `lang` as X sets it. X's codes for "no language" (und, zxx, art, and the q-codes for
 * media-only or hashtag-only posts) become null.
 */
function siteLang(textEl: Element | null): string | null {
  const lang = textEl?.getAttribute('lang')?.trim() ?? '';
  if (!lang || /^(?:und|zxx|art|q[a-z]{2})$/i.test(lang)) return null;
  return lang;
}

function isoOrNull(value: string | null | undefined): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}

/** Absolute x.com address for a site-relative or x.com/twitter.com link; anything else is dropped. */
function absolute(href: string): string | null {
  if (href.startsWith('/')) return ORIGIN + href;
  return /^https:\/\/(?:www\.|mobile\.)?(?:x|twitter)\.com\//.test(href) ? href : null;
}
