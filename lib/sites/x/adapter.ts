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
