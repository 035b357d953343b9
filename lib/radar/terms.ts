/**
 * What the radar keeps of a complaint's text: a few content words and two-word phrases, enough to say
 * what a wave is about ("refund", "app crash") and to spot the same phrase rising — never the text.
 * Stored in the `seen` event, so retention and delete-everything remove them with it.
 */
import { contentWords } from '../suggest/query';

export const MAX_WORDS = 8;
export const MAX_PHRASES = 4;
export const MAX_TERM_LENGTH = 40;
/** Words that say when, not what (the suggestion matcher's stop words cover the rest). */
const NOT_TOPICS = new Set(['since', 'after', 'before', 'again', 'every', 'today', 'yesterday', 'still', 'time', 'times', 'please', 'days', 'week', 'weeks']);

export function complaintTerms(text: string): string[] {
  const words = contentWords(text).filter((w) => w.length <= MAX_TERM_LENGTH && !NOT_TOPICS.has(w));
  const distinct = [...new Set(words)];
  const phrases: string[] = [];
  for (let i = 0; i + 1 < words.length && phrases.length < MAX_PHRASES; i++) {
    const p = `${words[i]} ${words[i + 1]}`;
    if (words[i] !== words[i + 1] && !phrases.includes(p)) phrases.push(p);
  }
  // The most specific words: longest first (as suggestion matching does), then in text order.
  const kept = distinct.map((w, i) => [w, i] as const).sort((a, b) => b[0].length - a[0].length || a[1] - b[1]).slice(0, MAX_WORDS).map(([w]) => w);
  return [...kept, ...phrases];
}

/** Terms from an untrusted sender: strings of sane length only, at most the number a post yields. */
export function cleanTerms(x: unknown): string[] | null {
  if (!Array.isArray(x) || x.length > MAX_WORDS + MAX_PHRASES) return null;
  if (!x.every((t) => typeof t === 'string' && t.length > 0 && t.length <= 2 * MAX_TERM_LENGTH + 1)) return null;
  return x as string[];
}
