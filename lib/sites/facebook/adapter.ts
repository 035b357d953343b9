import { clickedSubmit, pressedSendKey, sameText } from '../send-gesture';
import type { SiteAdapter } from '../types';
import { findFacebookComposers } from './composers';
import { COMMENT_ID, FB } from './selectors';

export const facebookAdapter: SiteAdapter = {
  platform: 'facebook',
  findComposers: findFacebookComposers,
  isSendGesture: (event, composer) => clickedSubmit(event, composer) || pressedSendKey(event, composer, 'enter'),
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
