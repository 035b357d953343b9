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

function merge(lexicons: Lexicon[]): Lexicon {
  const keys = Object.keys(en) as Array<keyof Lexicon>;
  const out = {} as Record<keyof Lexicon, string[]>;
  for (const key of keys) out[key] = lexicons.flatMap((l) => [...l[key]]);
  return out;
}

export function compileLexicon(lex: Lexicon): CompiledLexicon {
  return {
    apology: compileEntries(lex.apology),
    fix: compileEntries([...lex.fix, ...lex.times]),
    fixNegation: compileEntries(lex.fixNegation),
    weakFix: compileEntries([...lex.weakFix, ...lex.times]),
    times: compileEntries(lex.times),
    vagueFix: compileEntries(lex.vagueFix),
    private: compileEntries(lex.private),
    blame: compileEntries(lex.blame),
    lecturing: compileEntries(lex.lecturing),
    boilerplate: compileEntries(lex.boilerplate),
    dataRequest: compileSequence(lex.dataRequest, lex.dataFiller, lex.personalData),
    dataNegation: compileEntries(lex.dataNegation),
  };
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
