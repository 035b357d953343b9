import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPack, formatLintProblem, X_PERSONAL_ROOM } from '../../../lib/library/pack/pack-lint';
import { SAMPLE_VALUES } from '../../../lib/library/pack/pack-samples';
import { renderTemplate } from '../../../lib/library/pack/render-template';
import { TEMPLATE_CATEGORIES, templateBody, type Pack } from '../../../lib/library/pack/pack-schema';
import { parsePack } from '../../../lib/library/pack/validate-pack';
import { checkReply, X_LIMIT, xLength } from '../../../lib/rules/index';
import { detectLanguage } from '../../../lib/triage/language';

const LANGS = ['en', 'pl', 'el'] as const;
const fileOf = (lang: string) => resolve(__dirname, `../../../assets/packs/${lang}.json`);

function load(lang: string): Pack {
  const r = parsePack(readFileSync(fileOf(lang), 'utf8'));
  if (!r.ok) throw new Error(`${lang}.json does not validate:\n${r.errors.join('\n')}`);
  return r.pack;
}

describe.each(LANGS)('default pack %s', (lang) => {
  it('validates', () => {
    expect(parsePack(readFileSync(fileOf(lang), 'utf8'))).toMatchObject({ ok: true });
  });

  it('is in its own language only', () => {
    const pack = load(lang);
    expect(pack.languages).toEqual([lang]);
    for (const t of pack.templates) {
      expect(t.lang).toBe(lang);
      expect(detectLanguage(templateBody(t)), t.id).toBe(lang);
    }
    for (const f of pack.faq) expect(detectLanguage(f.answer), f.id).toBe(lang);
  });

  it('has at least two templates for every category and at least five FAQ entries', () => {
    const pack = load(lang);
    for (const category of TEMPLATE_CATEGORIES) {
      expect(pack.templates.filter((t) => t.category === category).length, category).toBeGreaterThanOrEqual(2);
    }
    expect(pack.faq.length).toBeGreaterThanOrEqual(5);
  });

  it('lints clean: every reply passes the rule checker in its language, on X and Facebook', () => {
    const result = lintPack(readFileSync(fileOf(lang), 'utf8'));
    expect(result.problems.map(formatLintProblem)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('every first reply apologises, fixes and takes it private by the checker itself', () => {
    for (const t of load(lang).templates) {
      const r = checkReply(templateBody(t).replace(/\{\{\s*\w+\s*\}\}/g, 'X'), { lang });
      expect({ id: t.id, apology: r.apology, fix: r.fix, private: r.private, ok: r.ok }).toEqual({ id: t.id, apology: true, fix: true, private: true, ok: true });
    }
  });
});

describe('default pack text', () => {
  it('Polish uses diacritics and formal address; Greek uses accented polite plural', () => {
    const pl = JSON.stringify(load('pl').templates);
    expect(pl).toMatch(/[ąćęłńóśźż]/);
    expect(pl).toMatch(/Pan\/Pani|Pana\/Pani|Panu\/Pani/);
    expect(pl).not.toMatch(/(?<!\p{L})(twoje|twój|twoja|twojego|ciebie|tobie)(?!\p{L})/iu); // no informal "you"
    const el = JSON.stringify(load('el').templates);
    expect(el).toMatch(/[άέήίόύώ]/);
    expect(el).toMatch(/(?<!\p{L})σας(?!\p{L})/u);
    expect(el).toMatch(/Στείλτε/); // polite plural imperative
  });
});

describe('docs/packs.md', () => {
  it('its example pack validates and lints clean', () => {
    const doc = readFileSync(resolve(__dirname, '../../../docs/packs.md'), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    expect(lintPack(example!).problems.map(formatLintProblem)).toEqual([]);
  });
});

describe('starter replies are whole with any values, and fit X with room to spare', () => {
  const SAMPLE: Record<string, Record<string, string>> = { en: SAMPLE_VALUES.en, pl: SAMPLE_VALUES.pl, el: SAMPLE_VALUES.el };
  it.each(LANGS)('%s: every first reply uses the signature and the DM link', (lang) => {
    for (const t of load(lang).templates) {
      expect(templateBody(t), t.id).toContain('{{signature}}');
      expect(templateBody(t), t.id).toContain('{{dm_link}}');
      expect(t.short, t.id).toContain('{{signature}}');
    }
  });

  it.each(LANGS)('%s: on X the reply leaves at least 70 characters for a personal sentence', (lang) => {
    for (const t of load(lang).templates) {
      const text = renderTemplate(t, SAMPLE[lang]!, 'body', 'x').text;
      expect(X_LIMIT - xLength(text), t.id).toBeGreaterThanOrEqual(X_PERSONAL_ROOM);
    }
  });

  it.each(LANGS)('%s: with no values at all, each reply still apologises, fixes and takes it private (no sentence left broken)', (lang) => {
    for (const t of load(lang).templates) {
      for (const platform of ['x', 'facebook'] as const) {
        const { text, missing } = renderTemplate(t, {}, 'body', platform);
        expect(missing.length, t.id).toBeGreaterThan(0);
        expect(text, `${t.id} ${platform}`).not.toMatch(/\{\{|\}\}|\(\s*\)|\s[,.;:]|[,:]$|—$/);
        const r = checkReply(text, { lang, platform });
        expect({ id: t.id, platform, apology: r.apology, fix: r.fix, private: r.private, ok: r.ok }).toEqual({ id: t.id, platform, apology: true, fix: true, private: true, ok: true });
      }
    }
  });
});
