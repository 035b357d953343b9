/**
 * Every text of a pack that reaches a customer, in the pack lint's order, with the platforms it is sent on: each
 * template's first reply (`body`, on the platforms that do not take the short form), its short form (on those that
 * do, X), its public close-out and private follow-up, and each FAQ answer. The pack lint checks exactly these; the
 * blame model's training reads the default packs' as replies that must never read as blaming.
 */
import { siteByPlatform } from '../../sites/registry';
import { PACK_PLATFORMS, templateBody, type Pack, type PackLanguage, type PackPlatform, type PackTemplate } from './pack-schema';
import { SAMPLE_VALUES } from './pack-samples';
import { renderText } from './render-template';

/** `reply`: a first reply (every reply rule); `public`: a later public post; `private`: a DM. */
export type PackTextKind = 'reply' | 'public' | 'private';
/** Which part of its template (or FAQ entry) a text is. */
export type PackTextPart = 'body' | 'short' | 'closeOut' | 'followUp' | 'answer';

export interface PackText {
  /** Where in the pack, as the lint names it: `template "id" body`. */
  where: string;
  lang: PackLanguage;
  /** The text as written, with its {{variables}}. */
  source: string;
  /** Rendered with the language's sample values, as a customer would read it. */
  text: string;
  kind: PackTextKind;
  part: PackTextPart;
  /** The platforms this text is posted on (its length limit is theirs). */
  platforms: readonly PackPlatform[];
  /** The template it belongs to; absent for FAQ answers. */
  template?: PackTemplate;
}

/** Platforms where `t`'s short form, not its body, is the first reply. */
export function shortFormPlatforms(t: PackTemplate): PackPlatform[] {
  return t.short ? (t.platforms ?? PACK_PLATFORMS).filter((p) => siteByPlatform(p)?.replyLength.shortForm) : [];
}

export function packReplyTexts(pack: Pack): PackText[] {
  const out: PackText[] = [];
  const add = (owner: string, part: PackTextPart, lang: PackLanguage, source: string | undefined, kind: PackTextKind, platforms: readonly PackPlatform[], template?: PackTemplate) => {
    if (source) out.push({ where: `${owner} ${part}`, lang, source, text: renderText(source, SAMPLE_VALUES[lang]).text, kind, part, platforms, ...(template ? { template } : {}) });
  };
  for (const t of pack.templates) {
    const platforms = t.platforms ?? PACK_PLATFORMS;
    const shortOn = shortFormPlatforms(t);
    const owner = `template "${t.id}"`;
    add(owner, 'body', t.lang, templateBody(t), 'reply', platforms.filter((p) => !shortOn.includes(p)), t);
    if (shortOn.length) add(owner, 'short', t.lang, t.short, 'reply', shortOn, t);
    add(owner, 'closeOut', t.lang, t.parts.closeOut, 'public', platforms, t);
    add(owner, 'followUp', t.lang, t.parts.followUp, 'private', platforms, t);
  }
  for (const f of pack.faq) add(`faq "${f.id}"`, 'answer', f.lang, f.answer, 'public', PACK_PLATFORMS);
  return out;
}
