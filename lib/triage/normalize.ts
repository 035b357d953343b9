/**
 * Text normalisation shared by the lexicons, the language detector and the trained model.
 * Posts arrive with and without diacritics ("zamówienie"/"zamowienie", "παραγγελία"/"παραγγελια"),
 * so everything is compared in a folded form: lower case, Greek tonos and dialytika stripped,
 * final sigma unified, Polish letters mapped to their base Latin letters.
 */

const POLISH_FOLD: Record<string, string> = { ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z' };
const POLISH_RE = /[ąćęłńóśźż]/g;
const COMBINING = /[\u0300-\u036f]/g;

/** Lower-cased, accent-free form. Polish ł is not a combining accent, so it is mapped explicitly. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(POLISH_RE, (c) => POLISH_FOLD[c] ?? c)
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/ς/g, 'σ');
}

const URL_RE = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;
const MENTION_RE = /@\w+/g;
const EMAIL_RE = /\b[\w.+-]+@[\w-]+\.[\w.]+\b/g;

/**
 * Folded text with links, e-mail addresses and @handles replaced by placeholders, so the model
 * learns "a link was here" rather than a particular link.
 */
export function normalizeForModel(text: string): string {
  return fold(text.replace(URL_RE, ' _url_ ').replace(EMAIL_RE, ' _email_ ').replace(MENTION_RE, ' _at_ '));
}

// Letters of any script, digits, and the placeholder underscore; apostrophes stay inside words ("don't").
const TOKEN_RE = /[\p{L}\p{N}_]+(?:['’][\p{L}]+)*/gu;

/** Word tokens of an already folded text. */
export function tokenize(folded: string): string[] {
  const tokens = folded.match(TOKEN_RE) ?? [];
  // Most texts have no typographic apostrophe: skip a replace per token.
  return folded.includes('’') ? tokens.map((t) => t.replace(/’/g, "'")) : tokens;
}
