/**
 * Text every match of a compiled entry (compile.ts `entrySource`) must contain, as a list of which at least
 * one occurs: `(we|i)('ve| have) (refund*|replac*)` needs "refund" or "replac". A text holding none of them
 * can skip the entry's regexp without compiling or running it.
 *
 * Conservative: escapes, classes, lookarounds, anything a quantifier may drop or repeat are left out, and
 * null (always run) when nothing is known. Of the choices it picks the one whose shortest word is longest.
 * One pass over the source: it runs for every entry when the panel first checks a reply.
 */

/** One of these words must occur; `shortest` is the length of the shortest. */
interface Need {
  words: string[];
  shortest: number;
}

export function requiredLiteral(source: string): string[] | null {
  const parser = new Parser(source);
  const need = parser.alternatives();
  if (parser.at < source.length) throw new Error(`Unbalanced group in lexicon pattern: ${source}`);
  return need && need.words;
}

/** Characters that are text, not regexp syntax (the branches of `sequence` handle the rest). */
const PLAIN = /[^|)\\[({\]}^$.*+?]+/y;

const better = (a: Need, b: Need | null) => !b || a.shortest > b.shortest || (a.shortest === b.shortest && a.words.length < b.words.length);

class Parser {
  at = 0;
  constructor(private readonly s: string) {}

  /** `a|b|c` up to a `)` or the end: each branch must need something; the result is their union. */
  alternatives(): Need | null {
    let words: string[] | null = [];
    let shortest = Infinity;
    for (;;) {
      const need = this.sequence();
      if (need && words) {
        for (const w of need.words) if (!words.includes(w)) words.push(w);
        shortest = Math.min(shortest, need.shortest);
      } else words = null;
      if (this.s[this.at] !== '|') break;
      this.at++;
    }
    return words && words.length ? { words, shortest } : null;
  }

  /** A branch: the best of its plain runs and its required groups. */
  private sequence(): Need | null {
    const s = this.s;
    let best: Need | null = null;
    let run = -1; // start of the current run of plain text
    const end = (to: number) => {
      if (run >= 0 && to > run) {
        const need = { words: [s.slice(run, to)], shortest: to - run };
        if (better(need, best)) best = need;
      }
      run = -1;
    };
    while (this.at < s.length) {
      const c = s[this.at]!;
      if (c === '|' || c === ')') break;
      if (c === '\\') {
        end(this.at);
        // `\p{L}`, `\P{…}` or a one-character escape; a quantifier after it is skipped below.
        this.at = s[this.at + 1] === 'p' || s[this.at + 1] === 'P' ? s.indexOf('}', this.at) + 1 : this.at + 2;
      } else if (c === '[') {
        end(this.at);
        this.skipClass();
      } else if (c === '(') {
        end(this.at);
        // Lookarounds (`(?=`, `(?!`, `(?<=`, `(?<!`) give nothing; `(?:` is a plain group.
        const plain = s[this.at + 1] !== '?' || s[this.at + 2] === ':';
        this.at += plain && s[this.at + 1] === '?' ? 3 : plain ? 1 : s[this.at + 2] === '<' ? 4 : 3;
        const need = this.alternatives();
        if (s[this.at] !== ')') throw new Error(`Unbalanced group in lexicon pattern: ${s}`);
        this.at++;
        const next = s[this.at];
        const optional = next === '?' || next === '*' || next === '{';
        if (plain && !optional && need && better(need, best)) best = need;
      } else if (c === '{') {
        end(this.at); // a `{n,m}` quantifier: its digits are not text
        this.at = s.indexOf('}', this.at) + 1;
      } else if (c === ']' || c === '}' || c === '^' || c === '$' || c === '.' || c === '*' || c === '+' || c === '?') {
        // An anchor, a wildcard, or a quantifier after something already left out.
        end(this.at);
        this.at++;
      } else {
        // A run of plain characters at once; a quantifier after it binds to its last character.
        PLAIN.lastIndex = this.at;
        PLAIN.test(s);
        const stop = PLAIN.lastIndex;
        const next = s[stop];
        if (run < 0) run = this.at;
        if (next === '?' || next === '*' || next === '{') end(stop - 1); // that character may be absent
        else if (next === '+') end(stop); // it may repeat: the run cannot go on across it
        this.at = stop;
      }
    }
    end(this.at);
    return best;
  }

  private skipClass(): void {
    const s = this.s;
    for (this.at++; this.at < s.length; this.at++) {
      if (s[this.at] === '\\') this.at++;
      else if (s[this.at] === ']') {
        this.at++;
        return;
      }
    }
    throw new Error(`Unclosed class in lexicon pattern: ${s}`);
  }
}
