/**
 * Every text of a pack that reaches a customer, in the pack lint's order: each template's first reply (`body`), its
 * short form, public close-out and private follow-up, and each FAQ answer. The lint checks these; the blame model's
 * training reads the default packs' as replies that must never read as blaming.
 */
import { templateBody, type Pack, type PackLanguage } from './pack-schema';
import { SAMPLE_VALUES } from './pack-samples';
import { renderText } from './render-template';

export type PackTextKind = 'reply' | 'public' | 'private';

export interface PackText {
  /** Where in the pack, as the lint names it: `template "id" body`. */
  where: string;
  lang: PackLanguage;
  /** The text as written, with its {{variables}}. */
  source: string;
  /** Rendered with the language's sample values, as a customer would read it. */
  text: string;
  kind: PackTextKind;
}

export function packReplyTexts(pack: Pack): PackText[] {
  const out: PackText[] = [];
  const add = (where: string, lang: PackLanguage, source: string | undefined, kind: PackTextKind) => {
    if (source) out.push({ where, lang, source, text: renderText(source, SAMPLE_VALUES[lang]).text, kind });
  };
  for (const t of pack.templates) {
    add(`template "${t.id}" body`, t.lang, templateBody(t), 'reply');
    add(`template "${t.id}" short`, t.lang, t.short, 'reply');
    add(`template "${t.id}" closeOut`, t.lang, t.parts.closeOut, 'public');
    add(`template "${t.id}" followUp`, t.lang, t.parts.followUp, 'private');
  }
  for (const f of pack.faq) add(`faq "${f.id}" answer`, f.lang, f.answer, 'public');
  return out;
}
