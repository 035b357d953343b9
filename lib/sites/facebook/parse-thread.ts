/**
 * Reading Facebook threads out of a rendered ("Comet") page: a post in permalink or dialog view
 * with its comments and the replies under them. Pure DOM reading, never throws, and independent
 * of the UI language: roles, data attributes, link shapes and nesting are read, labels are not
 * (except the time labels, which are parsed in en/pl/el by ./relative-time).
 *
 * Nesting: a comment's article and the area holding its replies are siblings in one wrapper, so a
 * reply's parent is the comment article that is a direct child of one of its ancestors, before it.
 * Legacy (pre-2020) markup and the logged-out server HTML carry none of the Comet marks and give
 * no threads.
 */
import { parseCount } from '../counts';
import { readText } from '../dom-text';
import { descendants, firstDescendant } from '../dom-walk';
import { pageUrl } from '../page-url';
import { brandSet, isBrand, type ParseOptions, type Post, type PostAuthor, type Thread } from '../thread';
import { parseFacebookTime } from './relative-time';
import { FB } from './selectors';
import { isArticle, parentComment } from './structure';

const ORIGIN = 'https://www.facebook.com';

interface ReadComment {
  el: Element;
  post: Omit<Post, 'parentId' | 'depth' | 'position' | 'isBrandPost'>;
  /** Post id carried by the comment's own id ("comment:POST_COMMENT"), when it does. */
  postId: string | null;
}

export function parseFacebookThreads(doc: Document, opts: ParseOptions = {}): Thread[] {
  try {
    const now = opts.now ?? Date.now();
    const brands = brandSet(opts.brandHandles);
    const url = pageUrl(doc);
    const articles = [...doc.querySelectorAll(FB.article)].slice(0, opts.maxPosts ?? Infinity);
    const comments = articles.filter(isCommentArticle);
    const commentSet = new Set(comments);
    // Posts: Comet-rendered articles that are not comments and not inside another post.
    const posts = articles.filter(
      (a) =>
        !commentSet.has(a) &&
        !nearestArticle(a.parentElement) &&
        (a.matches(FB.cometPost) || own(a).some((el) => el.matches(FB.cometPost)) || comments.some((c) => a.contains(c))),
    );
    const threads: Thread[] = [];
    const claimed = new Set<Element>();
    for (const postEl of posts) {
      const own = comments.filter((c) => postEl.contains(c));
      own.forEach((c) => claimed.add(c));
      const t = safe(() => buildThread(postEl, own, doc, url, now, brands, posts.length === 1));
      if (t) threads.push(t);
    }
    // Comments outside any post article (the post dialog): one thread per dialog / main column.
    const orphans = comments.filter((c) => !claimed.has(c));
    const byRoot = new Map<Element, Element[]>();
    for (const c of orphans) {
      const root = c.closest(FB.dialog) ?? c.closest(FB.main) ?? doc.body ?? doc.documentElement;
      if (!root) continue;
      byRoot.set(root, [...(byRoot.get(root) ?? []), c]);
    }
    for (const [root, list] of byRoot) {
      const t = safe(() => buildThread(root, list, doc, url, now, brands, threads.length === 0 && byRoot.size === 1));
      if (t) threads.push(t);
    }
    return threads;
  } catch {
    return [];
  }
}

function safe<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}

/** A comment or reply: its own links carry a comment id, and it is not a post body. */
function isCommentArticle(a: Element): boolean {
  const mine = own(a);
  if (mine.some((el) => el.matches(FB.postMessage)) && !nearestArticle(a.parentElement)) return false;
  return mine.some((el) => el.localName === 'a' && COMMENT_PARAM.test(el.getAttribute('href') ?? ''));
}


/** The element itself or its nearest ancestor that is an article. */
function nearestArticle(el: Element | null): Element | null {
  for (let e = el; e; e = e.parentElement) if (isArticle(e)) return e;
  return null;
}

/** Whether `el` or an ancestor below `stop` passes `test` (a bounded `closest`). */
function within(el: Element, stop: Element, test: (e: Element) => boolean): boolean {
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) if (test(e)) return true;
  return false;
}

/** The elements of `scope` itself: its subtree without nested articles (other comments, replies). */
function own(scope: Element): Element[] {
  return descendants(scope, isArticle).filter((el) => !isArticle(el));
}


