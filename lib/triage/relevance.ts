/**
 * Whether a post is addressed to the brand or about it — the only posts Soothe queues and logs as
 * seen complaints. Bystander chatter on a timeline is not the brand's business, however angry.
 *
 * Addressed: a reply to (or under) the brand's own post or comment, "Replying to @brand", a quote
 * of the brand's post, an @mention of one of its handles, a post on the brand's Facebook page.
 * About: the brand's name or one of its product keywords in the text (also as #hashtag), allowing
 * Polish and Greek case endings ("Orlenu", "της Vodafone"). A reply under a relevant complaint
 * ("same here") is relevant too: hidden complaints live there.
 *
 * Pure: no DOM, no storage. Linear in the text (no backtracking patterns).
 */
import { fold } from './normalize';

export interface BrandProfile {
  /** The brand's name as people write it ("Acme Bank"). */
  name: string;
  /** The brand's own handles on any platform, with or without "@". */
  handles: string[];
  /** Product names and other words that mean the brand ("AcmePay", "Acme Card"). */
  keywords: string[];
}

export type RelevanceReason =
  | 'reply_to_brand'
  | 'mention'
  | 'brand_page'
  | 'name'
  | 'keyword'
  | 'under_relevant'
  | 'brand_post'
  | 'unrelated'
  | 'no_brand';

export interface Relevance {
  relevant: boolean;
  reason: RelevanceReason;
}

/** What relevance reads from a post (a subset of the thread readers' Post / the panel's PostForTriage). */
export interface RelevancePost {
  id: string;
  text: string;
  parentId: string | null;
  isBrandPost: boolean;
  /** X: "Replying to @a @b" handles, without "@". */
  replyToHandles?: readonly string[];
  /** Author of the post this one quotes, when it quotes one. */
  quotedHandle?: string | null;
  /** The post's own link (Facebook links carry the page the post lives on). */
  permalink?: string | null;
}

export interface RelevanceContext {
  /** Every post of the thread by id, for walking up to the brand's post. */
  byId: ReadonlyMap<string, RelevancePost>;
  platform?: string;
  /** The page the thread was read on, when known. */
  pageUrl?: string | null;
  /** Verdicts already given to earlier posts (parents come first in page order). */
  earlier?: ReadonlyMap<string, Relevance>;
}

/** Matching form of a brand profile; build once per thread with `compileBrand`. */
export interface CompiledBrand {
  handles: Set<string>;
  /** Folded token sequences for the name, then each keyword. */
  name: string[][];
  keywords: string[][];
}

const TOKEN = /[\p{L}\p{N}]+/gu;

function tokens(s: string): string[] {
  return fold(s).match(TOKEN) ?? [];
}

function normHandle(h: string): string {
  return h.trim().replace(/^@/, '').toLowerCase();
}

export function compileBrand(brand: BrandProfile | null | undefined): CompiledBrand | null {
  if (!brand) return null;
  const handles = new Set(brand.handles.map(normHandle).filter(Boolean));
  const phrase = (s: string) => tokens(s).filter(Boolean);
  const name = brand.name.trim() ? [phrase(brand.name)].filter((p) => p.length > 0) : [];
  const keywords = brand.keywords.map(phrase).filter((p) => p.length > 0);
  if (handles.size === 0 && name.length === 0 && keywords.length === 0) return null;
  return { handles, name, keywords };
}

/** Whether a brand profile has anything Soothe can recognise the brand by. */
export function brandConfigured(brand: BrandProfile | null | undefined): boolean {
  return compileBrand(brand) !== null;
}

/** Case endings a Polish or Greek name takes ("Allegro" → "Allegra", "Orlen" → "Orlenowi"); short names must match exactly. */
const MAX_ENDING = 4;
const MIN_STEM_FOR_ENDINGS = 4;

function wordMatches(word: string, want: string): boolean {
  if (word === want) return true;
  if (want.length < MIN_STEM_FOR_ENDINGS || !/^\p{L}+$/u.test(word)) return false;
  if (word.length > want.length + MAX_ENDING) return false;
  // Stem: the name, or the name without its last vowel or Greek nominative ending ("Allegro" → "allegr-a"), then a short ending.
  const stem = /[οηαε]σ$/u.test(want) ? want.slice(0, -2) : /[aeiouyοαειηυω]$/u.test(want) ? want.slice(0, -1) : want;
  return word.startsWith(stem) && /^\p{L}*$/u.test(word.slice(stem.length));
}

/** Whether the folded word sequence `words` contains `phrase` (each word with a case ending allowed). */
function containsPhrase(words: string[], phrase: string[]): boolean {
  const n = phrase.length;
  outer: for (let i = 0; i + n <= words.length; i++) {
    for (let j = 0; j < n; j++) if (!wordMatches(words[i + j]!, phrase[j]!)) continue outer;
    return true;
  }
  return false;
}

