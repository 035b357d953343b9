/**
 * What a site adapter tells the rest of Soothe. Adapters (lib/sites/<site>/) are the only code
 * that knows a site's DOM; everything downstream works with these shapes.
 */
export type Platform = 'x' | 'facebook';

/** A reply box on the page, and what it answers. */
export interface Composer {
  /** The editable element (Draft.js / Lexical contenteditable, or a plain textarea). */
  editor: HTMLElement;
  /** Id of the post this composer replies to, when it can be told. */
  postId: string | null;
  /** Text of the post being answered (for language and suggestions), when it can be read. */
  postText: string | null;
  /** `lang` the site itself put on the post's text, when present. */
  postLang: string | null;
  /** When the answered post was published (epoch ms), when the page says: the response clock starts here. */
  postedAt: number | null;
  /** Link to the answered post, for "links back" in the stats. */
  postUrl: string | null;
  /** The site's own Send/Reply button for this composer, when found. */
  submitButton: HTMLElement | null;
}

export interface SiteAdapter {
  platform: Platform;
  /** Every reply composer currently in `root`. Must never throw; a miss returns fewer composers. */
  findComposers(root: ParentNode): Composer[];
  /** Whether this click or keydown asks the site to send `composer`'s text. */
  isSendGesture(event: Event, composer: Composer): boolean;
  /** After a send: the id of the published reply showing `text`, when the page shows it. */
  findPublishedReply(root: ParentNode, text: string): string | null;
}

export function isSubmitEnabled(button: HTMLElement | null): boolean {
  if (!button) return false;
  if ((button as HTMLButtonElement).disabled) return false;
  return button.getAttribute('aria-disabled') !== 'true';
}
