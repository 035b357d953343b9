/** Compiling lexicon entries (see lexicon/types.ts for the pattern language) into whole-word regexps. */
import { LazyAlternation } from './lazy-alternation';
import { foldString } from './normalize';
import { StandInRegExp } from './stand-ins';

// A match may not touch a letter, digit or "@": "reklamacje@sklep.pl" names a mailbox, not a complaint.
export const WORD_CHAR = '[\\p{L}\\p{N}_@]';
const STEM = '\\p{L}*';
// Up to three intervening words, none crossing a sentence end.
const GAP = "(?:[^\\s.!?;]+\\s+){0,3}";

// The pattern language's own syntax (lexicon/types.ts); everything else is regexp syntax as written.
const SYNTAX = /\\[\s\S]?|\*|~ ?| \?| /g;

export function entrySource(entry: string): string {
  return foldEntry(entry.trim()).replace(SYNTAX, (m) =>
    m[0] === '\\' ? m : m === '*' ? STEM : m[0] === '~' ? GAP : m === ' ?' ? '\\s*' /* "a ?b": the space is optional */ : '\\s+',
  );
}

/** Fold the letters of an entry but leave regexp escapes (`\d`, `\s`) as written. */
function foldEntry(entry: string): string {
  return entry
    .split(/(\\p\{[^}]*\}|\\.)/)
    .map((part) => (part.startsWith('\\') ? part : foldString(part)))
    .join('');
}

// Entry sources by entry: `other` lists every language's entries again, and `times` sits in three families.
const sources = new Map<string, string>();

function sourceOf(entry: string): string {
  let source = sources.get(entry);
  if (source === undefined) sources.set(entry, (source = entrySource(entry)));
  return source;
}

const alternation = (entries: readonly string[]) => entries.map(sourceOf).join('|');

/** A compiled lexicon family: a regexp, or entries compiled one by one as texts need them. */
export type Pattern = RegExp | LazyAlternation | StandInRegExp;

/**
 * Matches any of the entries as whole words, as one global unicode alternation would; null when there are
 * none. Each entry's regexp is built on first need (lazy-alternation.ts).
 */
export function compileEntries(entries: readonly string[]): LazyAlternation | null {
  if (entries.length === 0) return null;
  return new LazyAlternation(entries.map(sourceOf), WORD_CHAR);
}

/** `lead` then up to three `filler` words then `noun`: "send us your order number". Built on first need too. */
export function compileSequence(
  lead: readonly string[],
  filler: readonly string[],
  noun: readonly string[],
): LazyAlternation | null {
  if (lead.length === 0 || noun.length === 0) return null;
  const fill = filler.length ? `(?:\\s+(?:${alternation(filler)})){0,3}` : '';
  return new LazyAlternation([`(?:${alternation(lead)})${fill}\\s+(?:${alternation(noun)})`], WORD_CHAR);
}

export interface Match {
  /** Folded-text range. */
  from: number;
  to: number;
}

export function allMatches(re: Pattern | null, text: string, from = 0, to = text.length): Match[] {
  if (!re) return [];
  if (re instanceof LazyAlternation) return re.matches(text, from, to);
  if (re instanceof StandInRegExp) return allMatches(...re.forText(text), from, to); // same offsets
  const out: Match[] = [];
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m.index >= to) break;
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ from: m.index, to: m.index + m[0].length });
  }
  return out;
}
