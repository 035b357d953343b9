/**
 * A post's content words for matching: no stop words, handles, links or numbers; the longest
 * (most specific) first, at most `max`, so long posts stay cheap to match.
 */
const STOP = new Set(
  (
    'the and for you your with this that have has was were are not but they them their what when where ' +
    'from just still been will would could should about there here into out our its it\u2019s i\u2019m ' +
    'nie jest się sie ale czy już juz dla jak tak przez mnie mam był była było bardzo tylko ' +
    'και του της την των για που από απο στο στη στην στον δεν είναι ειναι μου σας μας αλλά αλλα'
  ).split(/\s+/),
);

/** Content words in text order (lower case; no stop words, handles, links, numbers or short words). */
export function contentWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/https?:\/\/\S+|[@#][\p{L}\p{N}_]+/gu, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 4 && !STOP.has(w) && !/^\d+$/.test(w));
}

export function queryTerms(text: string, max = 8): string[] {
  return [...new Set(contentWords(text))].sort((a, b) => b.length - a.length).slice(0, max);
}
