/**
 * What the site readers produce: threads of posts read from a page, the same shape for X and
 * Facebook. Everything downstream (triage, suggestions, the panel, response-time logging) reads
 * these, never the DOM. Fields a page does not show are null, never guessed.
 */
import type { Platform } from './types';

export type Site = Platform;

export interface PostAuthor {
  /** Handle without "@" (X: "jack"; Facebook: the profile path, e.g. "salmanmd.sultan.1"). */
  handle: string | null;
  /** Name as displayed, emoji kept as characters. */
  displayName: string | null;
}

/** Counts as the site shows them; null when the page does not show that count. */
export interface PostCounts {
  replies: number | null;
  /** X reposts; Facebook shares. */
  reposts: number | null;
  /** X likes; Facebook reactions (all kinds together). */
  likes: number | null;
}

/** A post quoted inside another one (X quote posts). Kept apart from the quoting text. */
export interface QuotedPost {
  id: string | null;
  author: PostAuthor;
  text: string;
  lang: string | null;
  timestamp: string | null;
  permalink: string | null;
  /** Handles the quoted post was answering ("Replying to @a"), when shown. */
  replyToHandles: string[];
}

export interface Post {
  /** X status id; Facebook post id (for the opening post) or comment id. */
  id: string;
  author: PostAuthor;
  /** Full visible text; emoji as characters; quoted post excluded. */
  text: string;
  /** The site's own `lang` attribute on the text, when present. */
  lang: string | null;
  /** ISO 8601 (UTC), or null when the page shows no readable time. */
  timestamp: string | null;
  /** The time label as the page shows it ("2h", "30 May at 11:02"), when the time was read from a label. */
  timeLabel: string | null;
  /** Absolute URL of the post or comment, when the page links to it. */
  permalink: string | null;
  /** Id of the post this one answers within the thread (null for the thread's first post). */
  parentId: string | null;
  /** 0 for the thread's first post, 1 for a direct reply, 2 for a reply to a reply, ... */
  depth: number;
  /** Index of the post in the thread, in page order. */
  position: number;
  /** X: handles shown in "Replying to @a @b" (without "@"), when shown. */
  replyToHandles: string[];
  counts: PostCounts;
  quoted: QuotedPost | null;
  /** The text is cut short on the page ("Show more" / "See more" not expanded). */
  truncated: boolean;
  /** Written by one of the brand's own handles (from settings). */
  isBrandPost: boolean;
}

export interface Thread {
  site: Site;
  /** X: id of the first post shown in the conversation; Facebook: the post id. */
  id: string;
  /** The page the thread was read from, when known. */
  url: string | null;
  posts: Post[];
}

export interface ParseOptions {
  /** Clock for relative times ("2h", "tydzień temu"), ms since epoch. Default: Date.now(). */
  now?: number;
  /** The brand's own handles (with or without "@", any case); their posts get `isBrandPost`. */
  brandHandles?: string[];
  /**
   * Read at most this many posts and comments, in page order (a 5,000-comment thread would
   * otherwise cost the page seconds of main-thread time). Default: all.
   */
  maxPosts?: number;
}

/** Brand handles normalised for comparison: no "@", lower case. */
export function brandSet(handles: string[] | undefined): Set<string> {
  return new Set((handles ?? []).map((h) => h.trim().replace(/^@/, '').toLowerCase()).filter(Boolean));
}

export function isBrand(author: PostAuthor, brands: Set<string>): boolean {
  return !!author.handle && brands.has(author.handle.toLowerCase());
}
