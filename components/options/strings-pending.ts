/**
 * SCRATCH: new options-page words waiting for lib/i18n's one-file-per-locale layout. Moved into
 * lib/i18n/locales/{en,pl,el}.ts once that lands; this file then goes.
 */
import type { SettingsFormWords } from '@/lib/settings/settings-form';

export const pendingStrings = {
  unsaved: 'Unsaved changes',
  allSaved: 'All changes saved',
  saving: 'Saving…',
  notSaved: (why: string) => `Not saved: ${why}`,
  unsavedTab: 'unsaved changes',
  radarTitle: 'Crisis radar',
  radarHelp: 'A wave is many different people complaining in a short time; one person posting five times counts once.',
  radarEnabled: 'Watch for waves of complaints',
  radarFields: {
    threadMinAuthors: 'People complaining under one post',
    topicMinAuthors: 'People complaining about one topic',
    growthFactor: 'Times the topic’s usual rate',
    windowMinutes: 'Counted over (minutes)',
    baselineDays: 'Usual rate taken from the past (days)',
    quietMinutes: 'A wave ends after no complaint for (minutes)',
  } as Record<string, string>,
  procedureTitle: 'Crisis procedure',
  procedureHelp: 'Your team’s steps, shown as a checklist on every alert.',
  step: (n: number) => `Step ${n}`,
  addStep: 'Add a step',
  moveUp: 'Move up',
  moveDown: 'Move down',
  removeStep: 'Remove step',
  words: {
    wholeNumber: (min: number, max: number) => `a whole number from ${min} to ${max}`,
    number: (min: number, max: number) => `a number from ${min} to ${max}`,
    emptyStep: 'write the step or remove it',
    tooManySteps: (max: number) => `at most ${max} steps`,
    stepTooLong: (max: number) => `at most ${max} characters`,
  } satisfies SettingsFormWords,
  idFromTitle: 'Made from the title; change it if you like.',
  kind: 'Use',
  kindReply: 'Reply to a customer',
  kindHolding: 'Holding statement (public update during a crisis)',
  holdingBadge: 'Holding statement',
  upToDate: 'Up to date.',
  shortField: 'Short form for X',
  before: 'Before',
  after: 'After',
};