function buildThread(
  postRoot: Element,
  commentEls: Element[],
  doc: Document,
  url: string | null,
  now: number,
  brands: Set<string>,
  onlyPostOnPage: boolean,
): Thread | null {
  const read: ReadComment[] = [];
  for (const el of commentEls) {
    const c = safe(() => readComment(el, now));
    if (c) read.push(c);
  }
  const head = readPost(postRoot, now);
  // Post id: the numeric id (the one comment ids and the page address carry), else the post's link.
  const numeric =
    read.find((c) => c.postId)?.postId ?? (onlyPostOnPage ? numericPostId(url) : null) ?? numericPostId(head?.permalink ?? null);
  const postId = numeric ?? head?.linkId ?? null;
  if (!postId && read.length === 0) return null;
  if (!head && read.length === 0) return null;
  const threadId = postId ?? `comments:${read[0]!.post.id}`;

  const posts: Post[] = [];
  const byEl = new Map<Element, Post>();
  if (head) {
    posts.push({ ...head.post, id: threadId, parentId: null, depth: 0, position: 0, isBrandPost: isBrand(head.post.author, brands) });
  }
  const root = posts[0] ?? null;
  const seen = new Set(posts.map((p) => p.id));
  for (const c of read) {
    if (seen.has(c.post.id)) continue;
    seen.add(c.post.id);
    const parentEl = parentComment(c.el, postRoot);
    const parent = (parentEl && byEl.get(parentEl)) ?? root;
    const post: Post = {
      ...c.post,
      parentId: parent?.id ?? (root ? root.id : null),
      depth: parent ? parent.depth + 1 : 1,
      position: posts.length,
      isBrandPost: isBrand(c.post.author, brands),
    };
    posts.push(post);
    byEl.set(c.el, post);
  }
  return { site: 'facebook', id: threadId, url: url ?? head?.post.permalink ?? null, posts };
}

interface ReadHead {
  post: Omit<Post, 'parentId' | 'depth' | 'position' | 'isBrandPost'>;
  linkId: string | null;
  permalink: string | null;
}

/** The opening post: author, time link, message, counts. Null when nothing of a post is there. */
function readPost(root: Element, now: number): ReadHead | null {
  // The post's own elements: comments and replies (nested articles) are left out.
  const mine = own(root);
  const first = (sel: string): Element | null => mine.find((el) => el.matches(sel)) ?? null;

  const nameBlock = first(FB.profileName);
  const message = first(FB.postMessage);
  if (!nameBlock && !message) return null;
  const nameLink = nameBlock ? firstDescendant(nameBlock, (e) => e.localName === 'a' && e.hasAttribute('href')) : null;
  // In a group the name block names the group; the author is the story's visible member link.
  const member = GROUP_LINK.test(nameLink?.getAttribute('href') ?? '')
    ? mine.find((a) => a.localName === 'a' && GROUP_MEMBER.test(a.getAttribute('href') ?? '') && !within(a, root, isHidden) && readText(a))
    : undefined;
  const author: PostAuthor = member
    ? { handle: handleFromHref(member.getAttribute('href')), displayName: readText(member) }
    : { handle: handleFromHref(nameLink?.getAttribute('href')), displayName: readText(nameBlock) || null };
  const timeLink =
    mine.find((a) => a.matches(FB.postTimeLink) && !(message && message.contains(a)) && timeLabelOf(a) !== null) ?? null;
  const label = timeLink ? timeLabelOf(timeLink) : null;
  const href = timeLink?.getAttribute('href') ?? null;
  const permalink = cleanUrl(href);
  const seeMore = message ? descendants(message).filter((el) => el.getAttribute('role') === 'button') : [];
  // The message's own lang; <html lang> is the UI language, not the post's.
  const hasLang = (e: Element): boolean => e.hasAttribute('lang');
  let langEl = message ? firstDescendant(message, hasLang) : null;
  for (let e = message; !langEl && e && e !== root; e = e.parentElement) if (hasLang(e)) langEl = e;
  const lang = langEl?.getAttribute('lang') ?? null;
  return {
    post: {
      id: '',
      author,
      text: readText(message, { blocks: true, skip: (el) => el.matches(FB.button) }).replace(/\s*\u2026$/, ''),
      lang,
      timestamp: parseFacebookTime(label, now),
      timeLabel: label,
      permalink,
      replyToHandles: [],
      counts: readPostCounts(mine),
      quoted: null,
      truncated: seeMore.length > 0,
    },
    linkId: postIdFromUrl(href),
    permalink,
  };
}

