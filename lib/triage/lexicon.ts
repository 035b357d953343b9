/**
 * Stem-pattern lexicons. Polish and Greek inflect heavily and are often typed without diacritics, so
 * a pattern is a sequence of folded stems matched as word PREFIXES ("zamowien" matches zamówienie,
 * zamówienia, zamowieniem; "παραγγελ" matches παραγγελία, παραγγελιας). A stem ending in "=" must
 * match the whole word; "…" lets up to two words sit between its neighbours ("nie … dostal" matches
 * "nie dostałem" and "nie mam jeszcze dostałem"). Patterns are written with or without accents;
 * both are folded at compile time.
 *
 * Matching is greedy longest-match from left to right, so "nie polecam" consumes "polecam" and the
 * praise cue for "polecam" does not also fire.
 */
import { fold, tokenize } from './normalize';

export type Cues = ReadonlyArray<readonly [pattern: string, weight: number]>;

interface Step {
  stem: string;
  exact: boolean;
  /** up to this many words may be skipped before this step */
  gap: number;
}

interface Compiled {
  steps: Step[];
  weight: number;
  label: string;
}

export interface Lexicon {
  byFirst: Map<string, Compiled[]>;
}

function compilePattern(pattern: string, weight: number): Compiled {
  const steps: Step[] = [];
  let gap = 0;
  for (const raw of pattern.trim().split(/\s+/)) {
    if (raw === '…' || raw === '...') {
      gap = 2;
      continue;
    }
    const exact = raw.endsWith('=');
    const stem = fold(exact ? raw.slice(0, -1) : raw);
    steps.push({ stem, exact, gap });
    gap = 0;
  }
  return { steps, weight, label: pattern };
}

export function compileLexicon(cues: Cues): Lexicon {
  const byFirst = new Map<string, Compiled[]>();
  for (const [pattern, weight] of cues) {
    const c = compilePattern(pattern, weight);
    const key = c.steps[0]?.stem[0];
    if (!key) continue;
    const list = byFirst.get(key) ?? [];
    list.push(c);
    byFirst.set(key, list);
  }
  return { byFirst };
}

const stepMatches = (s: Step, token: string) => (s.exact ? token === s.stem : token.startsWith(s.stem));

/** End index (exclusive) of a match of `c` starting at `start`, or -1. */
function matchAt(c: Compiled, tokens: string[], start: number): number {
  let pos = start;
  for (let k = 0; k < c.steps.length; k++) {
    const s = c.steps[k]!;
    let found = -1;
    const maxSkip = k === 0 ? 0 : s.gap;
    for (let skip = 0; skip <= maxSkip && pos + skip < tokens.length; skip++) {
      if (stepMatches(s, tokens[pos + skip]!)) {
        found = pos + skip;
        break;
      }
    }
    if (found < 0) return -1;
    pos = found + 1;
  }
  return pos;
}

export interface LexiconHit {
  label: string;
  weight: number;
  /** A negation word sits just before the match ("nie super", "not great", "δεν αξίζει"). */
  negated: boolean;
}

/** Negation words of the three languages, folded. "no" is left out: "no reply" is not negated praise. */
const NEGATORS = new Set(['not', "don't", "didn't", "isn't", "wasn't", "aren't", "won't", 'never', 'nie', 'δεν', 'δε', 'μην', 'ουτε', 'ουδε']);

function negatedAt(tokens: string[], i: number): boolean {
  return (i > 0 && NEGATORS.has(tokens[i - 1]!)) || (i > 1 && NEGATORS.has(tokens[i - 2]!));
}

/** Hits of the lexicon in already folded tokens (greedy longest match). */
export function matchTokens(lex: Lexicon, tokens: string[]): LexiconHit[] {
  const hits: LexiconHit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const candidates = lex.byFirst.get(tokens[i]![0] ?? '');
    let bestEnd = -1;
    let best: Compiled | undefined;
    if (candidates) {
      for (const c of candidates) {
        const end = matchAt(c, tokens, i);
        if (end > bestEnd || (end === bestEnd && best && Math.abs(c.weight) > Math.abs(best.weight))) {
          bestEnd = end;
          best = c;
        }
      }
    }
    if (best && bestEnd > i) {
      hits.push({ label: best.label, weight: best.weight, negated: negatedAt(tokens, i) });
      i = bestEnd;
    } else i++;
  }
  return hits;
}

export const sumWeights = (hits: LexiconHit[]) => hits.reduce((s, h) => s + h.weight, 0);

/**
 * Sum for the complaint cues: negated praise ("nie polecam" after a gap, "not happy", "δεν είμαι
 * ευχαριστημένος") counts against the brand at half strength instead of for it.
 */
export const sumComplaintWeights = (hits: LexiconHit[]) =>
  hits.reduce((s, h) => s + (h.negated && h.weight < 0 ? -h.weight / 2 : h.weight), 0);

/** Hits that are not negated ("not great" is not praise). */
export const affirmed = (hits: LexiconHit[]) => hits.filter((h) => !h.negated);

/** Convenience for tests and one-off checks: fold + tokenize + match. */
export function matchText(lex: Lexicon, text: string): LexiconHit[] {
  return matchTokens(lex, tokenize(fold(text)));
}
