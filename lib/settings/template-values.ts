/**
 * The template values a reply on a given site gets from the profile. The private channel follows the
 * site: its adapter says what a private link is there (Facebook: the page's Messenger link, m.me/<page>
 * when only the page handle is set); elsewhere the DM link from settings (X's deep link needs the
 * account's numeric id).
 */
import type { TemplateValues } from '../library/pack/render-template';
import type { SiteAdapter } from '../sites/types';
import { profileValues, type Profile } from './profile';

export function templateValuesFor(profile: Profile, site: SiteAdapter): TemplateValues {
  const values = profileValues(profile);
  values.dm_link = site.privateLink?.(profile) || values.dm_link;
  return values;
}

/** The brand's own handle on this site, so its posts are never taken for complaints. */
export function brandHandlesFor(profile: Profile, site: SiteAdapter): string[] {
  const h = profile.handles[site.platform] ?? '';
  return h.trim() ? [h.trim().replace(/^@/, '')] : [];
}
