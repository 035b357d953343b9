/**
 * Linting a pack before it is published: everything parsePack checks (schema, variables, markup,
 * integrity), then every template and FAQ answer through the reply-rule checker in its own
 * language, rendered with sample values as a customer would read it.
 *
 * What each text must pass:
 *   - a template's first reply (body): apology, fix and private channel present, and no error or
 *     warning finding; on X it must also fit the length limit;
 *   - the public close-out and FAQ answers: no error or warning finding except the missing parts
 *     (a close-out need not apologise again, an answer need not apologise at all);
 *   - the private follow-up: as the close-out, and asking for details is fine there;
 *   - every text in the item's declared language (lib/triage/language.ts): a Polish reply filed
 *     under `"lang": "en"` would be offered to English customers.
 *   - a template's short form (its first reply on X): as the body, and it must leave room for one
 *     personal sentence under X's 280 (X_PERSONAL_ROOM).
 *   - a holding statement (`"kind": "holding"`, a public update during a wave of complaints): every
 *     rule of a first reply — it apologises, says what is being done and when the next update
 *     comes (the fix), tells people where to get help one by one (the private channel: the
 *     thousands affected must not post order numbers under it), and never blames, lectures,
 *     argues, hides behind boilerplate or asks for personal data; it fits X. One rule of its own:
 *     it speaks to everyone, so it must not name one customer or one case ({{customer_name}},
 *     {{case_ref}}).
 */
import { checkReply as realCheckReply, type RuleReport } from '../../rules/index';
import { siteByPlatform } from '../../sites/registry';
import { measureReply } from '../../sites/reply-measure';
import { isHoldingStatement, templateBody, type Pack, type PackLanguage, type PackPlatform } from './pack-schema';
import { packReplyTexts } from './pack-texts';
import { parsePack, type ParsePackOptions } from './validate-pack';
import { detectLanguage } from '../../triage/language';

export type ReplyChecker = (text: string, opts: { lang: PackLanguage; platform?: PackPlatform }) => RuleReport;

export interface LintProblem {
  /** `template "delivery.late" body`, `faq "returns.how" answer`, or '' for the pack as a whole. */
  where: string;
  /** Rule id from the checker, or `schema` for validation errors. */
  rule: string;
  message: string;
}

export interface LintResult {
  ok: boolean;
  pack?: Pack;
  problems: LintProblem[];
}

export interface LintOptions extends ParsePackOptions {
  /** The reply-rule checker; the real one unless a test passes its own. */
  checkReply?: ReplyChecker;
}

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', pl: 'Polish', el: 'Greek', other: 'another language' };
/** Weighted characters a short form must leave free on X for a sentence of the manager's own. */
export const X_PERSONAL_ROOM = 70;
/** Variables that address one customer: a holding statement speaks to everyone. */
const ONE_CUSTOMER = /\{\{\s*(customer_name|case_ref)\s*\}\}/;

/** Missing parts are only required of a template's first reply. */
const PART_RULES = new Set(['missing-apology', 'missing-fix', 'missing-private', 'repeated-apology']);

export function lintPack(input: string | unknown, opts: LintOptions = {}): LintResult {
  const parsed = parsePack(input, opts);
  if (!parsed.ok) return { ok: false, problems: parsed.errors.map((message) => ({ where: '', rule: 'schema', message })) };
  const pack = parsed.pack;
  const check = opts.checkReply ?? (realCheckReply as ReplyChecker);
  const problems: LintProblem[] = [];

  for (const t of pack.templates) {
    if (!isHoldingStatement(t)) continue;
    const texts: Array<[string, string | undefined]> = [['body', templateBody(t)], ['short', t.short], ['closeOut', t.parts.closeOut]];
    for (const [part, source] of texts) {
      const found = source && ONE_CUSTOMER.exec(source);
      if (found) problems.push({ where: `template "${t.id}" ${part}`, rule: 'holding-one-customer', message: `a holding statement speaks to everyone; {{${found[1]}}} addresses one customer` });
    }
  }

  for (const { where, lang, source, text, kind, part, platforms } of packReplyTexts(pack)) {
    const seen = new Set<string>();
    const report = (rule: string, message: string) => {
      if (seen.has(`${rule}\u0000${message}`)) return;
      seen.add(`${rule}\u0000${message}`);
      problems.push({ where, rule, message });
    };
    // Language by the text itself (variables out: a name or link says nothing of the language).
    const plain = source.replace(/\{\{[^}]*\}\}/g, ' ');
    const found = detectLanguage(plain);
    // Too few words to tell ("Dzięki!") is not a finding; a text clearly in another language is.
    if (found !== lang && (found !== 'other' || /\p{L}{3,}(?:\P{L}+\p{L}{3,}){3}/u.test(plain))) {
      report('wrong-language', `text reads as ${LANGUAGE_NAMES[found]}, but the ${where.startsWith('faq') ? 'entry' : 'template'} is declared ${LANGUAGE_NAMES[lang]} ("lang": "${lang}")`);
    }
    // Content once (the texts are rendered with sample values, so no raw {{...}} survives); length per platform,
    // since only the length limit depends on it.
    for (const f of check(text, { lang }).findings) {
      if (f.severity === 'info') continue;
      if (kind !== 'reply' && PART_RULES.has(f.rule)) continue;
      if (kind === 'private' && f.rule === 'public-personal-data') continue;
      const span = f.end > f.start ? ` at "${text.slice(f.start, Math.min(f.end, f.start + 60))}"` : '';
      report(f.rule, `${f.hint}${span}`);
    }
    if (kind === 'private') continue; // a DM has no public length limit worth linting
    for (const platform of platforms) {
      for (const f of check(text, { lang, platform }).findings) {
        if (f.rule === 'too-long') report(f.rule, `${f.hint} on ${siteByPlatform(platform)?.label ?? platform} (rendered with sample values)`);
      }
      // Where the site takes the short form as the first reply (X), it must leave room for a sentence of the manager's own.
      const site = siteByPlatform(platform);
      if (part === 'short' && site?.replyLength.shortForm) {
        const room = site.replyLength.limit - (measureReply(platform, text)?.length ?? 0);
        if (room < X_PERSONAL_ROOM) problems.push({ where, rule: `${platform}-no-room`, message: `leaves ${room} of ${site.label}'s ${site.replyLength.limit} characters for a personal sentence (at least ${X_PERSONAL_ROOM}), rendered with sample values` });
      }
    }
  }

  return { ok: problems.length === 0, pack, problems };
}

/** `where: rule: message`, one line per problem. */
export function formatLintProblem(p: LintProblem): string {
  return p.where ? `${p.where}: ${p.rule}: ${p.message}` : p.message;
}
