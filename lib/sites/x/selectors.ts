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

  // Reading threads (lib/sites/x/parse-thread.ts).
  /** A timeline cell; consecutive cells hold a thread's posts. */
  cell: '[data-testid="cellInnerDiv"]',
  /** Display name and @handle block of a post (and of a quoted post inside it). */
  userName: '[data-testid="User-Name"]',
  avatar: '[data-testid="Tweet-User-Avatar"]',
  /** The quoted post card: a clickable div (not an <a>) holding its own User-Name. */
  quoteCard: 'div[role="link"]',
  /** "Show more" on a cut-short text. */
  showMore: '[data-testid="tweet-text-show-more-link"]',
  /** Long-form X Articles have a title and rich text instead of tweetText. */
  articleTitle: '[data-testid="twitter-article-title"]',
  articleBody: '[data-testid="twitterArticleRichTextView"], [data-testid="longformRichTextComponent"]',
  /** Count buttons; their aria-label starts with the exact number in every UI language. */
  replyButton: '[data-testid="reply"]',
  repostButton: '[data-testid="retweet"], [data-testid="unretweet"]',
  likeButton: '[data-testid="like"], [data-testid="unlike"]',
  countText: '[data-testid="app-text-transition-container"]',
  /** Signed-out chrome ("Log in" / "Sign up" bar) and signed-in chrome (account switcher). */
  loggedOutMarker: '[data-testid="login"], [data-testid="signup"]',
  loggedInMarker: '[data-testid="SideNav_AccountSwitcher_Button"], [data-testid="AppTabBar_Profile_Link"]',
  primaryColumn: '[data-testid="primaryColumn"]',
} as const;

export const STATUS_PATH = /\/status\/(\d+)/;
/** A profile link's path: "/handle" and nothing after it. */
export const PROFILE_PATH = /^(?:https?:\/\/(?:www\.|mobile\.)?(?:x|twitter)\.com)?\/([A-Za-z0-9_]{1,15})\/?(?:[?#].*)?$/;
