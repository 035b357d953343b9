/**
 * The reply-rule checker's public types. A `RuleId` is a stable identifier the UI translates; the
 * English `hint` is only a fallback.
 */
import type { Lang } from '../triage/language';

export type { Lang };

export const RULE_IDS = [
  // Presence of the three parts of a good reply (info, with the span where each was found).
  'apology',
  'fix',
  'private',
  // The same parts missing (warning, span 0..0).
  'missing-apology',
  'missing-fix',
  'missing-private',
  'repeated-apology',
  'blame',
  'lecturing',
  'boilerplate',
  'public-personal-data',
  'too-long',
  'shouting',
  'exclamation',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** UTF-16 offsets into the checked text; 0..0 for something missing. */
  start: number;
  end: number;
  /** Short, actionable, English. The UI translates by `rule`. */
  hint: string;
  /** Numbers a translated hint may need (e.g. `length` and `limit` for too-long). */
  values?: Record<string, number>;
}

export interface RuleReport {
  apology: boolean;
  fix: boolean;
  private: boolean;
  /** Blame of the customer or lecturing with terms. */
  blame: boolean;
  /** apology && fix && private && no error-severity finding. */
  ok: boolean;
  /** Sorted by start offset. */
  findings: Finding[];
}

export type Platform = 'x' | 'facebook' | (string & {});

export interface CheckOptions {
  lang: Lang;
  platform?: Platform;
  /** Read blame with the blame model too (default); false: the lexicons alone (what the model is trained beside). */
  models?: boolean;
}
