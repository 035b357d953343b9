/** Template-health strings (options page). English; other languages fall back to it. */
export const HEALTH_STRINGS = {
  title: 'Template health',
  intro: 'How your replies that started from a template were sent: how much was changed (edit ratio: 0% sent as inserted, 100% nothing left), how often they were largely rewritten (≥ 50%), and whether the customer’s thread complained again within 7 days.',
  language: 'Language',
  all: 'All',
  columns: { template: 'Template', used: 'Used', sent: 'Sent', median: 'Median edit', rewritten: 'Largely rewritten', followUps: 'Complaint after', added: 'Often added', deleted: 'Often deleted' },
  neverChosen: 'Never chosen',
  none: 'No reply sent from a template yet.',
  export: 'Export template health (JSON)',
  exportNote: 'Counts and ratios only: no phrases, customer text or handles.',
  import: 'Add teammates’ exports',
  team: 'Team picture',
  teamFiles: (n: number) => `${n} export${n === 1 ? '' : 's'}`,
  people: 'People using it',
  medians: 'Each person’s median edit',
  neverChosenBy: 'Never chosen by',
  packs: 'Pack versions',
  loading: 'Loading…',
};
export type HealthStrings = typeof HEALTH_STRINGS;
