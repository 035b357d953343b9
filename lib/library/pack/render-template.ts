/**
 * Filling a template's `{{variables}}`. The result is always whole text a customer can read: it
 * never contains a raw placeholder, and a missing value never leaves a broken sentence.
 *
 *  - Names (customer, agent, signature, brand) read fine without the word: "Hi {{customer_name}},
 *    sorry" becomes "Hi, sorry", a trailing "— {{signature}}" goes.
 *  - Everything else (DM link, phone, e-mail, ETA, case reference) carries the sentence: without
 *    it the smallest unit that needs it is left out — the bracket "(…{{dm_link}})", a clause joined
 *    by "or"/"and" ("…, or call us on {{phone}} if that's easier"), a closing ": {{dm_link}}",
 *    else the whole sentence.
 *
 * Missing variables are reported in `missing`, so the caller can ask for them and render again;
 * what `text` holds is exactly what "insert without them" puts in the composer.
 */
import { PLACEHOLDER, isPackVariable, variablesIn, type PackVariable } from './pack-variables';
import { templateBody, type PackTemplate } from './pack-schema';
import { siteByPlatform } from '../../sites/registry';

/** Values by variable name; empty or blank strings count as missing. */
export type TemplateValues = Partial<Record<PackVariable, string | null | undefined>>;

export interface RenderResult {
  text: string;
  /** Variables the text uses that had no value, in order of first use. */
  missing: PackVariable[];
}

export type TemplatePart = 'body' | 'closeOut' | 'followUp';

/** A sentence still reads without these words (with the spacing around them tidied). */
const NAME_LIKE = new Set<PackVariable>(['customer_name', 'agent_name', 'signature', 'brand']);

/** Words that open a clause which can go on its own ("…, or call us on {{phone}}"). */
const JOINING = /^(?:or|and|lub|albo|bądź|oraz|i|ή|και|είτε)\s/iu;

const GAP = '\u0000';

const valueOf = (values: TemplateValues, name: string): string | undefined =>
  isPackVariable(name) ? values[name]?.trim() || undefined : undefined;

/** Does this piece of source text use a variable that has no value and cannot just be left out? */
function needsMissing(source: string, values: TemplateValues): boolean {
  for (const m of source.matchAll(PLACEHOLDER)) {
    const name = (m[1] ?? '').trim();
    if (isPackVariable(name) && !NAME_LIKE.has(name) && !valueOf(values, name)) return true;
  }
  return false;
}

/**
 * Sentences of one line of source text, each with the spacing after it. A sentence ends at
 * . ! ? ; … or the Greek question mark followed by a space (so "8:00", "3.5" and links stay whole).
 */
function sentences(line: string): string[] {
  return line.match(/[^]*?(?:[.!?;…\u037e]+(?=\s|$)\s*|$)/gu)?.filter((s) => s !== '') ?? [];
}

/** A sentence with the pieces that need a missing value taken out; '' when nothing whole is left. */
function keepWhole(sentence: string, values: TemplateValues): string {
  if (!needsMissing(sentence, values)) return sentence;
  // "(…{{dm_link}})": the bracket goes, the sentence stays.
  let s = sentence.replace(/\s*\([^()]*\)/g, (bracket) => (needsMissing(bracket, values) ? '' : bracket));
  if (!needsMissing(s, values)) return s;
  // "DM us: {{dm_link}}." at the end of a sentence: the value and its colon go.
  s = s.replace(/\s*:\s*(\{\{[^{}]*\}\})(?=[.!?…]*\s*$)/u, (tail, placeholder: string) => (needsMissing(placeholder, values) ? '' : tail));
  if (!needsMissing(s, values)) return s;
  // ", or call us on {{phone}} if that's easier": a joined clause goes, keeping the sentence's end.
  const trail = /([.!?;…\u037e]*)(\s*)$/u.exec(s)!;
  const core = s.slice(0, s.length - trail[0].length);
  const clauses = core.split(/,\s+/);
  if (clauses.length > 1 && !needsMissing(clauses[0]!, values)) {
    const kept = [clauses[0]!];
    for (const clause of clauses.slice(1)) {
      if (!needsMissing(clause, values)) kept.push(clause);
      else if (!JOINING.test(clause)) return '';
    }
    s = kept.join(', ') + trail[1] + trail[2];
    return needsMissing(s, values) ? '' : s;
  }
  return '';
}

export function renderText(text: string, values: TemplateValues): RenderResult {
  const missing: PackVariable[] = [];
  for (const name of variablesIn(text)) if (!valueOf(values, name)) missing.push(name);
  // Leave out what cannot stand without its value, before filling (a value's own dots are not sentence ends).
  const whole = missing.some((m) => !NAME_LIKE.has(m))
    ? text
        .split('\n')
        .map((line) => sentences(line).map((s) => keepWhole(s, values)).join('').trimEnd())
        .join('\n')
    : text;
  // One pass with a callback, so a value that itself contains "{{...}}" is inserted literally.
  const filled = whole.replace(PLACEHOLDER, (_whole, rawName: string) => valueOf(values, rawName.trim()) ?? GAP);
  // Any stray double braces left (malformed text) must not reach a customer either.
  const cleaned = filled.replace(/\{\{|\}\}/g, GAP);
  return { text: cleaned.includes(GAP) ? closeGaps(cleaned) : cleaned.trim(), missing };
}

/**
 * Render one part of a template: the first public reply (`body`), the public close-out or the
 * private follow-up. On X the first reply is the template's short form when it has one, leaving
 * room under 280 for a personal sentence.
 */
export function renderTemplate(
  template: Pick<PackTemplate, 'parts' | 'body' | 'short'>,
  values: TemplateValues,
  part: TemplatePart = 'body',
  platform?: string,
): RenderResult {
  const shortFirst = platform !== undefined && siteByPlatform(platform)?.replyLength.shortForm === true;
  const source = part === 'body' ? (shortFirst && template.short) || templateBody(template) : template.parts[part];
  return source === undefined ? { text: '', missing: [] } : renderText(source, values);
}

/** Every variable any part of the template uses: what a form should offer before inserting. */
export function templateVariables(template: Pick<PackTemplate, 'parts' | 'body' | 'short'>): PackVariable[] {
  const all = [templateBody(template), template.short ?? '', template.parts.closeOut ?? '', template.parts.followUp ?? ''].join('\n');
  return variablesIn(all);
}

/** "Hi {{customer_name}}, sorry" without a name reads "Hi, sorry", not "Hi , sorry". */
function closeGaps(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/[ \t]*\u0000+[ \t]*(?=[,.;:!?)\]]|$)/g, '') // gap before punctuation or line end: drop it and the space before
        .replace(/(^|[(\[])[ \t]*\u0000+[ \t]*/g, '$1') // gap at line start or after an opening bracket
        .replace(/[ \t]*\u0000+[ \t]*/g, ' ') // gap between words: one space
        .replace(/([,;:])(?=[,.;:!?])/g, '') // "Hi, ," after removal
        .replace(/\(\s*\)/g, '') // "()" left from "(case {{case_ref}})"-style text is dropped only when empty
        .replace(/[ \t]{2,}/g, ' ')
        .replace(/^[ \t]*[,;:][ \t]*(\p{Ll})?/u, (_m, c?: string) => (c ? c.toUpperCase() : '')) // "{{name}}, sorry" → "Sorry"
        .replace(/[ \t]*[—–-]$/g, '') // "Thanks — {{agent_name}}" → "Thanks"
        .replace(/[ \t]+$/g, ''),
    )
    .join('\n')
    .trim();
}
