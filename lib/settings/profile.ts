/**
 * The user's profile: who they are in replies, how customers reach the brand privately, which
 * languages they answer in, and how team packs sync. Kept in storage.local so the content scripts,
 * the background and the options page read the same values and see changes as they happen.
 *
 * Response-time targets, the follow-up delay and the log's privacy options (retention, hashed
 * author handles) belong to the handling-time log and live in the background's database: read and
 * change them with the 'log:settings' message, not here.
 */
import { storage } from 'wxt/utils/storage';
import type { TemplateValues } from '../library/pack/render-template';
import { PACK_LANGUAGES, type PackLanguage } from '../library/pack/pack-schema';
import type { SyncMode } from '../library/store/store-state';
import type { Department } from '../handoff/departments';
import type { BrandProfile } from '../triage/relevance';

export type UiLanguage = 'auto' | PackLanguage;

export interface Profile {
  /** {{agent_name}} */
  agentName: string;
  /** {{signature}}, e.g. "Alex, Customer Care". */
  signature: string;
  /** {{brand}} */
  brand: string;
  /** The brand's own accounts, without "@" (so its own posts are not treated as complaints). */
  handles: { x: string; facebook: string };
  /** Product names and other words that mean the brand: posts naming them are about the brand (relevance). */
  keywords: string[];
  /** Private channels: {{dm_link}}, {{phone}}, {{email}}; Messenger link for Facebook pages. */
  contact: { dmLink: string; messengerLink: string; phone: string; email: string };
  /** Languages this user answers in; suggestions and the library show these. */
  languages: PackLanguage[];
  /** Language of Soothe's own screens; "auto" follows the browser. */
  uiLanguage: UiLanguage;
  /** How often subscribed packs are checked. */
  packCheckMinutes: number;
  /** Sync mode for new subscriptions. */
  defaultSyncMode: SyncMode;
  privacy: {
    /** Let suggestions learn from what this user chose before (stored only in this browser). */
    rememberChoices: boolean;
  };
  /** Teams a case can be handed to, with the reply time agreed with each (lib/handoff). */
  departments: Department[];
}

export const DEFAULT_PROFILE: Profile = {
  agentName: '',
  signature: '',
  brand: '',
  handles: { x: '', facebook: '' },
  keywords: [],
  contact: { dmLink: '', messengerLink: '', phone: '', email: '' },
  languages: [...PACK_LANGUAGES],
  uiLanguage: 'auto',
  packCheckMinutes: 60,
  defaultSyncMode: 'auto',
  privacy: { rememberChoices: true },
  departments: [],
};

export const PACK_CHECK_CHOICES = [15, 60, 180, 720, 1440] as const;

export const profileItem = storage.defineItem<Profile>('local:soothe.profile', {
  version: 1,
  fallback: DEFAULT_PROFILE,
  migrations: {},
});

/** Stored fields over the defaults, so a field added later has its default for existing users. */
export function withProfileDefaults(stored: Partial<Profile> | null | undefined): Profile {
  const s = stored ?? {};
  return {
    ...DEFAULT_PROFILE,
    ...s,
    handles: { ...DEFAULT_PROFILE.handles, ...s.handles },
    contact: { ...DEFAULT_PROFILE.contact, ...s.contact },
    privacy: { ...DEFAULT_PROFILE.privacy, ...s.privacy },
    languages: s.languages && s.languages.length > 0 ? s.languages : DEFAULT_PROFILE.languages,
    departments: Array.isArray(s.departments) ? s.departments : DEFAULT_PROFILE.departments,
    keywords: Array.isArray(s.keywords) ? s.keywords.filter((k): k is string => typeof k === 'string') : DEFAULT_PROFILE.keywords,
  };
}

export async function loadProfile(): Promise<Profile> {
  return withProfileDefaults(await profileItem.getValue());
}

export function watchProfile(onChange: (profile: Profile) => void): () => void {
  return profileItem.watch((value) => onChange(withProfileDefaults(value)));
}

export type ProfileProblems = Partial<Record<'dmLink' | 'messengerLink' | 'email' | 'phone' | 'languages' | 'packCheckMinutes' | 'handles', string>>;

/** Problems a user must fix before saving; empty when the profile is fine. Empty fields are fine. */
export function profileProblems(p: Profile): ProfileProblems {
  const out: ProfileProblems = {};
  const httpsLink = (s: string) => {
    try {
      return new URL(s).protocol === 'https:';
    } catch {
      return false;
    }
  };
  if (p.contact.dmLink && !httpsLink(p.contact.dmLink)) out.dmLink = 'must be a full https:// address';
  if (p.contact.messengerLink && !httpsLink(p.contact.messengerLink)) out.messengerLink = 'must be a full https:// address';
  if (p.contact.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(p.contact.email)) out.email = 'must look like name@example.com';
  if (p.contact.phone && !/^\+?[\d\s().-]{5,}$/.test(p.contact.phone)) out.phone = 'digits, spaces and + ( ) - only';
  if (p.languages.length === 0) out.languages = 'choose at least one language';
  if (!(Number.isInteger(p.packCheckMinutes) && p.packCheckMinutes >= 15)) out.packCheckMinutes = 'at least 15 minutes';
  if ([p.handles.x, p.handles.facebook].some((h) => /\s/.test(h))) out.handles = 'a handle has no spaces';
  return out;
}

export async function saveProfile(p: Profile): Promise<{ ok: true } | { ok: false; problems: ProfileProblems }> {
  const clean: Profile = {
    ...p,
    handles: { x: p.handles.x.trim().replace(/^@/, ''), facebook: p.handles.facebook.trim().replace(/^@/, '') },
    keywords: parseKeywords(p.keywords.join(',')),
  };
  const problems = profileProblems(clean);
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  await profileItem.setValue(clean);
  return { ok: true };
}

/** Keywords as typed in settings ("AcmePay, Acme Card"): trimmed, no empties, no repeats. */
export function parseKeywords(text: string): string[] {
  const out: string[] = [];
  for (const k of text.split(/[,\n]/)) {
    const t = k.trim().slice(0, 80);
    if (t && !out.some((o) => o.toLowerCase() === t.toLowerCase())) out.push(t);
  }
  return out.slice(0, 50);
}

/** Who the brand is, for relevance: its name, every handle it has, and its product keywords. */
export function brandProfileOf(p: Profile): BrandProfile {
  return { name: p.brand.trim(), handles: [p.handles.x, p.handles.facebook].map((h) => h.trim()).filter(Boolean), keywords: p.keywords };
}

/** The template variables the profile fills (the rest — customer name, ETA, case — come from the post or the user). */
export function profileValues(p: Profile): TemplateValues {
  return {
    agent_name: p.agentName,
    signature: p.signature,
    brand: p.brand,
    dm_link: p.contact.dmLink,
    phone: p.contact.phone,
    email: p.contact.email,
  };
}
