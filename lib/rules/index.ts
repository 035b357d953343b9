/** Public API of the reply-rule checker. */
export { checkReply } from './check-reply';
import { lexiconFor } from './lexicon/index';
import type { Lang } from './types';

/**
 * Read a language's lexicon ahead of the first check (fold its entries, index the words each needs), e.g. when
 * the panel opens. Entry regexps are compiled later, each the first time a text needs it (lazy-alternation.ts).
 */
export function prepareRules(lang: Lang): void {
  lexiconFor(lang);
}
export { RULE_IDS } from './types';
export type { CheckOptions, Finding, Lang, Platform, RuleId, RuleReport, Severity } from './types';
export { HINTS } from './hints';
// The sites' own limits, for the pack lint and tests (declared by the site adapters).
export { X_LIMIT } from '../sites/x/reply-length';
export { xLength } from '../sites/x/reply-measure';
export { FACEBOOK_COMMENT_LIMIT } from '../sites/facebook/reply-length';
