/**
 * Cheap `\p{L}` for the lexicon regexps. V8 builds every `\p{L}` from hundreds of ranges plus surrogate
 * pairs, 1–2 ms each in an alternation, and the lexicons hold hundreds (every `*` stem is one). Lexicon
 * entries name only characters of a few blocks (ASCII, Latin, Greek, punctuation: `KEPT`), so a letter
 * outside them can only ever be matched as "a letter". The text is matched with each such letter replaced
 * by one stand-in letter (a number by a stand-in number, an astral one by an astral stand-in, so offsets
 * do not move), and `\p{L}` by the small class of kept letters plus the stand-ins: the same matches.
 */

/** The blocks a lexicon entry may name characters from. */
const KEPT: Array<[number, number]> = [
  [0x0000, 0x024f], // ASCII, Latin-1, Latin Extended-A and -B
  [0x0370, 0x03ff], // Greek
  [0x2000, 0x206f], // General Punctuation (– …)
];
const kept = (code: number) => code <= 0x024f || (code >= 0x0370 && code <= 0x03ff) || (code >= 0x2000 && code <= 0x206f);

const LETTER = '\u4e00'; // 一, a letter outside KEPT
const NUMBER = '\u0660'; // ٠ (Arabic-Indic zero): a number, not `\d`
const ASTRAL_LETTER = '\u{10400}'; // 𐐀
const ASTRAL_NUMBER = '\u{1d7ce}'; // 𝟎 (mathematical bold zero)

const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;

/** The kept characters of a property, as the body of a regexp class. */
function keptClass(property: RegExp): string {
  let out = '';
  for (const [a, b] of KEPT) {
    let start = -1;
    for (let c = a; c <= b + 1; c++) {
      const inside = c <= b && property.test(String.fromCharCode(c));
      if (inside && start < 0) start = c;
      if (!inside && start >= 0) {
        out += start === c - 1 ? hex(start) : `${hex(start)}-${hex(c - 1)}`;
        start = -1;
      }
    }
  }
  return out;
}
const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;

let letterBody: string | null = null;
let numberBody: string | null = null;
const letters = () => (letterBody ??= keptClass(IS_LETTER) + LETTER + ASTRAL_LETTER);
const numbers = () => (numberBody ??= keptClass(IS_NUMBER) + NUMBER + ASTRAL_NUMBER);

/**
 * The source with `\p{L}` and `\p{N}` over kept characters and stand-ins; null when the source names a
 * character outside KEPT or another property (then it must see the text as it is).
 */
export function withStandIns(source: string): string | null {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1];
      if (next === 'p' || next === 'P') {
        const end = source.indexOf('}', i);
        const name = source.slice(i + 3, end);
        if (next === 'P' || (name !== 'L' && name !== 'N')) return null;
        const body = name === 'L' ? letters() : numbers();
        out += inClass ? body : `[${body}]`;
        i = end;
      } else {
        // A character named by code, or a backreference (two letters read as one stand-in would be equal).
        if (next === 'u' || next === 'x' || next === 'c' || next === 'k' || (next !== undefined && next >= '1' && next <= '9')) return null;
        out += c + (next ?? '');
        i++;
      }
    } else {
      const code = c.charCodeAt(0);
      // Outside KEPT, or in a class (where a range could span what lies between the blocks).
      if (!kept(code) || (inClass && code > 0x7f)) return null;
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      out += c;
    }
  }
  return out;
}

// The stand-in of each character outside KEPT seen so far ('' when it stays as it is).
const seen = new Map<string, string>();

function standIn(ch: string): string {
  let s = seen.get(ch);
  if (s === undefined) {
    const astral = ch.length === 2;
    s = IS_LETTER.test(ch) ? (astral ? ASTRAL_LETTER : LETTER) : IS_NUMBER.test(ch) ? (astral ? ASTRAL_NUMBER : NUMBER) : '';
    if (seen.size < 4096) seen.set(ch, s);
  }
  return s || ch;
}

let lastText: string | null = null;
let lastOut = '';

/** The text with every letter and number outside KEPT replaced by its stand-in; same length. */
export function standInText(text: string): string {
  if (text === lastText) return lastOut;
  let out = '';
  let from = 0; // text before this is in `out`
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (kept(code)) continue;
    const low = text.charCodeAt(i + 1); // NaN past the end
    const width = code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
    const ch = text.slice(i, i + width);
    const s = standIn(ch);
    if (s !== ch) {
      out += text.slice(from, i) + s;
      from = i + width;
    }
    i += width - 1;
  }
  lastText = text;
  lastOut = from ? out + text.slice(from) : text;
  return lastOut;
}

/** A regexp over folded text that reads it with stand-ins when it can (same matches, cheaper to compile). */
export class StandInRegExp {
  private re: RegExp | null = null;
  private standIns = false;

  constructor(readonly source: string) {}

  /** The regexp (global, unicode) and the text it reads. */
  forText(text: string): [RegExp, string] {
    if (!this.re) {
      const cheap = withStandIns(this.source);
      this.standIns = cheap !== null;
      this.re = new RegExp(cheap ?? this.source, 'gu');
    }
    return [this.re, this.standIns ? standInText(text) : text];
  }
}
