/**
 * How much a manager changed a template before sending it, at word level: the edit ratio is
 * 1 − 2·(words kept in order) ÷ (template words + sent words) — 0 when sent as inserted, 1 when nothing
 * of the template is left. Also the runs of words added and deleted, kept short and stripped of anything
 * that could identify someone (numbers, handles, addresses): what the team lead needs to improve a template.
 */
import { contentWords } from '../suggest/query';

export interface EditStats {
  /** Words in the inserted template text and in the reply as sent. */
  templateWords: number;
  sentWords: number;
  /** 0..1, rounded to 0.001. */
  ratio: number;
  /** A few added / deleted phrases (content words only, at most 4 words each). */
  added: string[];
  deleted: string[];
}

export const REWRITTEN_AT = 0.5;
const MAX_PHRASES = 5;
const MAX_PHRASE_WORDS = 4;
const MAX_WORDS = 400;

// Words with their inner dots and @ (addresses, handles stay one token, to be dropped whole); no end punctuation.
const words = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}@_'’-]+(?:\.[\p{L}\p{N}@_-]+)*/gu) ?? []).slice(0, MAX_WORDS);

/** A run of words as a phrase worth keeping: content words only, nothing personal. */
function phrase(run: string[]): string | null {
  const clean = run.filter((w) => !/[\d@]|^https?:|\.\w/.test(w));
  const content = contentWords(clean.join(' '));
  if (!content.length) return null;
  return content.slice(0, MAX_PHRASE_WORDS).join(' ');
}

export function editStats(templateText: string, sentText: string): EditStats {
  const a = words(templateText);
  const b = words(sentText);
  // Longest common subsequence of words (replies are short: a few hundred words at most).
  const dp: Uint16Array[] = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const added: string[] = [];
  const deleted: string[] = [];
  let runA: string[] = [];
  let runB: string[] = [];
  const flush = () => {
    const d = runA.length ? phrase(runA) : null;
    const ad = runB.length ? phrase(runB) : null;
    if (d && deleted.length < MAX_PHRASES && !deleted.includes(d)) deleted.push(d);
    if (ad && added.length < MAX_PHRASES && !added.includes(ad)) added.push(ad);
    runA = [];
    runB = [];
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      i++;
      j++;
    } else if (j < b.length && (i >= a.length || dp[i]![j + 1]! >= dp[i + 1]![j]!)) runB.push(b[j++]!);
    else runA.push(a[i++]!);
  }
  flush();
  const total = a.length + b.length;
  const ratio = total ? 1 - (2 * dp[0]![0]!) / total : 0;
  return { templateWords: a.length, sentWords: b.length, ratio: Math.round(ratio * 1000) / 1000, added, deleted };
}

/** Edit stats from an untrusted sender, or null. */
export function cleanEditStats(x: unknown): EditStats | null {
  const e = x as Partial<EditStats> | null;
  if (!e || typeof e !== 'object') return null;
  const count = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 100_000;
  const list = (l: unknown) => Array.isArray(l) && l.length <= MAX_PHRASES && l.every((s) => typeof s === 'string' && s.length > 0 && s.length <= 120);
  if (!count(e.templateWords) || !count(e.sentWords) || typeof e.ratio !== 'number' || !(e.ratio >= 0 && e.ratio <= 1) || !list(e.added) || !list(e.deleted)) return null;
  return { templateWords: e.templateWords!, sentWords: e.sentWords!, ratio: e.ratio, added: e.added!, deleted: e.deleted! };
}
