/**
 * Counts as sites print them: "2534", "1,234", "2.5K", "12 tys.", "2,5 χιλ.", "1.2M", "3 mln".
 * Returns null when the text holds no count (never 0 by default: "not shown" is not "none").
 */

const MULTIPLIERS: Array<[RegExp, number]> = [
  [/^(?:k|tys\.?|tyś\.?|χιλ\.?|χιλιάδες)$/iu, 1e3],
  [/^(?:m|mln\.?|εκ\.?|εκατ\.?)$/iu, 1e6],
  [/^(?:b|mld\.?|δισ\.?)$/iu, 1e9],
];

/** The first count in `text`. */
export function parseCount(text: string | null | undefined): number | null {
  if (!text) return null;
  const m = text.match(/(\d[\d.,\s\u00a0\u202f]*\d|\d)\s*(\p{L}+\.?)?/u);
  if (!m) return null;
  const raw = m[1]!.replace(/[\s\u00a0\u202f]/g, '');
  const unit = m[2];
  const mult = unit ? MULTIPLIERS.find(([re]) => re.test(unit))?.[1] : undefined;
  if (mult) {
    // "2.5K" / "2,5 tys.": the separator is a decimal point.
    const n = Number(raw.replace(',', '.'));
    return Number.isFinite(n) ? Math.round(n * mult) : null;
  }
  // Without a unit, separators group thousands ("1,234", "1.234", "1 234").
  const n = Number(raw.replace(/[.,]/g, ''));
  return Number.isFinite(n) ? n : null;
}
