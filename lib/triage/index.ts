/** Public surface of triage. Other code imports from here. */
export { triage, createTriage, type TriageInput, type TriageResult, type TriageFlag } from './triage';
export { detectLanguage, type Lang } from './language';
export { CATEGORIES, SEVERITIES, ESCALATIONS, type Category, type Severity, type Escalation } from './categories';
