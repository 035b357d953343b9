/**
 * Markup in pack text. Packs come from URLs and files a team lead controls, not the user, so any
 * HTML, `javascript:` URL or inline event handler is refused outright, even though the extension
 * only ever renders pack text as text: a pack that carries markup is broken or hostile.
 */
const CHECKS: Array<{ pattern: RegExp; what: string }> = [
  { pattern: /<\s*\/?\s*[a-z][a-z0-9:-]*(?=[\s/>]|$)/i, what: 'an HTML tag' },
  { pattern: /<!--|<!\[CDATA\[|<!doctype/i, what: 'HTML markup' },
  { pattern: /\b(?:javascript|vbscript|livescript)\s*:/i, what: 'a script URL' },
  { pattern: /\bdata\s*:\s*(?:text\/html|image\/svg|application\/(?:x-)?javascript)/i, what: 'a data: URL with active content' },
  { pattern: /\bon[a-z]{3,}\s*=\s*["'`]?[\w$(]/i, what: 'an inline event handler' },
  { pattern: /&(?:#x?[0-9a-f]+|lt|gt|quot|amp|apos);/i, what: 'an HTML entity' },
];

/** A description of the first markup found (with the offending snippet), or null when the text is plain. */
export function findMarkup(text: string): string | null {
  for (const { pattern, what } of CHECKS) {
    const m = pattern.exec(text);
    if (m) {
      const snippet = text.slice(m.index, m.index + 24).replace(/\s+/g, ' ');
      return `contains ${what} ("${snippet}${text.length > m.index + 24 ? '…' : ''}"); pack text must be plain text`;
    }
  }
  return null;
}
