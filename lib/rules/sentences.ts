/** Sentence ranges of a (folded) text, for rules that look at a sentence and its neighbours. */

// A sentence ends at . ! ? ; … (Greek's question mark folds to ;) followed by space or the end, or at a line break.
const END = /[.!?;…]+(?=\s|$)|\n+/gu;

export type Range = [from: number, to: number];

export function sentenceRanges(text: string): Range[] {
  const out: Range[] = [];
  let from = 0;
  END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = END.exec(text)) !== null) {
    const to = m.index + m[0].length;
    if (text.slice(from, to).trim()) out.push([from, to]);
    from = to;
  }
  if (text.slice(from).trim()) out.push([from, text.length]);
  return out;
}

/** Index of the sentence containing position `at` (the last one when past the end). */
export function sentenceAt(ranges: Range[], at: number): number {
  for (let i = 0; i < ranges.length; i++) if (at < ranges[i]![1]) return i;
  return ranges.length - 1;
}