function readComment(el: Element, now: number): ReadComment | null {
  const mine = own(el);
  const links = mine.filter((a) => a.localName === 'a' && a.hasAttribute('href'));
  let id: string | null = null;
  let postId: string | null = null;
  let timeLink: Element | null = null;
  for (const a of links) {
    const ids = commentIdsFrom(a.getAttribute('href'));
    if (!ids) continue;
    id ??= ids.commentId;
    // The post: in a base64 comment id, or in the link's own path (/groups/…/posts/<post>/?comment_id=…).
    postId ??= ids.postId ?? numericPostId(a.getAttribute('href'));
    if (!timeLink && timeLabelOf(a) !== null) timeLink = a;
  }
  if (!id) return null;
  // The author link: the first comment link with visible text that is not the time. A link to the post is the
  // time even when its label is in a language the time parser does not read.
  const body = commentBody(el, mine);
  const named = links.filter(
    (a) => a !== timeLink && !postIdFromUrl(a.getAttribute('href')) && !within(a, el, (e) => isButton(e) || isHidden(e)) && !body?.contains(a) && readText(a),
  );
  const authorLink = named.find((a) => COMMENT_PARAM.test(a.getAttribute('href') ?? '')) ?? named[0] ?? null;
  const label = timeLink ? timeLabelOf(timeLink) : null;
  return {
    el,
    postId,
    post: {
      id,
      author: { handle: handleFromHref(authorLink?.getAttribute('href')), displayName: readText(authorLink) || null },
      text: readText(body, { blocks: true, skip: (e) => e.matches(FB.button) }),
      lang: body?.getAttribute('lang') ?? (body && firstDescendant(body, (e) => e.hasAttribute('lang'))?.getAttribute('lang')) ?? null,
      timestamp: parseFacebookTime(label, now),
      timeLabel: label,
      permalink: cleanUrl(timeLink?.getAttribute('href')),
      replyToHandles: [],
      counts: { replies: readReplyCount(el), reposts: null, likes: readReactionButton(mine) },
      quoted: null,
      truncated: !!body && !!firstDescendant(body, isButton),
    },
  };
}

/** The comment text: the first dir=auto block outside links and buttons, preferring the one with a lang. */
function commentBody(el: Element, mine: Element[]): Element | null {
  const candidates = mine.filter(
    (d) => d.getAttribute('dir') === 'auto' && !within(d, el, (e) => e.localName === 'a' || isButton(e) || e.hasAttribute('data-ft')),
  );
  return candidates.find((d) => d.hasAttribute('lang')) ?? candidates[0] ?? null;
}

/** "1 reaction; see who reacted to this" — the count leads the label in every language. */
const isButton = (el: Element): boolean => el.getAttribute('role') === 'button';
/** Hidden from assistive technology: the avatar's online-status link, whose text is a label, not a name. */
const isHidden = (el: Element): boolean => el.getAttribute('aria-hidden') === 'true';

function readReactionButton(mine: Element[]): number | null {
  for (const b of mine.filter(isButton)) {
    const label = b.getAttribute('aria-label');
    if (label && /^\s*\d/.test(label)) return parseCount(label);
  }
  return null;
}

/** The replies area follows the comment's article: "Anayeat Khan replied · 1 reply" → 1 (the last count shown). */
function readReplyCount(el: Element): number | null {
  const area = el.nextElementSibling;
  if (!area || firstDescendant(area, isArticle)) return null;
  const button = isButton(area) ? area : firstDescendant(area, isButton);
  if (!button) return null;
  const leaves = descendants(button).filter((s) => s.localName === 'span' && s.childElementCount === 0 && /\d/.test(s.textContent ?? ''));
  return parseCount(leaves.at(-1)?.textContent);
}

/** Reactions ("All reactions: 369"), comments ("782 comments", the toggle) and shares beside the toolbar. */
function readPostCounts(mine: Element[]): Post['counts'] {
  const counts: Post['counts'] = { replies: null, reposts: null, likes: null };
  const toolbar = mine.find((t) => t.matches(FB.reactionsToolbar));
  if (!toolbar) return counts;
  let footer: Element | null = toolbar;
  for (let i = 0; i < 6 && footer?.parentElement; i++) {
    footer = footer.parentElement;
    const area = descendants(footer, isArticle).filter((el) => !toolbar.contains(el));
    const total = area.find(
      (s) => s.localName === 'span' && s.getAttribute('aria-hidden') === 'true' && /^\s*\d[\d.,\s\u00a0]*(?:\p{L}+\.?)?\s*$/u.test(s.textContent ?? ''),
    );
    if (total && counts.likes === null) counts.likes = parseCount(total.textContent);
    const numbered = area.filter(
      (b) => isButton(b) && !b.hasAttribute('aria-label') && /\d/.test(b.textContent ?? ''),
    );
    if (numbered.length) {
      const comments = numbered.find((b) => b.hasAttribute('aria-expanded'));
      counts.replies = parseCount(comments?.textContent);
      counts.reposts = parseCount(numbered.find((b) => b !== comments)?.textContent);
      break;
    }
  }
  return counts;
}

