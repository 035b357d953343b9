/**
 * Which of many short words occur in a text, in one pass: the words are filed by their first two
 * characters, so each text position looks up only the words that could start there. (A `text.includes`
 * per word cost more than the regexps it saved.) The key keeps 8 bits of each character, small enough
 * for a fast integer key; words sharing a key are told apart by comparing them.
 */
export class WordIndex {
  private readonly ids = new Map<string, number>();
  /**
   * Words of two or more characters by `pairKey` (a 16-bit key, so a plain array indexed by it: a Map lookup at every
   * text position cost more than the comparisons), as parallel lists of words and ids; one-character words by char code.
   */
  private readonly pairWords: Array<string[] | undefined> = new Array(1 << 16);
  private readonly pairIds: Array<number[] | undefined> = new Array(1 << 16);
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
      (this.pairWords[key] ??= []).push(word);
      (this.pairIds[key] ??= []).push(id);
    }
    return id;
  }

  /** present[id] is 1 when that word occurs in the text (remembered for the latest text). */
  present(text: string): Uint8Array {
    if (text === this.lastText && this.lastSize === this.ids.size) return this.lastPresent;
    const present = new Uint8Array(this.ids.size);
    const hasSingles = this.byChar.size > 0;
    for (let i = 0; i < text.length; i++) {
      if (hasSingles) {
        const one = this.byChar.get(text.charCodeAt(i));
        if (one !== undefined) present[one] = 1;
      }
      if (i + 1 >= text.length) break;
      const key = pairKey(text, i);
      const list = this.pairWords[key];
      if (!list) continue;
      const ids = this.pairIds[key]!;
      for (let k = 0; k < list.length; k++) {
        const id = ids[k]!;
        if (!present[id] && text.startsWith(list[k]!, i)) present[id] = 1;
      }
    }
    this.lastText = text;
    this.lastSize = this.ids.size;
    this.lastPresent = present;
    return present;
  }
}

const pairKey = (s: string, i: number) => ((s.charCodeAt(i) & 0xff) << 8) | (s.charCodeAt(i + 1) & 0xff);
