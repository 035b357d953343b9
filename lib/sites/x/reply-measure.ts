/** X's weighted length of a reply (twitter-text). Imported by the background and extension pages only: see ../reply-measure.ts. */
import twttr from 'twitter-text';
import type { ReplyMeasure } from '../types';

/** X's weighted length of a text. */
export function xLength(text: string): number {
  return twttr.parseTweet(text).weightedLength;
}

export const measureXReply: ReplyMeasure = (text) => {
  const parsed = twttr.parseTweet(text);
  // validRangeEnd is the last UTF-16 index that still fits.
  return { length: parsed.weightedLength, overAt: Math.min(parsed.validRangeEnd + 1, text.length) };
};
