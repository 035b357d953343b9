/** Public API of the reply-rule checker. */
export { checkReply } from './check-reply';
export { RULE_IDS } from './types';
export type { CheckOptions, Finding, Lang, Platform, RuleId, RuleReport, Severity } from './types';
export { HINTS } from './hints';
export { X_LIMIT, FACEBOOK_COMMENT_LIMIT } from './checks/length';
