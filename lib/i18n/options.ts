/**
 * The options page's words: their shape here, the words in lib/i18n/locales/<locale>.ts (the browser's
 * language, or the profile's choice).
 */
import type { RuleId } from '../rules/types';
import type { Category } from '../triage/categories';
import type { Lang } from '../triage/language';
import type { RadarFormKey, SettingsFormWords } from '../settings/settings-form';
// Each section imported on its own, so a bundle that shows only this screen carries only its words.
import * as elText from './locales/el';
import * as enText from './locales/en';
import * as plText from './locales/pl';
import { pickLocale, type Locale } from './stats';

/** The languages a template or FAQ entry can be written in. */
type ReplyLang = Exclude<Lang, 'other'>;

export interface OptionsStrings {
  locale: Locale;
  title: string;
  tabs: { library: string; packs: string; health: string; settings: string; transfer: string };
  loading: string;
  saved: string;
  save: string;
  cancel: string;
  remove: string;
  close: string;
  yes: string;
  no: string;
  languages: Record<ReplyLang, string>;
  categories: Record<Category, string>;
  // Library
  search: string;
  allLanguages: string;
  allCategories: string;
  allPacks: string;
  kindTemplates: string;
  kindFaq: string;
  newTemplate: string;
  newFaq: string;
  noResults: string;
  count: (n: number) => string;
  myReplies: string;
  originPack: string;
  originEdited: string;
  originKept: string;
  conflictBadge: string;
  edit: string;
  duplicate: string;
  delete: string;
  revert: string;
  confirmDelete: (title: string) => string;
  hiddenNote: (n: number) => string;
  showHidden: string;
  // Editor
  editorTitleNew: string;
  editorTitleEdit: string;
  editorFaqNew: string;
  editorFaqEdit: string;
  editingPackItem: (pack: string) => string;
  fields: Record<
    'id' | 'idHelp' | 'lang' | 'category' | 'title' | 'triggers' | 'tags' | 'acknowledge' | 'fix' | 'private' | 'closeOut' | 'followUp' | 'body' | 'platforms' | 'question' | 'answer',
    string
  >;
  variablesHelp: string;
  preview: string;
  previewCloseOut: string;
  checklist: string;
  checking: string;
  allGood: string;
  fixErrors: string;
  ruleNames: Record<RuleId, string>;
  ruleHints: Record<RuleId, string>;
  at: string;
  // Conflicts
  conflictsTitle: (n: number) => string;
  conflictIntro: string;
  mine: string;
  theirs: string;
  theirsRemoved: string;
  keepMine: string;
  takeTheirs: string;
  // Packs
  subscribeTitle: string;
  subscribeUrl: string;
  subscribeMode: string;
  modeAuto: string;
  modeReview: string;
  subscribe: string;
  subscribing: string;
  subscribed: (name: string, version: string) => string;
  grantAccess: (origin: string) => string;
  accessDenied: (origin: string) => string;
  packsTitle: string;
  version: string;
  source: string;
  sourceDefault: string;
  sourceFile: string;
  sourceLocal: string;
  lastCheck: string;
  never: string;
  lastError: string;
  details: string;
  checkNow: string;
  checking2: string;
  checkResult: {
    unchanged: string;
    updated: (from: string, to: string) => string;
    pending: (v: string) => string;
    heldBack: (v: string) => string;
  };
  enabled: string;
  mode: string;
  updateWaiting: (v: string) => string;
  applyUpdate: string;
  notNow: string;
  rollBack: (v: string) => string;
  removePack: string;
  confirmRemove: (name: string) => string;
  restoreDefaults: string;
  exportPack: string;
  templatesCount: (t: number, f: number) => string;
  // Diff
  diffTitle: (from: string, to: string) => string;
  added: string;
  changed: string;
  removed: string;
  noChanges: string;
  changelog: string;
  conflictsIfApplied: (n: number) => string;
  // Import / export
  exportTitle: string;
  exportLibrary: string;
  exportHelp: string;
  importTitle: string;
  importHelp: string;
  importFile: string;
  importDone: string;
  importFailed: string;
  // Settings
  profileTitle: string;
  agentName: string;
  signature: string;
  brand: string;
  handleX: string;
  handleFacebook: string;
  brandKeywords: string;
  contactTitle: string;
  dmLink: string;
  messengerLink: string;
  phone: string;
  email: string;
  answerLanguages: string;
  uiLanguage: string;
  uiAuto: string;
  syncTitle: string;
  checkEvery: string;
  minutes: (n: number) => string;
  defaultMode: string;
  privacyTitle: string;
  rememberChoices: string;
  hashAuthors: string;
  retention: string;
  targetsTitle: string;
  slaTargets: string;
  followUpDays: string;
  responseRate: string;
  logUnavailable: string;
  profileProblem: string;
  // Settings: one form, one Save
  unsaved: string;
  allSaved: string;
  saving: string;
  notSaved: (why: string) => string;
  unsavedTab: string;
  radarTitle: string;
  radarHelp: string;
  radarEnabled: string;
  radarFields: Record<RadarFormKey, string>;
  procedureTitle: string;
  procedureHelp: string;
  step: (n: number) => string;
  addStep: string;
  moveUp: string;
  moveDown: string;
  removeStep: string;
  formProblems: SettingsFormWords;
  // Library: ids from titles, holding statements
  idFromTitle: string;
  templateKind: string;
  kindReply: string;
  kindHolding: string;
  holdingBadge: string;
  shortField: string;
  // Packs
  upToDate: string;
  before: string;
  after: string;
}

export const OPTIONS_STRINGS: Record<Locale, OptionsStrings> = { en: enText.options, pl: plText.options, el: elText.options };

/** The profile's choice, else the browser's language. */
export function optionsStrings(choice: 'auto' | Locale = 'auto', languages: readonly string[] | undefined = globalThis.navigator?.languages): OptionsStrings {
  return OPTIONS_STRINGS[choice === 'auto' ? pickLocale(languages) : choice];
}
