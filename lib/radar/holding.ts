/**
 * Which holding statements a wave offers: the library's holding statements (pack templates with
 * `"kind": "holding"`) in the wave's language (else in the languages the user answers in), those
 * about the wave's category first; rendered with the user's values for the platform the
 * wave is mostly on, so what is copied or inserted is exactly what was shown (a value not set in
 * settings leaves out the sentence that needs it, as in every reply).
 */
import type { TemplateValues } from '../library/pack/render-template';
import { renderTemplate } from '../library/pack/render-template';
import type { PackTemplate } from '../library/pack/pack-schema';
import type { WaveAlert } from './types';

export interface HoldingOffer {
  id: string;
  title: string;
  lang: string;
  text: string;
}

/** The platform with most of the wave's complaints (the statement's length limit follows it). */
export function mainPlatform(alert: Pick<WaveAlert, 'platforms'>): string | undefined {
  return Object.entries(alert.platforms).sort((a, b) => b[1] - a[1])[0]?.[0];
}

export function holdingFor(alert: Pick<WaveAlert, 'kind' | 'scope' | 'lang' | 'platforms'>, holding: readonly PackTemplate[], values: TemplateValues, languages: readonly string[] = [], max = 2): HoldingOffer[] {
  const platform = mainPlatform(alert);
  const usable = holding.filter((t) => !t.platforms || !platform || t.platforms.includes(platform as never));
  const score = (t: PackTemplate) =>
    (alert.lang && t.lang === alert.lang ? 4 : languages.includes(t.lang) ? 1 : 0) + (alert.kind === 'category' && t.category === alert.scope ? 2 : 0);
  // The wave's language when there is a statement in it (a Polish update under English complaints
  // helps nobody); otherwise the languages the user answers in (none given: any).
  const own = usable.filter((t) => t.lang === alert.lang);
  const inLanguage = own.length > 0 ? own : usable.filter((t) => languages.length === 0 || languages.includes(t.lang));
  return [...inLanguage]
    .sort((a, b) => score(b) - score(a))
    .slice(0, max)
    .map((t) => ({ id: t.id, title: t.title, lang: t.lang, text: renderTemplate(t, values, 'body', platform ?? 'facebook').text }));
}
