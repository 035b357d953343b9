/** How X limits a reply: 280 by twitter-text's weighted length (links 23, emoji and CJK 2); see ./reply-measure.ts. */
import type { ReplyLength } from '../types';

export const X_LIMIT = 280;

export const xReplyLength: ReplyLength = { limit: X_LIMIT, shortForm: true };
