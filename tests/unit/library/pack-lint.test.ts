import { describe, expect, it } from 'vitest';
import { formatLintProblem, lintPack, type ReplyChecker } from '../../../lib/library/pack/pack-lint';
import type { RuleReport } from '../../../lib/rules/index';
import { faq, makePack, template } from './fixtures';

/** A stand-in checker: flags the literal words BLAME, MISSING and LONG so the filtering can be tested exactly. */
const stub: ReplyChecker = (text, { platform }) => {
  const findings: RuleReport['findings'] = [];
  const at = (word: string) => text.indexOf(word);
  if (at('BLAME') >= 0) findings.push({ rule: 'blame', severity: 'error', start: at('BLAME'), end: at('BLAME') + 5, hint: 'blames' });
  if (at('MISSING') >= 0) findings.push({ rule: 'missing-fix', severity: 'warning', start: 0, end: 0, hint: 'no fix' });
  if (at('ASK') >= 0) findings.push({ rule: 'public-personal-data', severity: 'error', start: at('ASK'), end: at('ASK') + 3, hint: 'asks in public' });
  if (platform === 'x' && at('LONG') >= 0) findings.push({ rule: 'too-long', severity: 'error', start: 0, end: text.length, hint: 'too long' });
  return { apology: true, fix: true, private: true, blame: false, ok: findings.length === 0, findings };
};

describe('lintPack', () => {
  it('passes schema errors through, naming the template', () => {
    const t = template('a');
    t.parts.fix = 'We will call {{nme}}.';
    const r = lintPack(makePack({ templates: [t] }), { checkReply: stub });
    expect(r.ok).toBe(false);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ where: '', rule: 'schema' });
    expect(formatLintProblem(r.problems[0]!)).toContain('templates[0] (id "a").parts.fix: unknown variable {{nme}}');
  });

  it('requires the parts of a good reply only of the first reply; checks blame everywhere', () => {
    const t = template('a', {
      parts: {
        acknowledge: 'Sorry MISSING.',
        fix: 'Fix.',
        private: 'DM us.',
        closeOut: 'Solved MISSING BLAME.',
        followUp: 'How is it? ASK BLAME',
      },
    });
    const r = lintPack(makePack({ templates: [t], faq: [faq('f', { answer: 'Answer MISSING.' })] }), { checkReply: stub });
    expect(r.problems.map(formatLintProblem)).toEqual([
      'template "a" body: missing-fix: no fix',
      'template "a" closeOut: blame: blames at "BLAME"',
      'template "a" followUp: blame: blames at "BLAME"',
    ]);
  });

  it('checks the length per platform the template is meant for, with sample values filled in', () => {
    const t = template('a', { parts: { acknowledge: 'Sorry {{customer_name}}.', fix: 'LONG fix.', private: 'DM us.' } });
    const everywhere = lintPack(makePack({ templates: [t] }), { checkReply: stub });
    expect(everywhere.problems.map(formatLintProblem)).toEqual(['template "a" body: too-long: too long on X (rendered with sample values)']);
    const facebookOnly = lintPack(makePack({ templates: [{ ...t, platforms: ['facebook'] }] }), { checkReply: stub });
    expect(facebookOnly.ok).toBe(true);
  });

  it('gives the checker the rendered text in the template language', () => {
    const seen: Array<[string, string]> = [];
    const spy: ReplyChecker = (text, opts) => {
      seen.push([text, opts.lang]);
      return stub(text, opts);
    };
    const t = template('a', { lang: 'pl', parts: { acknowledge: 'Przepraszamy, {{customer_name}}.', fix: 'Dziś.', private: 'Prosimy o wiadomość prywatną.' } });
    lintPack(makePack({ languages: ['pl'], templates: [t], faq: [] }), { checkReply: spy });
    expect(seen[0]).toEqual(['Przepraszamy, Anna. Dziś. Prosimy o wiadomość prywatną.', 'pl']);
  });

  it('with the real checker, flags a reply that blames the customer and uses boilerplate', () => {
    const t = template('bad', {
      parts: {
        acknowledge: 'We apologise for any inconvenience.',
        fix: 'It is your fault for not reading the delivery terms.',
        private: 'Please send us a DM.',
      },
    });
    const r = lintPack(makePack({ templates: [t] }));
    const rules = r.problems.map((p) => p.rule);
    expect(r.ok).toBe(false);
    expect(rules).toContain('boilerplate');
    expect(rules).toContain('blame');
    expect(r.problems.every((p) => p.where === 'template "bad" body')).toBe(true);
  });

  it('flags a template or FAQ answer whose text is not in the declared language', () => {
    const polishUnderEn = template('pl-in-en', {
      parts: {
        acknowledge: 'Bardzo przepraszamy, {{customer_name}}, że paczka jeszcze nie dotarła.',
        fix: 'Sprawdzimy to u kuriera i odpiszemy jeszcze dziś.',
        private: 'Prosimy o wiadomość prywatną z numerem zamówienia.',
      },
    });
    const greekAnswer = faq('el-in-en', { answer: 'Η παράδοση διαρκεί συνήθως δύο με τέσσερις εργάσιμες ημέρες.' });
    const englishOk = template('en-ok');
    const r = lintPack(makePack({ templates: [polishUnderEn, englishOk], faq: [greekAnswer] }), { checkReply: stub });
    const wrong = r.problems.filter((p) => p.rule === 'wrong-language');
    expect(wrong.map((p) => p.where)).toEqual(['template "pl-in-en" body', 'faq "el-in-en" answer']);
    expect(wrong[0]!.message).toContain('Polish');
    expect(wrong[1]!.message).toContain('Greek');
    // An English template declared Polish is caught the other way round.
    const enUnderPl = template('en-in-pl', { lang: 'pl', parts: { acknowledge: 'We are so sorry your order is late.', fix: 'We will call the courier today and write back.', private: 'Please send us a DM.' } });
    const r2 = lintPack(makePack({ languages: ['pl'], templates: [enUnderPl], faq: [] }), { checkReply: stub });
    expect(r2.problems.map((p) => p.rule)).toContain('wrong-language');
  });
});
