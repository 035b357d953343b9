/**
 * What a site adapter tells the rest of Soothe. Adapters (lib/sites/<site>/) are the only code
 * that knows a site's DOM; everything downstream works with these shapes. The adapters are listed
 * once, in lib/sites/registry.ts: adding a site is one folder there plus one line in the registry.
 */
import type { ParseOptions, Thread } from './thread';

/** The sites with an adapter (lib/sites/registry.ts lists the adapters themselves). */
export const SITE_PLATFORMS = ['x', 'facebook'] as const;
export type SitePlatform = (typeof SITE_PLATFORMS)[number];
/**
 * Where a case comes from: a site Soothe has an adapter for, or any other page the user asked Soothe
 * about ("Reply with Soothe" on a selection), named by its host: `web:shop.example`.
 */
export type Platform = SitePlatform | `web:${string}`;

/** A host name as a URL gives it (lower case, no port); anything else is refused. */
const HOST = /^[a-z0-9.-]{1,253}$|^\[[0-9a-f:.]+\]$/;

/** The platform for a page reached on request, or null when the address has no usable host. */
export function webPlatform(url: string): Platform | null {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return HOST.test(host) ? `web:${host}` : null;
  } catch {
    return null;
  }
}

export function isPlatform(x: unknown): x is Platform {
  return (SITE_PLATFORMS as readonly unknown[]).includes(x) || (typeof x === 'string' && x.startsWith('web:') && HOST.test(x.slice(4)));
}

/** How a site limits a reply's length: declared by its adapter, read by the rule checker and pack lint. */
export interface ReplyLength {
  /** The most a reply may count (as the site's ReplyMeasure counts: lib/sites/reply-measure.ts). */
  limit: number;
  /** Whether a template's short form is the first reply here, leaving room for a sentence of one's own (X). */
  shortForm?: boolean;
}

/** A reply's length as a site counts it, and the UTF-16 index where the part over its limit starts. */
export type ReplyMeasure = (text: string) => { length: number; overAt: number };

/** A reply box on the page, and what it answers. */
export interface Composer {
  /** The editable element (Draft.js / Lexical contenteditable, or a plain textarea). */
  editor: HTMLElement;
  /**
   * Id of the post this composer replies to, when it can be told. Its text, language, time and link
   * come from the thread reader (`readThreads`), the one reading of posts.
   */
  postId: string | null;
  /** The site's own Send/Reply button for this composer, when found. */
  submitButton: HTMLElement | null;
  /** The element showing the post being answered, when found: the panel must not cover it. */
  answered?: Element | null;
}

/** What a thread reader takes: the shared options, and X's signed-out views (skipped unless asked). */
export interface ReadOptions extends ParseOptions {
  includeLoggedOut?: boolean;
}

export interface SiteAdapter {
  platform: SitePlatform;
  /** The site's name as people say it ("X", "Facebook"). */
  label: string;
  /** The site's reply length limit and how it counts. */
  replyLength: ReplyLength;
  /** Where its content script runs (manifest match patterns): the only standing host access Soothe has. */
  matches: string[];
  /** Whether an address (the live page, or a saved page's canonical / og:url) belongs to this site. */
  ownsAddress(url: string): boolean;
  /** Whether a document without a usable address looks like this site's markup (saved pages). */
  looksLike(doc: Document): boolean;
  /** The threads on a page: pure DOM, never throws (a miss returns fewer threads). */
  readThreads(doc: Document, opts?: ReadOptions): Thread[];
  /** Why a page gave no threads, in a sentence for the command line. */
  whyNoThreads(doc: Document, opts?: ReadOptions): string;
  /** The link that takes a customer private on this site, from the user's settings, when the site has its own. */
  privateLink?(profile: { handles: Record<SitePlatform, string>; contact: { messengerLink: string } }): string;
  /** The element showing a post or comment (to scroll it into view), from its permalink or id. */
  findPost(doc: Document, permalink: string | null, id: string): Element | null;
  /** Every reply composer currently in `root`. Must never throw; a miss returns fewer composers. */
  findComposers(root: ParentNode): Composer[];
  /** Whether this click or keydown asks the site to send `composer`'s text. */
  isSendGesture(event: Event, composer: Composer): boolean;
  /** After a send: the id of the published reply showing `text`, when the page shows it. */
  findPublishedReply(root: ParentNode, text: string): string | null;
  /** Elements that are one post or comment each (watched to know which complaints the user saw). */
  postSelector: string;
  /** The id of the post or comment `el` shows (the same id the thread reader gives it), or null. */
  postIdOf(el: Element): string | null;
  /**
   * The smallest document the thread reader needs to read these posts with their context, so that
   * logging what was seen does not re-read a 2,000-post feed every time.
   */
  readingScope(posts: Element[]): Document;
  /** The post's own Reply control (opens a reply box for it), when the site shows one. */
  replyControlOf?(post: Element): HTMLElement | null;
}

export function isSubmitEnabled(button: HTMLElement | null): boolean {
  if (!button) return false;
  if ((button as HTMLButtonElement).disabled) return false;
  return button.getAttribute('aria-disabled') !== 'true';
}
