/**
 * Every Facebook selector Soothe uses, in one place. Structure, roles and data attributes only:
 * aria-labels are translated ("Write a comment…", "Napisz komentarz…", "Γράψτε ένα σχόλιο…").
 */
export const FB = {
  /** Lexical comment/reply box. */
  composer: '[data-lexical-editor="true"][contenteditable="true"], textarea[name="comment_text"]',
  /** A post or a comment. */
  article: '[role="article"]',
  /** The post's message body (`story_message` wraps it; some 2025 posts have only the wrapper). */
  postMessage: '[data-ad-rendering-role="story_message"], [data-ad-preview="message"], [data-ad-comet-preview="message"]',
  /** The composer's own form; its submit control is a role=button inside it. */
  form: 'form',
  /** Links that identify a comment. */
  commentLink: 'a[href*="comment_id="]',
  /** Links that identify the post. */
  postLink: 'a[href*="/posts/"], a[href*="story_fbid="], a[href*="/permalink/"]',

  // Reading threads (lib/sites/facebook/parse-thread.ts).
  /** Marks of the "Comet" (2020+) post rendering; legacy and server-only markup has none. */
  cometPost: '[data-ad-rendering-role], [data-ad-preview="message"], [data-ad-comet-preview="message"]',
  /** The post author's name block. */
  profileName: '[data-ad-rendering-role="profile_name"]',
  /** A post's own time link (it leads to the post), and any link that can carry a post id. */
  postTimeLink:
    'a[href*="/posts/"], a[href*="story_fbid="], a[href*="/permalink/"], a[href*="multi_permalinks="], a[href*="/videos/"], a[href*="/photo"], a[href*="/reel/"], a[href*="fbid="]',
  /** The reactions summary of a post ("All reactions: 369" sits beside it). */
  reactionsToolbar: '[role="toolbar"]',
  button: '[role="button"]',
  /** The post dialog a feed post opens in; comments may sit in it outside any post article. */
  dialog: '[role="dialog"]',
  main: '[role="main"]',
} as const;

/** A comment's own Reply control has no stable attribute; its word, in the languages Soothe speaks. */
export const REPLY_WORD = /^\s*(reply|odpowiedz|απάντηση)\s*$/i;

export const COMMENT_ID = /[?&]comment_id=([^&#]+)/;
export const POST_ID = /\/posts\/([^/?#]+)|story_fbid=([^&#]+)|\/permalink\/([^/?#]+)/;
