/**
 * The template pack format, schema version 1. A pack is what a team lead keeps in Git and serves
 * from any HTTPS address; the extension validates it with this schema (see validate-pack.ts for
 * the checks a schema cannot express: size, integrity, version order, duplicate ids).
 *
 * The schema has no defaults or transforms on purpose: the parsed pack is exactly the document,
 * so its canonical JSON (and so its integrity hash) is the same before and after parsing.
 */
import * as v from 'valibot';
import { findMarkup } from './pack-markup';
import { placeholderProblems } from './pack-variables';
import { SEMVER } from './semver';

export const PACK_SCHEMA_VERSION = 1;
export const PACK_LANGUAGES = ['en', 'pl', 'el'] as const;
export const TEMPLATE_CATEGORIES = [
  'delivery',
  'product',
  'billing',
  'returns',
  'support',
  'technical',
  'account',
  'other',
] as const;
export const PACK_PLATFORMS = ['x', 'facebook'] as const;
/**
 * What a template is for: `reply` (the default when omitted) answers one customer; `holding` is a
 * holding statement, a public update posted during a wave of complaints ("we know, we are on it,
 * next update by…"). Holding statements are offered on a crisis-radar alert, never as a reply
 * suggestion, and are checked by the rule checker like every reply (pack-lint.ts says which rules).
 */
export const TEMPLATE_KINDS = ['reply', 'holding'] as const;

/** Reverse-DNS-ish: lower-case dot-separated labels, at least two, e.g. `com.acme.support-en`. */
export const PACK_ID = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;
/** Template and FAQ ids: lower-case words joined by `.`, `-` or `_`, e.g. `delivery.late-parcel`. */
export const ITEM_ID = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
export const INTEGRITY = /^sha256-[0-9a-f]{64}$/;

