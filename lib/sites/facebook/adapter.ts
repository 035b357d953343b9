import { postByLink } from '../find-post';
import { clickedSubmit, pressedSendKey, sameText } from '../send-gesture';
import type { SiteAdapter } from '../types';
import { facebookReplyLength } from './reply-length';
import { findFacebookComposers } from './composers';
import { parseFacebookThreads } from './parse-thread';
import { COMMENT_ID, FB, REPLY_WORD } from './selectors';
import { ownMatch } from './structure';

const HOST = /^https?:\/\/(?:www\.|web\.|m\.|mbasic\.|business\.)?facebook\.com(?:[/:?#]|$)/i;

export const facebookAdapter: SiteAdapter = {
  platform: 'facebook',
  label: 'Facebook',
  replyLength: facebookReplyLength,
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*'],
  ownsAddress: (url) => HOST.test(url),
  looksLike(doc) {
    if (/^Facebook$/.test(doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '')) return true;
    return (
      doc.documentElement?.id === 'facebook' ||
      !!doc.querySelector('[data-ad-rendering-role], [data-ad-preview="message"], [data-testid="fbfeed_story"], .userContentWrapper')
    );
  },
  readThreads: parseFacebookThreads,
  whyNoThreads: () => 'no rendered post or comments (legacy or logged-out markup, a page shell, or an unknown layout)',
  privateLink(profile) {
    const page = profile.handles.facebook.replace(/^@/, '').trim();
    return profile.contact.messengerLink || (page ? `https://m.me/${encodeURIComponent(page)}` : '');
  },
  findPost: (doc, permalink, id) => postByLink(doc, permalink, (href) => href.match(COMMENT_ID)?.[1] === id),
  findComposers: findFacebookComposers,
  isSendGesture: (event, composer) => clickedSubmit(event, composer) || pressedSendKey(event, composer, 'enter'),
  postSelector: FB.article,
  postIdOf(el) {
    // A comment carries its id in its own links; a post article is identified by the thread reader.
    return ownMatch(el, FB.commentLink)?.getAttribute('href')?.match(COMMENT_ID)?.[1] ?? null;
  },
  // Comments are read against their post (parent and depth come from the structure around them).
  readingScope: (posts) => posts[0]?.ownerDocument ?? document,
  replyControlOf(post) {
    // The comment's own button (not one of a nested reply's), found by its word: fail soft elsewhere.
    return [...post.querySelectorAll<HTMLElement>(FB.button)].find((b) => b.closest(FB.article) === post && REPLY_WORD.test(b.textContent ?? '')) ?? null;
  },
  findPublishedReply(root, text) {
    for (const article of root.querySelectorAll(FB.article)) {
      const body = article.querySelector<HTMLElement>('[dir="auto"]');
      if (!body || !sameText(body.textContent ?? '', text)) continue;
      const href = article.querySelector(FB.commentLink)?.getAttribute('href');
      return href?.match(COMMENT_ID)?.[1] ?? null;
    }
    return null;
  },
};
