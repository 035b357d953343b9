/**
 * Word-level difference of two texts, for showing what a pack update changes in a template's
 * wording: runs of unchanged, deleted and inserted text that, read in order, give the old text
 * (same + del) and the new one (same + add). Words and the spaces between them are the units, so
 * a changed word is highlighted whole and punctuation stays with its word.
 */

export type WordOp = 'same' | 'add' | 'del';
export interface WordRun {
  op: WordOp;
  text: string;
}

/** Above this many token pairs the texts are shown as replaced whole (pack texts are ≤ 2,000 characters). */
const MAX_CELLS = 400_000;

/** Words with their trailing punctuation, and the whitespace between them, as separate tokens. */
export function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

export function wordDiff(before: string, after: string): WordRun[] {
  const a = tokens(before);
  const b = tokens(after);
  const runs: WordRun[] = [];
  const push = (op: WordOp, text: string) => {
    if (!text) return;
    const last = runs[runs.length - 1];
    if (last && last.op === op) last.text += text;
    else runs.push({ op, text });
  };
  // Common head and tail first: most edits touch a few words in the middle.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  push('same', a.slice(0, head).join(''));
  if (x.length * y.length > MAX_CELLS) {
    push('del', x.join(''));
    push('add', y.join(''));
  } else {
    // Longest common subsequence, table of suffix lengths.
    const n = x.length;
    const m = y.length;
    const lcs = new Uint32Array((n + 1) * (m + 1));
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--)
        lcs[i * (m + 1) + j] = x[i] === y[j] ? lcs[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(lcs[(i + 1) * (m + 1) + j]!, lcs[i * (m + 1) + j + 1]!);
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && x[i] === y[j]) push('same', x[i++]!), j++;
      else if (j < m && (i === n || lcs[i * (m + 1) + j + 1]! >= lcs[(i + 1) * (m + 1) + j]!)) push('add', y[j++]!);
      else push('del', x[i++]!);
    }
  }
  push('same', a.slice(a.length - tail).join(''));
  return tidy(runs);
}

/**
 * Within a changed stretch, all deletions first, then all insertions; a lone space kept "same"
 * between two changes goes into both sides, so "old words" → "new words" reads as one phrase
 * replaced rather than word by word. Each side still reads back exactly (sideOf).
 */
function tidy(runs: WordRun[]): WordRun[] {
  const out: WordRun[] = [];
  let del = '';
  let add = '';
  const flush = () => {
    if (del) out.push({ op: 'del', text: del });
    if (add) out.push({ op: 'add', text: add });
    del = add = '';
  };
  runs.forEach((r, k) => {
    if (r.op === 'del') del += r.text;
    else if (r.op === 'add') add += r.text;
    else if ((del || add) && /^\s+$/.test(r.text) && runs[k + 1] && runs[k + 1]!.op !== 'same') {
      del += r.text;
      add += r.text;
    } else {
      flush();
      out.push({ ...r });
    }
  });
  flush();
  return out;
}

/** The old text (same + del runs) or the new one (same + add runs) back from a diff. */
export function sideOf(runs: readonly WordRun[], side: 'before' | 'after'): string {
  const keep: WordOp = side === 'before' ? 'del' : 'add';
  return runs.filter((r) => r.op === 'same' || r.op === keep).map((r) => r.text).join('');
}
