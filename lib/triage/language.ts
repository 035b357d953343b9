/**
 * Language of a post: the site's own `lang` attribute when present, else a guess from the text.
 * Greek is told by its script; Polish by its diacritics and common words (including informal
 * spelling without accents). Anything else is `other`, never silently English.
 */
export type Lang = 'en' | 'pl' | 'el' | 'other';

const SUPPORTED = new Set<Lang>(['en', 'pl', 'el']);

const POLISH_LETTERS = /[ąćęłńóśźż]/i;
const POLISH_WORDS = /\b(nie|jest|się|sie|że|ze|czy|juz|już|dla|zamówienie|zamowienie|paczka|gdzie|dzień|dzien|przez|mam|jak)\b/gi;
const ENGLISH_WORDS = /\b(the|and|is|my|you|your|not|it|to|of|for|still|where|what|this|have|order)\b/gi;
const GREEK = /[\u0370-\u03ff\u1f00-\u1fff]/g;
const LATIN = /[a-z]/gi;

export function detectLanguage(text: string, hint?: string | null): Lang {
  const base = hint?.toLowerCase().split(/[-_]/)[0];
  if (base && SUPPORTED.has(base as Lang)) return base as Lang;
  const greek = text.match(GREEK)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (greek > 0 && greek >= latin) return 'el';
  if (latin === 0) return 'other';
  const polish = (text.match(POLISH_WORDS)?.length ?? 0) + (POLISH_LETTERS.test(text) ? 2 : 0);
  const english = text.match(ENGLISH_WORDS)?.length ?? 0;
  if (polish > english) return 'pl';
  if (english > 0) return 'en';
  return 'other';
}
