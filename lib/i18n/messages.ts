/**
 * Everything Soothe says, for one language: lib/i18n/locales/<locale>.ts each hold one `Messages`.
 * Each screen's shape lives beside its accessor (lib/i18n/<screen>.ts); label maps there are keyed by
 * the real union types (categories, severities, rule ids, alert kinds…), so a missing label fails `tsc`.
 */
import type { HandOffStrings } from './handoff';
import type { HealthStrings } from './health';
import type { LogDataStrings } from './log-data';
import type { OptionsStrings } from './options';
import type { PanelStrings } from './panel';
import type { RadarStrings } from './radar';
import type { StatsStrings } from './stats';
import type { WelcomeStrings } from './welcome';

export interface Messages {
  panel: PanelStrings;
  options: OptionsStrings;
  stats: StatsStrings;
  handoff: HandOffStrings;
  logData: LogDataStrings;
  radar: RadarStrings;
  health: HealthStrings;
  welcome: WelcomeStrings;
}
