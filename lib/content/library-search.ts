/** The panel's search box: the whole library, in the languages the manager answers in (from the profile). */
import { send } from '../messaging/client';
import type { SuggestionView } from '../panel/analyse';
import { loadProfile } from '../settings/profile';

export type SearchLibrary = (query: string) => Promise<SuggestionView[]>;

export function librarySearch(platform: string): SearchLibrary {
  return async (query) => {
    const { languages } = await loadProfile();
    return (await send('panel:search', { query, langs: languages, platform })).suggestions;
  };
}
