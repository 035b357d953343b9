/**
 * A lexicon family matched as if it were one whole-word alternation `(?<!W)(?:e1|e2|…)(?!W)` (global), but
 * with one small regexp per entry, built the first time a text needs it. A big alternation costs tens of ms
 * to compile on its first two runs (V8 compiles bytecode, then machine code); here an entry whose required
 * text (required-literal.ts) is absent is neither compiled nor run.
 *
 * Same matches as the alternation: from each position it takes the leftmost match of any entry, and among
 * entries matching there the first in list order, as a regexp alternation does; then goes on from its end.
 * Each regexp reads the text through stand-ins (stand-ins.ts), which keeps its `\p{L}` and W small.
 */
import type { Match } from './compile';
import { requiredLiteral } from './required-literal';
import { standInText, withStandIns } from './stand-ins';
import { WordIndex } from './word-index';

interface Entry {
  /** The entry's compiled source (compile.ts `entrySource`). */
  source: string;
  /** Ids (in `words`) of text one of which occurs in every match; null when nothing is known. */
  needs: number[] | null;
  /** Built on first need: `(?<!W)(?:source)(?!W)`, reading the text with stand-ins (stand-ins.ts) when it can. */
  re: RegExp | null;
  standIns: boolean;
}

// Every entry's needed words, so one pass over a text tells which entries can match it.
const words = new WordIndex();

// Entries by W and source, shared by every family and language that lists them (`other` lists all three).
const entries = new Map<string, Entry>();

function entryOf(source: string, wordChar: string): Entry {
  const key = `${wordChar}\n${source}`;
  let e = entries.get(key);
  if (!e) {
    e = { source, needs: requiredLiteral(source)?.map((w) => words.add(w)) ?? null, re: null, standIns: false };
    entries.set(key, e);
  }
  return e;
}

export class LazyAlternation {
  private readonly entries: Entry[];

  /** `sources`: compiled entry sources in list order; `wordChar`: the class W no match may touch. */
  constructor(
    sources: readonly string[],
    private readonly wordChar: string,
  ) {
    // A repeated source can never be the first to match: the earlier copy always is.
    this.entries = [...new Set(sources)].map((source) => entryOf(source, wordChar));
  }

  private compile(e: Entry): RegExp {
    const full = `(?<!${this.wordChar})(?:${e.source})(?!${this.wordChar})`;
    const cheap = withStandIns(full);
    e.standIns = cheap !== null;
    return new RegExp(cheap ?? full, 'gu');
  }

  /** The leftmost match of an entry at or after `at`. */
  private execAt(e: Entry, text: string, at: number): Match | null {
    const re = (e.re ??= this.compile(e));
    re.lastIndex = at;
    const m = re.exec(e.standIns ? standInText(text) : text); // same length, same offsets
    return m ? { from: m.index, to: m.index + m[0].length } : null;
  }

  /** Like `allMatches(alternation, text, from, to)` in compile.ts. */
  matches(text: string, from: number, to: number): Match[] {
    const present = words.present(text);
    // The entries that match somewhere from `from`, in list order, each with its leftmost match not yet
    // passed; an entry without one drops out for good.
    const live: Entry[] = [];
    const next: Match[] = [];
    for (const e of this.entries) {
      if (e.needs !== null && !e.needs.some((id) => present[id] === 1)) continue;
      const m = this.execAt(e, text, from);
      if (m) {
        live.push(e);
        next.push(m);
      }
    }
    const out: Match[] = [];
    let at = from;
    while (live.length) {
      let best = -1;
      for (let i = 0; i < live.length; i++) {
        // A match starting before `at` was overlapped by one taken: search again from `at`.
        if (next[i]!.from < at) {
          const m = this.execAt(live[i]!, text, at);
          if (!m) {
            live.splice(i, 1);
            next.splice(i, 1);
            i--;
            continue;
          }
          next[i] = m;
        }
        if (best < 0 || next[i]!.from < next[best]!.from) best = i;
      }
      if (best < 0) break;
      const m = next[best]!;
      if (m.from >= to) break;
      if (m.to === m.from) {
        at = m.from + 1; // as allMatches steps past an empty match
        continue;
      }
      out.push(m);
      at = m.to;
    }
    return out;
  }
}
