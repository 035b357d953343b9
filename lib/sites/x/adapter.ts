import { postByLink } from '../find-post';
import { clickedSubmit, pressedSendKey, sameText } from '../send-gesture';
import type { SiteAdapter } from '../types';
import { xReplyLength } from './reply-length';
import { findXComposers } from './composers';
import { isLoggedOutView, parseXThreads, readPostId } from './parse-thread';
import { STATUS_PATH, X } from './selectors';

const HOST = /^https?:\/\/(?:www\.|mobile\.)?(?:x|twitter)\.com(?:[/:?#]|$)/i;

export const xAdapter: SiteAdapter = {
  platform: 'x',
  label: 'X',
  replyLength: xReplyLength,
  matches: ['https://x.com/*', 'https://mobile.x.com/*', 'https://twitter.com/*', 'https://mobile.twitter.com/*'],
  ownsAddress: (url) => HOST.test(url),
  looksLike(doc) {
    if (doc.querySelector('article[data-testid="tweet"], [data-testid="cellInnerDiv"], [data-testid="primaryColumn"]')) return true;
    const siteName = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '';
    return /^(?:X|Twitter|X \(formerly Twitter\))$/.test(siteName) || !!doc.querySelector('link[href*="abs.twimg.com"]');
  },
  readThreads: parseXThreads,
  whyNoThreads: (doc, opts = {}) =>
    !opts.includeLoggedOut && isLoggedOutView(doc)
      ? 'it is an X page viewed while signed out (add --logged-out to read it anyway)'
      : 'no rendered posts (an unrendered page shell, a non-post page, or an unknown layout)',
  findPost: (doc, permalink, id) => postByLink(doc, permalink, (href) => href.endsWith(`/status/${id}`)),
  findComposers: findXComposers,
  isSendGesture: (event, composer) => clickedSubmit(event, composer) || pressedSendKey(event, composer, 'mod+enter'),
  postSelector: X.tweet,
  // The thread reader's id (a quoted post's time or links are not the post's own), so what is
  // logged as seen matches what the reader and the composer finder call the post.
  postIdOf: readPostId,
  readingScope(posts) {
    // Each post's timeline cell, with the cell before it (the post it may continue), cloned into a
    // detached document in page order. Reading that costs what the seen posts cost, not the feed.
    const doc = document.implementation.createHTMLDocument('');
    const cells = new Set<Element>();
    for (const post of posts) {
      const cell = post.closest(X.cell) ?? post;
      const before = cell.previousElementSibling;
      if (before?.querySelector(X.tweet)) cells.add(before);
      cells.add(cell);
    }
    // On a conversation page the replies answer its focal post (the one article X makes unfocusable):
    // read them with it, or a reply that arrives while the page is open is read without its parent.
    const focal = document.querySelector(`${X.tweet}[tabindex="-1"]`)?.closest(X.cell);
    if (focal && cells.size) cells.add(focal);
    const ordered = [...cells].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    for (const cell of ordered) doc.body.append(doc.importNode(cell, true));
    return doc;
  },
  replyControlOf: (post) => post.querySelector<HTMLElement>(X.replyButton),
  findPublishedReply(root, text) {
    for (const tweet of root.querySelectorAll(X.tweet)) {
      const body = tweet.querySelector<HTMLElement>(X.tweetText);
      if (!body || !sameText(body.textContent ?? '', text)) continue;
      const href = tweet.querySelector('time')?.closest('a')?.getAttribute('href');
      return href?.match(STATUS_PATH)?.[1] ?? null;
    }
    return null;
  },
};
