import { clickedSubmit, pressedSendKey, sameText } from '../send-gesture';
import type { SiteAdapter } from '../types';
import { findXComposers } from './composers';
import { STATUS_PATH, X } from './selectors';

export const xAdapter: SiteAdapter = {
  platform: 'x',
  findComposers: findXComposers,
  isSendGesture: (event, composer) => clickedSubmit(event, composer) || pressedSendKey(event, composer, 'mod+enter'),
  postSelector: X.tweet,
  postIdOf(el) {
    // The post's own permalink wraps its <time>; quoted posts have theirs deeper, after it.
    const href = el.querySelector('time')?.closest('a')?.getAttribute('href');
    return href?.match(STATUS_PATH)?.[1] ?? null;
  },
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
