/**
 * Language of a post: en, pl, el, or `other` — never silently English.
 *
 * The site's `lang` attribute wins when it names en/pl/el; another real language code means
 * `other`. X marks posts it could not identify with special codes (und, qme emoji-only, zxx no
 * text, qht hashtags, qam mentions, qct cashtags, qst very short, mul, mis); for those, and when
 * there is no hint, the text decides: Greek by its script, Polish by its letters and common words
 * (also typed without diacritics), English by its common words, with a few other languages'
 * common words so that German or Spanish are not taken for English.
 */
import { fold, tokenize } from './normalize';

export type Lang = 'en' | 'pl' | 'el' | 'other';

const SUPPORTED = new Set<string>(['en', 'pl', 'el']);
const UNDETERMINED = new Set<string>(['', 'und', 'qme', 'zxx', 'qht', 'qam', 'qct', 'qst', 'mul', 'mis', 'auto']);

const words = (s: string) => new Set(s.split(' '));
// Folded forms (no diacritics), so informal Polish spelling counts too.
const STOPWORDS: Record<'en' | 'pl' | 'other', Set<string>> = {
  en: words(
    "the and is are was were my me you your not it it's to of for in on at still where what when why how this that have has had " +
      'do does did order i i\'m im we they can can\'t cant don\'t dont won\'t will just with from please thanks thank no yet be been ' +
      'but so an a if or there here get got any all one would should could nothing again after before about ' +
      'great good bad job today time day days week service help really very like love hate worst best guys who ' +
      'never ever been being off out up down now new same too also am was',
  ),
  pl: words(
    'nie jest sie ze czy juz dla zamowienie paczka gdzie dzien przez mam jak to na w z i do od po jeszcze nadal wciaz ' +
      'bo ale co kiedy tylko mnie mi moje moja moj wasz wasza was jestem byl byla bylo sa tez tak bardzo prosze dzieki ' +
      'dziekuje czekam nic zadnej zadnego tego ten ta juz wiec albo lub',
  ),
  // German, Spanish, French, Italian, Portuguese, Dutch: only to stop them being read as English.
  other: words(
    'der die das und ist nicht ich sie mit auf fur ein eine noch wo bestellung el la los las es que y en por para con ' +
      'una pero donde mi todavia le les et est je pas une avec pour dans mais ou encore il che non sono ancora dove ' +
      'ordine um uma nao com ainda onde pedido het een niet ik nog waar bestelling zijn',
  ),
};

const POLISH_LETTERS = /[ąćęłńśźż]/gi;
const GREEK = /[\u0370-\u03ff\u1f00-\u1fff]/g;
const OTHER_SCRIPT = /[\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/g;
const LATIN = /[a-z]/gi;

/** The base language of a BCP 47 hint ("en-GB" → "en"), lower-cased. */
function hintBase(hint: string | null | undefined): string {
  return (hint ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

export function detectLanguage(text: string, hint?: string | null): Lang {
  const base = hintBase(hint);
  if (SUPPORTED.has(base)) return base as Lang;
  if (!UNDETERMINED.has(base) && /^[a-z]{2,3}$/.test(base)) return 'other';
  return detectFromText(text);
}

export function detectFromText(text: string): Lang {
  const greek = text.match(GREEK)?.length ?? 0;
  const latin = text.replace(/https?:\/\/\S+|@\w+|#\w+/g, ' ').match(LATIN)?.length ?? 0;
  const foreign = text.match(OTHER_SCRIPT)?.length ?? 0;
  if (greek > 0 && greek >= latin && greek >= foreign) return 'el';
  if (foreign > latin) return 'other';
  if (latin === 0) return 'other';
  const tokens = tokenize(fold(text.replace(/https?:\/\/\S+|@\w+|#\w+/g, ' ')));
  let en = 0;
  let pl = (text.match(POLISH_LETTERS)?.length ?? 0) * 1.5;
  let other = 0;
  for (const t of tokens) {
    if (STOPWORDS.en.has(t)) en++;
    if (STOPWORDS.pl.has(t)) pl++;
    if (STOPWORDS.other.has(t)) other++;
  }
  if (pl > en && pl >= other) return 'pl';
  if (en > 0 && en >= other) return 'en';
  return 'other';
}
