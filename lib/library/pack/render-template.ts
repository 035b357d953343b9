/**
 * Filling a template's `{{variables}}`. The result never contains a raw placeholder: a variable
 * without a value is left out (with the spacing around it tidied) and reported in `missing`, so
 * the caller can ask the manager for it in a small form and render again.
 */
import { PLACEHOLDER, isPackVariable, variablesIn, type PackVariable } from './pack-variables';
import { templateBody, type PackTemplate } from './pack-schema';

/** Values by variable name; empty or blank strings count as missing. */
export type TemplateValues = Partial<Record<PackVariable, string | null | undefined>>;

export interface RenderResult {
  text: string;
  /** Variables the text uses that had no value, in order of first use. */
  missing: PackVariable[];
}

export type TemplatePart = 'body' | 'closeOut' | 'followUp';

const GAP = '\u0000';

export function renderText(text: string, values: TemplateValues): RenderResult {
  const missing: PackVariable[] = [];
  // One pass with a callback, so a value that itself contains "{{...}}" is inserted literally.
  const filled = text.replace(PLACEHOLDER, (_whole, rawName: string) => {
    const name = rawName.trim();
    const value = isPackVariable(name) ? values[name]?.trim() : undefined;
    if (value) return value;
    if (isPackVariable(name) && !missing.includes(name)) missing.push(name);
    return GAP; // unknown names (a pack validated elsewhere has none) are dropped the same way
  });
  // Any stray double braces left (malformed text) must not reach a customer either.
  const cleaned = filled.replace(/\{\{|\}\}/g, GAP);
  return { text: cleaned.includes(GAP) ? closeGaps(cleaned) : cleaned, missing };
}

/** Render one part of a template: the first public reply (`body`), the public close-out or the private follow-up. */
export function renderTemplate(template: Pick<PackTemplate, 'parts' | 'body'>, values: TemplateValues, part: TemplatePart = 'body'): RenderResult {
  const source = part === 'body' ? templateBody(template) : template.parts[part];
  return source === undefined ? { text: '', missing: [] } : renderText(source, values);
}

/** Every variable any part of the template uses: what a form should offer before inserting. */
export function templateVariables(template: Pick<PackTemplate, 'parts' | 'body'>): PackVariable[] {
  const all = [templateBody(template), template.parts.closeOut ?? '', template.parts.followUp ?? ''].join('\n');
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