/** Plain text without markup; `variables` also allows `{{name}}` placeholders from the known list. */
function text(max: number, variables: boolean) {
  return v.pipe(
    v.string('must be a string'),
    v.check((s) => s.trim().length > 0, 'must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
    v.check(
      (s) => findMarkup(s) === null,
      (issue) => findMarkup(String(issue.input)) ?? 'contains markup',
    ),
    v.check(
      (s) => !variables || placeholderProblems(s).length === 0,
      (issue) =>
        placeholderProblems(String(issue.input))
          .map((p) => p.message)
          .join('; '),
    ),
    // Where variables are not allowed, a placeholder would be shown raw.
    v.check((s) => variables || !/\{\{|\}\}/.test(s), 'must not contain {{placeholders}} here'),
  );
}

const slug = (pattern: RegExp, example: string) =>
  v.pipe(v.string('must be a string'), v.maxLength(100, 'must be at most 100 characters'), v.regex(pattern, `must look like "${example}"`));

const semver = v.pipe(v.string('must be a string'), v.regex(SEMVER, 'must be a semantic version such as "1.2.0"'));
const lang = v.picklist(PACK_LANGUAGES, `must be one of ${PACK_LANGUAGES.join(', ')}`);
const shortList = (max: number, maxItems: number) =>
  v.pipe(v.array(text(max, false), 'must be an array of strings'), v.maxLength(maxItems, `must have at most ${maxItems} entries`));

/** The parts of a good public reply (see the reply rules in DESIGN.md). */
export const TemplatePartsSchema = v.strictObject({
  /** Names the problem, owns the company's part, apologises once. */
  acknowledge: text(600, true),
  /** A concrete action or next step, ideally with a time. */
  fix: text(600, true),
  /** Moves details and the back-and-forth to DM, phone or e-mail; never asks for personal data here. */
  private: text(600, true),
  /** Posted publicly in the thread once the case is solved. */
  closeOut: v.optional(text(600, true)),
  /** Sent privately a few days after the case is solved. */
  followUp: v.optional(text(1000, true)),
});

export const TemplateSchema = v.strictObject({
  id: slug(ITEM_ID, 'delivery.late-parcel'),
  kind: v.optional(v.picklist(TEMPLATE_KINDS, `must be one of ${TEMPLATE_KINDS.join(', ')}, or be left out (a reply)`)),
  lang,
  category: v.picklist(TEMPLATE_CATEGORIES, `must be one of ${TEMPLATE_CATEGORIES.join(', ')}`),
  title: text(120, false),
  /** Phrases a customer might write that this template answers; used for search and ranking. */
  triggers: v.pipe(shortList(200, 50), v.minLength(1, 'must list at least one trigger phrase')),
  tags: shortList(60, 30),
  parts: TemplatePartsSchema,
  /**
   * The first public reply as inserted. Usually omitted: it is then the parts acknowledge, fix and
   * private joined by spaces (templateBody). Give it when the parts read better woven together.
   */
  body: v.optional(text(2000, true)),
  /**
   * The first public reply on X, short enough to leave room under X's 280 for one personal
   * sentence (pack lint checks the room with sample values). Omitted: X gets the body.
   */
  short: v.optional(text(280, true)),
  /** Where the template may be used; omitted means everywhere. */
  platforms: v.optional(
    v.pipe(
      v.array(v.picklist(PACK_PLATFORMS, `must be one of ${PACK_PLATFORMS.join(', ')}`)),
      v.minLength(1, 'must list at least one platform, or be left out'),
    ),
  ),
});

export const FaqEntrySchema = v.strictObject({
  id: slug(ITEM_ID, 'shipping.cost'),
  lang,
  question: text(300, false),
  answer: text(1500, true),
  tags: shortList(60, 30),
});

export const ChangelogEntrySchema = v.strictObject({
  version: semver,
  /** ISO date, YYYY-MM-DD. */
  date: v.optional(v.pipe(v.string('must be a string'), v.isoDate('must be a date written YYYY-MM-DD'))),
  changes: v.pipe(shortList(300, 100), v.minLength(1, 'must list at least one change')),
});

export const PackSchema = v.strictObject({
  schemaVersion: v.literal(PACK_SCHEMA_VERSION, `must be ${PACK_SCHEMA_VERSION} (this version of Soothe reads schema version 1)`),
  id: slug(PACK_ID, 'com.example.support-en'),
  name: text(120, false),
  description: v.optional(text(1000, false)),
  version: semver,
  languages: v.pipe(
    v.array(lang, 'must be an array of language codes'),
    v.minLength(1, 'must list at least one language'),
    v.check((ls) => new Set(ls).size === ls.length, 'must not repeat a language'),
  ),
  templates: v.pipe(v.array(TemplateSchema, 'must be an array'), v.maxLength(5000, 'must have at most 5000 templates')),
  faq: v.pipe(v.array(FaqEntrySchema, 'must be an array'), v.maxLength(5000, 'must have at most 5000 entries')),
  changelog: v.array(ChangelogEntrySchema, 'must be an array'),
  /** `sha256-<hex>` of the canonical JSON of the pack without this field (see pack-integrity.ts). */
  integrity: v.optional(v.pipe(v.string('must be a string'), v.regex(INTEGRITY, 'must look like "sha256-" followed by 64 lower-case hex digits'))),
});

export type Pack = v.InferOutput<typeof PackSchema>;
export type PackTemplate = v.InferOutput<typeof TemplateSchema>;
export type TemplateParts = v.InferOutput<typeof TemplatePartsSchema>;
export type FaqEntry = v.InferOutput<typeof FaqEntrySchema>;
export type ChangelogEntry = v.InferOutput<typeof ChangelogEntrySchema>;
export type PackLanguage = (typeof PACK_LANGUAGES)[number];
export type TemplateCategory = (typeof TEMPLATE_CATEGORIES)[number];
export type PackPlatform = (typeof PACK_PLATFORMS)[number];
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export function isHoldingStatement(template: Pick<PackTemplate, 'kind'>): boolean {
  return template.kind === 'holding';
}

/** The first public reply of a template: its explicit body, else acknowledge + fix + private. */
export function templateBody(template: Pick<PackTemplate, 'parts' | 'body'>): string {
  if (template.body !== undefined) return template.body;
  const { acknowledge, fix, private: priv } = template.parts;
  return [acknowledge, fix, priv].map((s) => s.trim()).join(' ');
}
