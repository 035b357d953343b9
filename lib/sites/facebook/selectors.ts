/**
 * Every Facebook selector Soothe uses, in one place. Structure, roles and data attributes only:
 * aria-labels are translated ("Write a comment…", "Napisz komentarz…", "Γράψτε ένα σχόλιο…").
 */
export const FB = {
  /** Lexical comment/reply box. */
  composer: '[data-lexical-editor="true"][contenteditable="true"], textarea[name="comment_text"]',
  /** A post or a comment. */
  article: '[role="article"]',
  /** The post's message body. */
  postMessage: '[data-ad-preview="message"], [data-ad-comet-preview="message"]',
  /** The composer's own form; its submit control is a role=button inside it. */
  form: 'form',
  /** Links that identify a comment. */
  commentLink: 'a[href*="comment_id="]',
  /** Links that identify the post. */
  postLink: 'a[href*="/posts/"], a[href*="story_fbid="], a[href*="/permalink/"]',
} as const;

export const COMMENT_ID = /[?&]comment_id=([^&#]+)/;
export const POST_ID = /\/posts\/([^/?#]+)|story_fbid=([^&#]+)|\/permalink\/([^/?#]+)/;
