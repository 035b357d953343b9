import { describe, expect, it } from 'vitest';
import { editStats } from '@/lib/health/edit';
import { healthExport, parseHealthExport, teamHealth, templateHealth } from '@/lib/health/report';
import type { Case, LogEvent } from '@/lib/log/events';

const H = 3_600_000;
const T = 'Sorry, your parcel is late. We will refund the shipping within 3 days. Please send us a DM.';
let n = 0;
const ev = (type: LogEvent['type'], at: number, postId: string, extra: Partial<LogEvent> = {}): LogEvent =>
  ({ id: `e${n++}`, type, at, platform: 'x', postId, caseKey: `x:${postId}`, dedupeKey: `d${n}`, ...extra }) as LogEvent;

const TEMPLATES = [
  { id: 'late', lang: 'en', title: 'Late parcel', packId: 'p' },
  { id: 'refund', lang: 'en', title: 'Refund', packId: 'p' },
  { id: 'never', lang: 'pl', title: 'Nigdy', packId: 'p' },
];

describe('template health', () => {
  const events = [
    ev('template_inserted', 1 * H, 'a', { templateId: 'late' }),
    ev('reply_sent', 1.1 * H, 'a', { edit: { templateId: 'late', ...editStats(T, T) } }),
    ev('template_inserted', 2 * H, 'b', { templateId: 'late' }),
    ev('reply_sent', 2.1 * H, 'b', { edit: { templateId: 'late', ...editStats(T, 'Hi! So sorry, a courier brings it today by 6pm, no need to wait.') } }),
    ev('template_inserted', 3 * H, 'c', { templateId: 'late' }),
    ev('reply_sent', 3.1 * H, 'c', { edit: { templateId: 'late', ...editStats(T, T.replace('within 3 days', 'today, we are embarrassed')) } }),
    ev('template_inserted', 4 * H, 'd', { templateId: 'refund', context: { lang: 'en' } }), // inserted, never sent
    ev('template_inserted', 4 * H, 'e', { templateId: 'refund', context: { lang: 'pl' } }), // the Polish pack's "refund": another template
    // Another complaint in b's thread after the reply: a follow-up complaint.
    ev('seen', 5 * H, 'b2', { context: { threadId: 'tb', isComplaint: true } }),
    // One in a's thread before its reply does not count.
    ev('seen', 0.5 * H, 'a2', { context: { threadId: 'ta', isComplaint: true } }),
  ];
  const cases = new Map<string, Pick<Case, 'threadId' | 'lang' | 'postId'>>([
    ['x:a', { threadId: 'ta', lang: 'en', postId: 'a' }],
    ['x:b', { threadId: 'tb', lang: 'en', postId: 'b' }],
    ['x:c', { threadId: 'tc', lang: 'en', postId: 'c' }],
  ]);
  const h = templateHealth(events, cases, TEMPLATES);

  it('counts uses, edit ratios, rewrites, follow-up complaints and never-chosen templates', () => {
    const late = h.rows.find((r) => r.templateId === 'late')!;
    expect(late).toMatchObject({ used: 3, sent: 3, followUps: 1, title: 'Late parcel', lang: 'en' });
    expect(late.medianEditRatio).toBeGreaterThan(0);
    expect(late.medianEditRatio).toBeLessThan(0.5);
    expect(late.rewrittenShare).toBeCloseTo(1 / 3);
    expect(late.followUpShare).toBeCloseTo(1 / 3);
    expect(late.added.some((p) => p.phrase.includes('embarrassed'))).toBe(true);
    expect(h.rows.filter((r) => r.templateId === 'refund').map((r) => [r.lang, r.used, r.sent, r.medianEditRatio, r.title])).toEqual([
      ['en', 1, 0, null, 'Refund'],
      ['pl', 1, 0, null, null],
    ]);
    expect(h.neverChosen.map((t) => t.id)).toEqual(['never']);
  });

  it('exports counts and ratios only, and reads teammates’ files into one picture', () => {
    const file = healthExport(h, [{ id: 'p', version: '1.2.0' }], Date.UTC(2024, 0, 1));
    const text = JSON.stringify(file);
    expect(text).not.toMatch(/embarrassed|courier|Late parcel/);
    const back = parseHealthExport(text);
    expect(back).toEqual(file);
    const team = teamHealth([back, back]);
    expect(team.find((r) => r.templateId === 'late')).toMatchObject({ used: 6, sent: 6, people: 2, followUps: 2 });
    expect(team.find((r) => r.templateId === 'never')).toMatchObject({ neverChosenBy: 2, used: 0, lang: 'pl' });
  });

  it('refuses anything that is not a health export, saying why', () => {
    expect(() => parseHealthExport('{"format":"soothe-log"}', 'log.json')).toThrow(/log\.json: not a template health export/);
    expect(() => parseHealthExport('nope', 'x.json')).toThrow(/not valid JSON/);
    const bad = { format: 'soothe-template-health', version: 1, packs: [], neverChosen: [], templates: [{ templateId: 'a', lang: 'en', used: 1, sent: 1, medianEditRatio: 7, rewrittenShare: 0, followUps: 0 }] };
    expect(() => parseHealthExport(JSON.stringify(bad))).toThrow(/templates\[0\]/);
  });
});