/** Also the phrase written as one word or hashtag ("#AcmeBank", "acmebank"). */
function containsJoined(words: string[], phrase: string[]): boolean {
  if (phrase.length < 2) return false;
  const joined = phrase.join('');
  return words.some((w) => wordMatches(w, joined));
}

/** Handles @mentioned in a text (lower case, without "@"). */
export function mentionedHandles(text: string): string[] {
  return (text.match(/@[A-Za-z0-9_.]{1,50}/g) ?? []).map((m) => m.slice(1).replace(/\.+$/, '').toLowerCase());
}

/** The page a Facebook address belongs to ("facebook.com/AcmeBank/posts/1" → "acmebank"); null when it names none. */
export function facebookPageOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (!/(^|\.)facebook\.com$/i.test(u.hostname)) return null;
    const first = u.pathname.split('/').filter(Boolean)[0];
    if (!first || /^(?:permalink\.php|story\.php|photo|photo\.php|groups|watch|reel|events|profile\.php|share|hashtag|search|home\.php|notifications|messages|marketplace|gaming|pages)$/i.test(first)) {
      return first === 'pages' ? (u.pathname.split('/').filter(Boolean)[1] ?? null)?.toLowerCase() ?? null : null;
    }
    return decodeURIComponent(first).toLowerCase();
  } catch {
    return null;
  }
}

const NO_BRAND: Relevance = { relevant: false, reason: 'no_brand' };

export function relevance(post: RelevancePost, ctx: RelevanceContext, brand: CompiledBrand | null): Relevance {
  if (!brand) return NO_BRAND;
  if (post.isBrandPost) return { relevant: false, reason: 'brand_post' };

  // Addressed to the brand: under its post or comment, anywhere up the thread.
  const seen = new Set<string>([post.id]);
  for (let pid = post.parentId; pid && !seen.has(pid); ) {
    seen.add(pid);
    const parent = ctx.byId.get(pid);
    if (!parent) break;
    if (parent.isBrandPost) return { relevant: true, reason: 'reply_to_brand' };
    pid = parent.parentId;
  }
  if (post.replyToHandles?.some((h) => brand.handles.has(normHandle(h)))) return { relevant: true, reason: 'reply_to_brand' };
  if (post.quotedHandle && brand.handles.has(normHandle(post.quotedHandle))) return { relevant: true, reason: 'reply_to_brand' };
  if (mentionedHandles(post.text).some((h) => brand.handles.has(h))) return { relevant: true, reason: 'mention' };

  if (ctx.platform === 'facebook' || ctx.platform === undefined) {
    const page = facebookPageOf(post.permalink) ?? facebookPageOf(ctx.pageUrl);
    if (page && brand.handles.has(page)) return { relevant: true, reason: 'brand_page' };
  }

  // Other accounts, addresses and links are not the brand named: "@AcmeBankFans" is someone else.
  const words = tokens(post.text.replace(/https?:\/\/\S+|@[\w.]+/g, ' '));
  if (brand.name.some((p) => containsPhrase(words, p) || containsJoined(words, p))) return { relevant: true, reason: 'name' };
  if (brand.keywords.some((p) => containsPhrase(words, p) || containsJoined(words, p))) return { relevant: true, reason: 'keyword' };
  // A handle written without "@" ("acmebank support is useless") names the brand too.
  if (words.some((w) => brand.handles.has(w) && w.length >= MIN_STEM_FOR_ENDINGS)) return { relevant: true, reason: 'name' };

  const parentVerdict = post.parentId ? ctx.earlier?.get(post.parentId) : undefined;
  if (parentVerdict?.relevant) return { relevant: true, reason: 'under_relevant' };
  return { relevant: false, reason: 'unrelated' };
}

/** Relevance of every post of a thread, parents before replies (page order). */
export function threadRelevance(
  posts: readonly RelevancePost[],
  brand: BrandProfile | null | undefined,
  opts: { platform?: string; pageUrl?: string | null } = {},
): Map<string, Relevance> {
  const compiled = compileBrand(brand);
  const byId = new Map(posts.map((p) => [p.id, p]));
  const out = new Map<string, Relevance>();
  for (const p of posts) out.set(p.id, relevance(p, { byId, earlier: out, ...opts }, compiled));
  return out;
}

/**
 * Relevant complaints: the posts the queue and the seen-log take. Lives here, not beside the background's
 * analysis, so the content scripts can use it without bundling triage.
 */
export function isQueued(res: { triage: Record<string, { complaint: boolean } | undefined>; relevance: Record<string, Relevance | undefined> }, id: string): boolean {
  return !!res.triage[id]?.complaint && !!res.relevance[id]?.relevant;
}
