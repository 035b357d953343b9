/**
 * A lexicon family matched as if it were one whole-word alternation `(?<!W)(?:e1|e2|…)(?!W)` (global), but
 * with one small regexp per entry, built the first time a text needs it. A big alternation costs tens of ms
 * to compile on its first two runs (V8 compiles bytecode, then machine code); here an entry whose required
 * text (required-literal.ts) is absent is neither compiled nor run.
 *
 * Same matches as the alternation: from each position it takes the leftmost match of any entry, and among
 * entries matching there the first in list order, as a regexp alternation does; then goes on from its end.
 */
import type { Match } from './compile';
import { requiredLiteral } from './required-literal';

interface Entry {
  /** The whole-word regexp source. */
  source: string;
  /** One of these occurs in every match; null when nothing is known. */
  needs: string[] | null;
  re: RegExp | null;
}

// Entries by source, shared by every family and language that lists them (`other` lists all three).
const entries = new Map<string, Entry>();

function entryOf(source: string, wrap: (source: string) => string): Entry {
  let e = entries.get(source);
  if (!e) {
    e = { source: wrap(source), needs: requiredLiteral(source), re: null };
    entries.set(source, e);
  }
  return e;
}

export class LazyAlternation {
  private readonly entries: Entry[];

  /** `sources`: compiled entry sources in list order; `wrap` turns one into a whole-word regexp source. */
  constructor(sources: readonly string[], wrap: (source: string) => string) {
    // A repeated source can never be the first to match: the earlier copy always is.
    this.entries = [...new Set(sources)].map((source) => entryOf(source, wrap));
  }

  /** Like `allMatches(alternation, text, from, to)` in compile.ts; `has` tells whether the text holds a word. */
  matches(text: string, from: number, to: number, has: (word: string) => boolean): Match[] {
    const live = this.entries.filter((e) => e.needs === null || e.needs.some(has));
    // next[i]: the leftmost match of live[i] at or after the position it was last searched from, or null.
    const next: Array<Match | null> = [];
    for (const e of live) next.push(execAt((e.re ??= new RegExp(e.source, 'gu')), text, from));
    const out: Match[] = [];
    let at = from;
    for (;;) {
      let best = -1;
      for (let i = 0; i < live.length; i++) {
        let m: Match | null = next[i]!;
        // A match starting before `at` was overlapped by one taken: search again from `at`.
        if (m && m.from < at) m = next[i] = execAt(live[i]!.re!, text, at);
        if (m && (best < 0 || m.from < next[best]!.from)) best = i;
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

// Which words the text being checked holds: every family of one check asks about the same text.
let lastText: string | null = null;
let lastSeen = new Map<string, boolean>();

/** Whether `text` contains a word, remembered for the latest text. */
export function literalsOf(text: string): (word: string) => boolean {
  if (text !== lastText) {
    lastText = text;
    lastSeen = new Map();
  }
  const seen = lastSeen;
  return (word) => {
    let has = seen.get(word);
    if (has === undefined) {
      has = text.includes(word);
      seen.set(word, has);
    }
    return has;
  };
}

function execAt(re: RegExp, text: string, at: number): Match | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? { from: m.index, to: m.index + m[0].length } : null;
}
