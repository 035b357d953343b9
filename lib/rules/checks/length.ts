/** Length over the platform's limit. X counts weighted length (twitter-text): links 23, emoji and CJK 2. */
import twttr from 'twitter-text';
import { HINTS } from '../hints';
import type { Finding, Platform } from '../types';

export const X_LIMIT = 280;
export const FACEBOOK_COMMENT_LIMIT = 8000;

function finding(start: number, end: number, length: number, limit: number): Finding {
  return { rule: 'too-long', severity: 'error', start, end, hint: `${HINTS['too-long']} (${length}/${limit})`, values: { length, limit } };
}

/** X's weighted length of a text (links 23, emoji and CJK 2). */
export function xLength(text: string): number {
  return twttr.parseTweet(text).weightedLength;
}

export function checkLength(text: string, platform: Platform | undefined): Finding | null {
  if (platform === 'x') {
    const parsed = twttr.parseTweet(text);
    if (parsed.weightedLength <= X_LIMIT) return null;
    // validRangeEnd is the last UTF-16 index that still fits.
    const start = Math.min(parsed.validRangeEnd + 1, text.length);
    return finding(start, text.length, parsed.weightedLength, X_LIMIT);
  }
  if (platform === 'facebook') {
    let count = 0;
    let overflowAt = -1;
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i)!;
      count++;
      if (count === FACEBOOK_COMMENT_LIMIT + 1) overflowAt = i;
      if (cp > 0xffff) i++;
    }
    if (count <= FACEBOOK_COMMENT_LIMIT) return null;
    return finding(overflowAt, text.length, count, FACEBOOK_COMMENT_LIMIT);
  }
  return null;
}
