/**
 * The template values a reply on a given platform gets from the profile. The private channel
 * follows the platform: on Facebook the page's Messenger link (m.me/<page> when only the page
 * handle is set), on X the DM link from settings (X's deep link needs the account's numeric id).
 */
import type { TemplateValues } from '../library/render-template';
import { profileValues, type Profile } from './profile';

export function templateValuesFor(profile: Profile, platform: string): TemplateValues {
  const values = profileValues(profile);
  if (platform === 'facebook') {
    const page = profile.handles.facebook.replace(/^@/, '').trim();
    values.dm_link = profile.contact.messengerLink || (page ? `https://m.me/${encodeURIComponent(page)}` : '') || values.dm_link;
  }
  return values;
}

/** The brand's own handle on this platform, so its posts are never taken for complaints. */
export function brandHandlesFor(profile: Profile, platform: string): string[] {
  const h = platform === 'x' ? profile.handles.x : platform === 'facebook' ? profile.handles.facebook : '';
  return h.trim() ? [h.trim().replace(/^@/, '')] : [];
}
