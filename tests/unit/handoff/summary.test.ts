import { describe, expect, it } from 'vitest';
import type { Department } from '@/lib/handoff/departments';
import { buildHandOffSummary, mailtoLink, type HandOffCase } from '@/lib/handoff/summary';
import { HANDOFF_STRINGS } from '@/lib/i18n/handoff';
import { PANEL_STRINGS } from '@/lib/i18n/panel';
import type { TriageResult } from '@/lib/triage';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 0, 10, 12, 0);
const billing: Department = { id: 'billing', name: 'Billing', email: 'billing@shop.example', agreedMs: 8 * HOUR };
const triage: TriageResult = { lang: 'en', complaint: true, score: 0.9, category: 'billing', severity: 'accusation', escalation: true, escalations: ['chargeback', 'press'], flags: [], priority: 80 };
const theCase: HandOffCase = {
  url: 'https://reviews.example/r/1',
  author: 'Marta Nowak',
  text: 'Charged twice.\nI will do a chargeback and tell the press.',
  triage,
  postedAt: NOW - (2 * HOUR + 5 * 60_000),
};
const en = { t: PANEL_STRINGS.en, h: HANDOFF_STRINGS.en };

describe('hand-off summary', () => {
  it('carries link, author, text, language, category, severity, escalation, waiting time and the agreed time', () => {
    const { subject, body } = buildHandOffSummary(theCase, billing, NOW, en.t, en.h);
    expect(subject).toBe('[!] Customer case to handle: Billing (Marta Nowak)');
    const lines = body.split('\n');
    expect(lines[0]).toBe('Hello Billing,');
    expect(lines).toContain('Link: https://reviews.example/r/1');
    expect(lines).toContain('Customer: Marta Nowak');
    expect(lines).toContain('Language: English');
    expect(lines).toContain('Category: Billing');
    expect(lines).toContain('Severity: Accusation');
    expect(lines).toContain('Escalation: chargeback, press / going public');
    expect(lines).toContain('Waiting for: 2 h 5 min');
    expect(lines).toContain('Agreed reply time: 8 h');
    // The customer's words are quoted line by line.
    expect(lines).toContain('> Charged twice.');
    expect(lines).toContain('> I will do a chargeback and tell the press.');
  });

  it('says what it does not know instead of guessing', () => {
    const { subject, body } = buildHandOffSummary({ url: null, author: null, text: 'x', triage: null, postedAt: null }, billing, NOW, en.t, en.h);
    expect(subject).toBe('Customer case to handle: complaint');
    expect(body).toContain('Link: unknown');
    expect(body).toContain('Customer: unknown');
    expect(body).toContain('Language: unknown');
    expect(body).toContain('Escalation: none');
    expect(body).toContain('Waiting for: unknown (the page shows no time)');
  });

  it('cuts very long posts (the link carries the rest)', () => {
    const { body } = buildHandOffSummary({ ...theCase, text: 'a'.repeat(5000) }, billing, NOW, en.t, en.h);
    const quoted = body.split('\n').find((l) => l.startsWith('> '))!;
    expect(quoted).toBe(`> ${'a'.repeat(1500)}…`);
  });

  it('speaks the panel language (Polish, Greek)', () => {
    const pl = buildHandOffSummary(theCase, billing, NOW, PANEL_STRINGS.pl, HANDOFF_STRINGS.pl).body;
    expect(pl).toContain('Klient: Marta Nowak');
    expect(pl).toContain(`Kategoria: ${PANEL_STRINGS.pl.categories.billing}`);
    const el = buildHandOffSummary(theCase, billing, NOW, PANEL_STRINGS.el, HANDOFF_STRINGS.el).body;
    expect(el).toContain('Πελάτης: Marta Nowak');
  });

  it('makes a mailto: link whose subject and body decode back to the summary', () => {
    const summary = buildHandOffSummary(theCase, billing, NOW, en.t, en.h);
    const link = mailtoLink(billing, summary)!;
    expect(link.startsWith('mailto:billing@shop.example?subject=')).toBe(true);
    const params = link.slice(link.indexOf('?') + 1).split('&').map((p) => p.split('='));
    expect(params.map(([k]) => k)).toEqual(['subject', 'body']);
    expect(decodeURIComponent(params[0]![1]!)).toBe(summary.subject);
    expect(decodeURIComponent(params[1]![1]!)).toBe(summary.body);
    // No raw "&", "?" or newline from the text can break the link apart.
    expect(params[1]![1]).not.toMatch(/[\n&?]/);
    expect(mailtoLink({ ...billing, email: '' }, summary)).toBeNull();
  });
});
