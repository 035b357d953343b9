/**
 * Folding text for lexicon matching while remembering where every folded character came from, so a
 * match in the folded text maps back to a span of the original (UTF-16 offsets).
 *
 * Folding: lower case, accents stripped (Polish "wiadomość" = "wiadomosc", Greek "συγγνώμη" =
 * "συγγνωμη"), Polish ł → l (not a combining accent), Greek final sigma → σ, typographic apostrophes → '.
 */

export interface Folded {
  /** The folded text. */
  text: string;
  /** Same length as `text`, with links and @handles blanked out, for word rules. */
  words: string;
  /** start[i] / end[i]: original UTF-16 range of folded character i. */
  start: Uint32Array;
  end: Uint32Array;
}

const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02bc', '`', '\u00b4']);
const SPECIAL: Record<string, string> = { ł: 'l', Ł: 'l', ς: 'σ' };
const COMBINING = /\p{M}/gu;

const cache = new Map<string, string>();

function foldChar(ch: string): string {
  const cached = cache.get(ch);
  if (cached !== undefined) return cached;
  let out: string;
  if (APOSTROPHES.has(ch)) out = "'";
  else out = SPECIAL[ch] ?? ch.toLowerCase().normalize('NFD').replace(COMBINING, '');
  if (cache.size < 4096) cache.set(ch, out);
  return out;
}

// What folding changes: capitals and the backtick (ASCII), and runs of anything beyond ASCII.
const TO_FOLD = /[A-Z`]+|[^\x00-\x7f]+/g;

/** Fold a lexicon entry (no span map needed). ASCII as in `fold`; the rest code point by code point. */
export function foldString(text: string): string {
  return text.replace(TO_FOLD, (run) => {
    if (run.charCodeAt(0) < 0x80) return run.toLowerCase().replaceAll('`', "'");
    let out = '';
    for (const ch of run) out += foldChar(ch);
    return out;
  });
}

// Links and @handles carry no wording of the reply; an e-mail address is kept (it is a private channel).
const LINK = /\b(?:https?:\/\/|www\.)[^\s]+|(?<![\w.+-])@\w+/giu;

export function fold(original: string): Folded {
  let start = new Uint32Array(original.length + 8);
  let end = new Uint32Array(original.length + 8);
  let n = 0;
  const pieces: string[] = [];
  let i = 0;
  while (i < original.length) {
    const code = original.charCodeAt(i);
    let width = 1;
    let out: string;
    if (code < 0x80) {
      // ASCII fast path: only A-Z and the backtick change.
      out = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code === 96 ? "'" : original[i]!;
    } else {
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < original.length) width = 2;
      out = foldChar(original.slice(i, i + width));
    }
    if (out.length === 0) {
      // A lone combining mark: let it belong to the previous character's span.
      if (n > 0) end[n - 1] = i + width;
    } else {
      if (n + out.length > start.length) {
        const grow = (a: Uint32Array) => {
          const b = new Uint32Array(a.length * 2 + out.length);
          b.set(a);
          return b;
        };
        start = grow(start);
        end = grow(end);
      }
      for (let k = 0; k < out.length; k++) {
        start[n] = i;
        end[n] = i + width;
        n++;
      }
      pieces.push(out);
    }
    i += width;
  }
  const text = pieces.join('');
  const words = text.replace(LINK, (m) => ' '.repeat(m.length));
  return { text, words, start: start.subarray(0, n), end: end.subarray(0, n) };
}

/** Original span of folded range [from, to). */
export function originalSpan(f: Folded, from: number, to: number): { start: number; end: number } {
  if (to <= from || from >= f.start.length) return { start: 0, end: 0 };
  return { start: f.start[from]!, end: f.end[Math.min(to, f.end.length) - 1]! };
}
