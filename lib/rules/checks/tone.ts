/** Shouting (a run of words in capitals) and exclamation spam. Works on the original text. */
import { HINTS } from '../hints';
import type { Finding } from '../types';

const LINK = /\b(?:https?:\/\/|www\.)\S+|(?<![\w.+-])@\w+/giu;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const LETTER = /\p{L}/gu;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const TWO_LETTERS = /\p{L}.*\p{L}/su;

/** A run is shouting with three capitalised words, or two with eight letters between them ("PLEASE NOTE"). */
const MIN_WORDS = 3;
const MIN_LETTERS_FOR_TWO = 8;

function linkRanges(text: string): Array<[number, number]> {
  return [...text.matchAll(LINK)].map((m) => [m.index, m.index + m[0].length]);
}

export function shoutingFindings(text: string): Finding[] {
  const links = linkRanges(text);
  const out: Finding[] = [];
  let run: { start: number; end: number; words: number; letters: number } | null = null;
  const close = () => {
    if (run && (run.words >= MIN_WORDS || (run.words >= 2 && run.letters >= MIN_LETTERS_FOR_TWO))) {
      out.push({ rule: 'shouting', severity: 'warning', start: run.start, end: run.end, hint: HINTS.shouting });
    }
    run = null;
  };
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    if (links.length && links.some(([a, b]) => start >= a && start < b)) continue;
    // Most words have a small letter: they end a run if they have two letters, without counting them all.
    if (LOWER.test(m[0])) {
      if (TWO_LETTERS.test(m[0])) close();
      continue;
    }
    const letters = m[0].match(LETTER)?.length ?? 0;
    if (letters < 2) continue; // numbers and "I" neither make nor break a run
    if (!UPPER.test(m[0])) {
      close();
      continue;
    }
    if (run) {
      run.end = end;
      run.words++;
      run.letters += letters;
    } else run = { start, end, words: 1, letters };
  }
  close();
  return out;
}

const BANGS = /[!?¡！？]*[!！][!?¡！？]*/gu;

export function exclamationFindings(text: string): Finding[] {
  const out: Finding[] = [];
  let singles = 0;
  for (const m of text.matchAll(BANGS)) {
    const bangs = m[0].match(/[!！]/gu)?.length ?? 0;
    if (bangs >= 2) {
      out.push({ rule: 'exclamation', severity: 'warning', start: m.index, end: m.index + m[0].length, hint: HINTS.exclamation });
    } else if (++singles === 3) {
      out.push({ rule: 'exclamation', severity: 'warning', start: m.index, end: m.index + m[0].length, hint: HINTS.exclamation });
    }
  }
  return out;
}
