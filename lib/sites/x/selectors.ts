/**
 * Every X selector Soothe uses, in one place. Structure and data-testid only: aria-labels are
 * translated ("Post text", "Tekst wpisu", ...) and would break in Polish or Greek UIs.
 */
export const X = {
  /** Draft.js contenteditable of a reply/post composer (inline and modal). */
  composer: '[data-testid^="tweetTextarea_"][contenteditable="true"], textarea[data-testid^="tweetTextarea_"]',
  /** Reply button of the inline composer, and of the modal one. */
  submitInline: '[data-testid="tweetButtonInline"]',
  submitModal: '[data-testid="tweetButton"]',
  /** A post. */
  tweet: 'article[data-testid="tweet"]',
  tweetText: '[data-testid="tweetText"]',
  /** Links to a post's own status page carry its id. */
  statusLink: 'a[href*="/status/"]',
  dialog: '[role="dialog"]',
} as const;

export const STATUS_PATH = /\/status\/(\d+)/;
