/** Human words for the log's closed sets (category, severity, platform) in the popup's language; never a raw key. */
import { PANEL_STRINGS } from '@/lib/i18n/panel';
import { platformName, type Locale, type StatsStrings } from '@/lib/i18n/stats';

export interface CaseLabels {
  category(key: string | null): string | null;
  severity(key: string | null): string | null;
  /** What a severity word means, for its tooltip; null for none. */
  severityHelp(key: string | null): string | null;
  platform(key: string): string;
}

export function caseLabels(locale: Locale, t: StatsStrings): CaseLabels {
  const p = PANEL_STRINGS[locale];
  const known = (map: Record<string, string>, key: unknown): string | null => (typeof key === 'string' && Object.hasOwn(map, key) ? map[key]! : null);
  return {
    category: (key) => (key === null ? null : key === 'unknown' ? t.unknownCategory : known(p.categories, key) ?? String(key)),
    severity: (key) => (key === null || key === 'none' ? null : known(p.severities, key) ?? String(key)),
    severityHelp: (key) => known(t.severityHelp, key),
    platform: (key) => platformName(key, t) ?? (typeof key === 'string' && key.startsWith('web:') ? key.slice(4) : String(key)),
  };
}
