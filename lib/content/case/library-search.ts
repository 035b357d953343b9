/** The panel's search box: the whole library, in the languages the manager answers in (from the profile). */
import type { SuggestionView } from '../../background/analyse';
import { loadProfile } from '../../settings/profile';
import type { Platform } from '../../sites/types';
import type { SendFn } from './case-log';

export type SearchLibrary = (query: string) => Promise<SuggestionView[]>;

export function librarySearch(send: SendFn, platform: Platform): SearchLibrary {
  return async (query) => {
    const { languages } = await loadProfile();
    return (await send('panel:search', { query, langs: languages, platform })).suggestions;
  };
}
