/** How X limits a reply: 280 by twitter-text's weighted length (links 23, emoji and CJK 2). */
import twttr from 'twitter-text';
import type { ReplyLength } from '../types';

export const X_LIMIT = 280;

/** X's weighted length of a text. */
export function xLength(text: string): number {
  return twttr.parseTweet(text).weightedLength;
}

export const xReplyLength: ReplyLength = {
  limit: X_LIMIT,
  shortForm: true,
  measure(text) {
    const parsed = twttr.parseTweet(text);
    // validRangeEnd is the last UTF-16 index that still fits.
    return { length: parsed.weightedLength, overAt: Math.min(parsed.validRangeEnd + 1, text.length) };
  },
};
