/** Compiling lexicon entries (see lexicon/types.ts for the pattern language) into whole-word regexps. */
import { foldString } from './normalize';

// A match may not touch a letter, digit or "@": "reklamacje@sklep.pl" names a mailbox, not a complaint.
const WORD_CHAR = '[\\p{L}\\p{N}_@]';
const STEM = '\\p{L}*';
// Up to three intervening words, none crossing a sentence end.
const GAP = "(?:[^\\s.!?;]+\\s+){0,3}";

export function entrySource(entry: string): string {
  const folded = foldEntry(entry.trim());
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    const c = folded[i]!;
    if (c === '\\') {
      out += c + (folded[i + 1] ?? '');
      i++;
    } else if (c === '*') out += STEM;
    else if (c === '~') {
      out += GAP;
      if (folded[i + 1] === ' ') i++;
    } else if (c === ' ' && folded[i + 1] === '?') {
      // "a ?b": the space itself is optional.
      out += '\\s*';
      i++;
    } else if (c === ' ') out += '\\s+';
    else out += c;
  }
  return out;
}

/** Fold the letters of an entry but leave regexp escapes (`\d`, `\s`) as written. */
function foldEntry(entry: string): string {
  return entry
    .split(/(\\p\{[^}]*\}|\\.)/)
    .map((part) => (part.startsWith('\\') ? part : foldString(part)))
    .join('');
}

const alternation = (entries: readonly string[]) => entries.map(entrySource).join('|');

function wholeWords(body: string): RegExp {
  return new RegExp(`(?<!${WORD_CHAR})(?:${body})(?!${WORD_CHAR})`, 'gu');
}

/** One global, unicode regexp matching any of the entries as whole words; null when there are none. */
export function compileEntries(entries: readonly string[]): RegExp | null {
  if (entries.length === 0) return null;
  return wholeWords(alternation(entries));
}

/** `lead` then up to three `filler` words then `noun`: "send us your order number". */
export function compileSequence(
  lead: readonly string[],
  filler: readonly string[],
  noun: readonly string[],
): RegExp | null {
  if (lead.length === 0 || noun.length === 0) return null;
  const fill = filler.length ? `(?:\\s+(?:${alternation(filler)})){0,3}` : '';
  return wholeWords(`(?:${alternation(lead)})${fill}\\s+(?:${alternation(noun)})`);
}

export interface Match {
  /** Folded-text range. */
  from: number;
  to: number;
}

export function allMatches(re: RegExp | null, text: string, from = 0, to = text.length): Match[] {
  if (!re) return [];
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