/** A time link's label when it reads as a time ("1w", "30 May at 11:02"); null otherwise. */
function timeLabelOf(a: Element): string | null {
  const text = readText(a);
  const aria = a.getAttribute('aria-label');
  for (const label of [text, aria]) {
    if (label && label.length <= 60 && parseFacebookTime(label, Date.UTC(2030, 0, 1)) !== null) return label;
  }
  return null;
}

const COMMENT_PARAM = /[?&]comment_id=/;

/** Comment id from a link: `reply_comment_id` for replies, else `comment_id` (numeric or base64 "comment:POST_COMMENT"). */
export function commentIdsFrom(href: string | null | undefined): { commentId: string; postId: string | null } | null {
  if (!href) return null;
  const param = (name: string): string | null => {
    const m = href.match(new RegExp(`[?&]${name}=([^&#]+)`));
    if (!m) return null;
    try {
      return decodeURIComponent(m[1]!);
    } catch {
      return m[1]!;
    }
  };
  const decode = (v: string): { commentId: string; postId: string | null } | null => {
    if (/^\d+$/.test(v)) return { commentId: v, postId: null };
    try {
      const text = atob(v);
      const m = text.match(/^comment:(\d+)_(\d+)$/);
      if (m) return { commentId: m[2]!, postId: m[1]! };
    } catch {
      // not base64
    }
    return /^[\w-]{1,64}$/.test(v) ? { commentId: v, postId: null } : null;
  };
  const reply = param('reply_comment_id');
  if (reply) return decode(reply);
  const comment = param('comment_id');
  return comment ? decode(comment) : null;
}

/** Post id from a post address: pfbid… or numeric, from /posts/, story_fbid=, /permalink/, multi_permalinks= (groups), /videos/, fbid=, /reel/. */
export function postIdFromUrl(href: string | null | undefined): string | null {
  if (!href) return null;
  const m =
    href.match(/\/posts\/(?:[^/?#]+\/)*?(pfbid\w+|\d+)(?:[/?#]|$)/) ??
    href.match(/[?&]story_fbid=(pfbid\w+|\d+)/) ??
    href.match(/\/permalink\/(\d+)/) ??
    href.match(/[?&]multi_permalinks=(\d+)/) ??
    href.match(/\/videos\/(?:[^/?#]+\/)?(\d+)/) ??
    href.match(/\/reel\/(\d+)/) ??
    href.match(/[?&]fbid=(\d+)/);
  return m?.[1] ?? null;
}

function numericPostId(href: string | null): string | null {
  const id = postIdFromUrl(href);
  return id && /^\d+$/.test(id) ? id : null;
}

/** A group's own address, and a member's address inside a group (/groups/<group>/user/<uid>/). */
const GROUP_LINK = /\/groups\/[^/?#]+\/?(?:[?#]|$)/;
const GROUP_MEMBER = /\/groups\/[^/?#]+\/user\/(\d+)/;

/** "https://www.facebook.com/salmanmd.sultan.1?…" → "salmanmd.sultan.1"; profile.php?id=4 and /groups/g/user/4/ → "4". */
function handleFromHref(href: string | null | undefined): string | null {
  if (!href) return null;
  const id = href.match(/profile\.php\?(?:[^#]*&)?id=(\d+)/) ?? href.match(GROUP_MEMBER);
  if (id) return id[1]!;
  const m = href.match(/^(?:https?:\/\/(?:www\.|web\.|m\.)?facebook\.com)?\/([A-Za-z0-9.\-_]+)\/?(?:[?#]|$)/);
  if (!m) return null;
  const name = m[1]!;
  return ['groups', 'pages', 'watch', 'photo.php', 'permalink.php', 'story.php', 'l.php'].includes(name) ? null : name;
}

/** Absolute facebook.com address without the tracking parameters (__cft__, __tn__). */
function cleanUrl(href: string | null | undefined): string | null {
  if (!href) return null;
  let abs: URL;
  try {
    abs = new URL(href, ORIGIN);
  } catch {
    return null;
  }
  if (!/^(?:www\.|web\.|m\.)?facebook\.com$/.test(abs.hostname) || abs.protocol !== 'https:') return null;
  // forEach, not the keys() iterator: in a Firefox content script that iterator is not iterable
  // (the URL's wrappers cross the sandbox), and spreading it threw, so no Facebook thread was read.
  const tracking: string[] = [];
  abs.searchParams.forEach((_value, key) => {
    if (key.startsWith('__')) tracking.push(key);
  });
  for (const key of tracking) abs.searchParams.delete(key);
  return abs.toString();
}
