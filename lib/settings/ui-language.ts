/**
 * Which language Soothe's own screens speak: the "Language of Soothe" setting, or the browser's when
 * it is "auto". The popup, the options page, the welcome page and the in-page panel all ask here, so
 * the choice applies everywhere alike.
 */
import { pickLocale, type Locale } from '../i18n/stats';
import { loadProfile, type UiLanguage } from './profile';

export function uiLocale(choice: UiLanguage | undefined, languages: readonly string[] | undefined = globalThis.navigator?.languages): Locale {
  return choice && choice !== 'auto' ? choice : pickLocale(languages);
}

/** The stored choice, resolved; the browser's language when the profile cannot be read (never throws). */
export async function loadUiLocale(languages: readonly string[] | undefined = globalThis.navigator?.languages): Promise<Locale> {
  try {
    return uiLocale((await loadProfile()).uiLanguage, languages);
  } catch {
    return pickLocale(languages);
  }
}
