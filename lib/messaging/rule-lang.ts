/** The rule checker knows English, Polish and Greek; any other language is checked language-neutrally. */
import type { Lang } from '../rules';

export function ruleLang(lang: string | undefined): Lang | 'other' {
  return lang === 'en' || lang === 'pl' || lang === 'el' ? lang : 'other';
}
