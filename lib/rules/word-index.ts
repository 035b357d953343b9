/**
 * Which of many short words occur in a text, in one pass: the words are filed by their first two
 * characters, so each text position looks up only the words that could start there. (A `text.includes`
 * per word cost more than the regexps it saved.) The key keeps 8 bits of each character, small enough
 * for a fast integer key; words sharing a key are told apart by comparing them.
 */
export class WordIndex {
  private readonly ids = new Map<string, number>();
  /** Words of two or more characters by `pairKey`; one-character words by their char code. */
  private readonly byPair = new Map<number, Array<[word: string, id: number]>>();
  private readonly byChar = new Map<number, number>();
  private lastText: string | null = null;
  private lastSize = 0;
  private lastPresent = new Uint8Array(0);

  /** The word's id, adding it when new. */
  add(word: string): number {
    let id = this.ids.get(word);
    if (id !== undefined) return id;
    id = this.ids.size;
    this.ids.set(word, id);
    if (word.length === 1) this.byChar.set(word.charCodeAt(0), id);
    else {
      const key = pairKey(word, 0);
      const list = this.byPair.get(key);
      if (list) list.push([word, id]);
      else this.byPair.set(key, [[word, id]]);
    }
    return id;
  }

  /** present[id] is 1 when that word occurs in the text (remembered for the latest text). */
  present(text: string): Uint8Array {
    if (text === this.lastText && this.lastSize === this.ids.size) return this.lastPresent;
    const present = new Uint8Array(this.ids.size);
    for (let i = 0; i < text.length; i++) {
      const one = this.byChar.get(text.charCodeAt(i));
      if (one !== undefined) present[one] = 1;
      const list = i + 1 < text.length ? this.byPair.get(pairKey(text, i)) : undefined;
      if (list) for (const [word, id] of list) if (!present[id] && text.startsWith(word, i)) present[id] = 1;
    }
    this.lastText = text;
    this.lastSize = this.ids.size;
    this.lastPresent = present;
    return present;
  }
}

const pairKey = (s: string, i: number) => ((s.charCodeAt(i) & 0xff) << 8) | (s.charCodeAt(i + 1) & 0xff);
