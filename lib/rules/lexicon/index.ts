/** The compiled lexicon for a language, built once and cached. `other` uses all three languages. */
import type { Lang } from '../../triage/language';
import { compileEntries, compileSequence, type Pattern } from '../compile';
import { el } from './el';
import { en } from './en';
import { pl } from './pl';
import type { Lexicon } from './types';

export type { Lexicon };
export { en, pl, el };

export interface CompiledLexicon {
  apology: Pattern | null;
  /** The fix list and the times. */
  fix: Pattern | null;
  fixNegation: Pattern | null;
  /** The weak-fix list and the times. */
  weakFix: Pattern | null;
  times: Pattern | null;
  vagueFix: Pattern | null;
  private: Pattern | null;
  blame: Pattern | null;
  lecturing: Pattern | null;
  boilerplate: Pattern | null;
  /** Request followed by personal data: "send us your order number". */
  dataRequest: Pattern | null;
  dataNegation: Pattern | null;
}

const BY_LANG: Record<Exclude<Lang, 'other'>, Lexicon> = { en, pl, el };

export function merge(lexicons: Lexicon[]): Lexicon {
  const keys = Object.keys(en) as Array<keyof Lexicon>;
  const out = {} as Record<keyof Lexicon, string[]>;
  for (const key of keys) out[key] = lexicons.flatMap((l) => [...l[key]]);
  return out;
}

/** The entries of each family matched as one list, in the order their alternation tries them. */
export function familyEntries(lex: Lexicon) {
  return {
    apology: lex.apology,
    fix: [...lex.fix, ...lex.times],
    fixNegation: lex.fixNegation,
    weakFix: [...lex.weakFix, ...lex.times],
    times: lex.times,
    vagueFix: lex.vagueFix,
    private: lex.private,
    blame: lex.blame,
    lecturing: lex.lecturing,
    boilerplate: lex.boilerplate,
    dataNegation: lex.dataNegation,
  } satisfies Partial<Record<keyof CompiledLexicon, readonly string[]>>;
}

export function compileLexicon(lex: Lexicon): CompiledLexicon {
  const families = familyEntries(lex);
  const out = { dataRequest: compileSequence(lex.dataRequest, lex.dataFiller, lex.personalData) } as CompiledLexicon;
  for (const key of Object.keys(families) as Array<keyof typeof families>) out[key] = compileEntries(families[key]);
  return out;
}

const compiled = new Map<Lang, CompiledLexicon>();

export function lexiconFor(lang: Lang): CompiledLexicon {
  let c = compiled.get(lang);
  if (!c) {
    c = compileLexicon(lang === 'other' ? merge([en, pl, el]) : BY_LANG[lang]);
    compiled.set(lang, c);
  }
  return c;
}
