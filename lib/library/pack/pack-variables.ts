/**
 * The variables a template or FAQ answer may use, written `{{name}}`. The list is closed on purpose:
 * a typo such as `{{custmer_name}}` would otherwise reach a customer as raw text.
 */
export const PACK_VARIABLES = [
  'customer_name',
  'agent_name',
  'signature',
  'brand',
  'dm_link',
  'phone',
  'email',
  'eta',
  'case_ref',
] as const;

export type PackVariable = (typeof PACK_VARIABLES)[number];

/**
 * Values that belong to one case, not to the manager's settings: worth asking for before
 * inserting. The others (name, signature, brand, channels) come from settings; when one is not
 * set, its sentence is left out rather than asked for on every reply.
 */
export const CASE_VARIABLES: readonly PackVariable[] = ['customer_name', 'eta', 'case_ref'];

const KNOWN = new Set<string>(PACK_VARIABLES);

export function isPackVariable(name: string): name is PackVariable {
  return KNOWN.has(name);
}

/** `{{ name }}` with optional inner spaces; the name itself is whatever sits between the braces. */
export const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

export interface PlaceholderProblem {
  /** What is wrong, e.g. `unknown variable {{custmer_name}}`. */
  message: string;
  index: number;
}

/** Variables used by a text, in order of first use, without duplicates. */
export function variablesIn(text: string): PackVariable[] {
  const seen: PackVariable[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    const name = m[1] ?? '';
    if (isPackVariable(name) && !seen.includes(name)) seen.push(name);
  }
  return seen;
}

/** Unknown variable names and stray braces (`{{name}`, `{{`, `}}`) left after removing real placeholders. */
export function placeholderProblems(text: string): PlaceholderProblem[] {
  const problems: PlaceholderProblem[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    const name = m[1] ?? '';
    if (!isPackVariable(name)) {
      problems.push({
        message: name === '' ? 'empty placeholder {{}}' : `unknown variable {{${name}}} (known: ${PACK_VARIABLES.join(', ')})`,
        index: m.index ?? 0,
      });
    }
  }
  // Blank out well-formed placeholders (keeping offsets) and look for leftover double braces.
  const rest = text.replace(PLACEHOLDER, (whole) => ' '.repeat(whole.length));
  for (const m of rest.matchAll(/\{\{|\}\}/g)) {
    problems.push({ message: `unbalanced "${m[0]}" (a placeholder is written {{name}})`, index: m.index ?? 0 });
  }
  return problems.sort((a, b) => a.index - b.index);
}
