/** How Facebook limits a comment: 8,000 characters, an emoji counting once. */
import type { ReplyLength, ReplyMeasure } from '../types';

export const FACEBOOK_COMMENT_LIMIT = 8000;

export const facebookReplyLength: ReplyLength = { limit: FACEBOOK_COMMENT_LIMIT };

export const measureFacebookReply: ReplyMeasure = (text) => {
  let count = 0;
  let overAt = text.length;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    count++;
    if (count === FACEBOOK_COMMENT_LIMIT + 1) overAt = i;
    if (cp > 0xffff) i++;
  }
  return { length: count, overAt };
};
