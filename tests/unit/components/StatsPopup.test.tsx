import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StatsPopup } from '@/components/StatsPopup';
import { computeStats, type Period } from '@/lib/log/metrics';
import type { Case } from '@/lib/log/events';
import type { PopupStats } from '@/lib/messaging/protocol';
import { formatDuration, pickLocale, STATS_STRINGS } from '@/lib/i18n/stats';

afterEach(cleanup);

const text = (el: Element) => el.textContent ?? '';

const MIN = 60_000;
const NOW = Date.UTC(2024, 2, 10, 12);
const mk = (key: string, f: Partial<Case>): Case => {
  const [platform, postId] = key.split(':') as [Case['platform'], string];
  return { key, platform, postId, firstSeenAt: 0, status: 'open', templateIds: [], lastEventAt: 0, ...f };
};
// Today: one answered after 20 min (opened 5 min before replying), one unanswered. Earlier this week: one answered after 90 min.
const CASES = [
  mk('x:1', { postedAt: NOW - 60 * MIN, firstSeenAt: NOW - 50 * MIN, firstOpenedAt: NOW - 45 * MIN, firstReplyAt: NOW - 40 * MIN, category: 'delivery', templateIds: ['apology'] }),
  mk('facebook:2', { postedAt: NOW - 30 * MIN, firstSeenAt: NOW - 20 * MIN, url: 'https://www.facebook.com/brand/posts/2', category: 'billing' }),
  mk('x:3', { postedAt: NOW - 3 * 24 * 60 * MIN, firstSeenAt: NOW - 3 * 24 * 60 * MIN, firstReplyAt: NOW - 3 * 24 * 60 * MIN + 90 * MIN }),
];

function statsFor(period: Period, extra: Partial<PopupStats> = {}): PopupStats {
  const s = computeStats(CASES, [{ id: 'i', type: 'template_inserted', at: NOW - 42 * MIN, platform: 'x', postId: '1', templateId: 'apology', caseKey: 'x:1', dedupeKey: 'id:i' }], {
    period,
    now: NOW,
    timeZone: 'UTC',
    responseRateTarget: 0.75,
    slaTargetsMs: [30 * MIN, 120 * MIN, 1440 * MIN],
    hasAnyData: true,
  });
  return { ...s, writeFailure: null, ...extra };
}

describe('StatsPopup', () => {
  it('shows a clear empty state to a new user', async () => {
    render(<StatsPopup load={async (p) => ({ ...statsFor(p), ...computeStats([], [], { period: p, now: NOW, timeZone: 'UTC', responseRateTarget: 0.75, slaTargetsMs: [] }), writeFailure: null })} />);
    expect(text(await screen.findByTestId('empty'))).toMatch(/No replies yet/);
    expect(screen.queryByTestId('insertions')).toBeNull();
  });

  it('shows today’s numbers', async () => {
    render(<StatsPopup load={async (p) => statsFor(p)} />);
    expect(text(await screen.findByTestId('seen'))).toBe('2');
    expect(text(screen.getByTestId('answered'))).toBe('1');
    expect(text(screen.getByTestId('response-rate'))).toMatch(/50%.*target 75%.*below target/);
    expect(text(screen.getByTestId('frt-median'))).toMatch('20 min');
    expect(text(screen.getByTestId('frt-p90'))).toMatch('20 min');
    expect(text(screen.getByTestId('handling-median'))).toMatch('5 min');
    expect(text(screen.getByTestId('insertions'))).toBe('1');
    expect(text(screen.getByTestId(`sla-${30 * MIN}`))).toMatch('100%');
    expect(screen.getByTestId('distribution-chart')).toBeTruthy();
    const link = within(screen.getByTestId('unanswered')).getByRole('link');
    expect((link).getAttribute('href')).toBe('https://www.facebook.com/brand/posts/2');
    // The item says where, what about and in words (never the raw key "billing").
    expect(text(within(screen.getByTestId('unanswered')).getByTestId('unanswered-item'))).toMatch('Facebook · Billing');
    expect(within(screen.getByTestId('by-template')).getByText('apology')).toBeTruthy();
  });

  it('switches period and reloads', async () => {
    const load = vi.fn(async (p: Period) => statsFor(p));
    render(<StatsPopup load={load} />);
    await screen.findByTestId('seen');
    await userEvent.click(screen.getByTestId('period-7d'));
    expect(load).toHaveBeenLastCalledWith('7d');
    await vi.waitFor(() => expect(text(screen.getByTestId('seen'))).toBe('3'));
    expect((screen.getByTestId('period-7d')).getAttribute('aria-pressed')).toBe('true');
    expect(text(screen.getByTestId('frt-p90'))).toMatch('1 h 30 min');
    expect(screen.getByTestId('trend-chart')).toBeTruthy();
  });

  it('shows the background’s write-failure notice', async () => {
    const failure = { at: NOW, kind: 'quota' as const, message: 'Soothe could not save to its log: disk full.' };
    render(<StatsPopup load={async (p) => statsFor(p, { writeFailure: failure })} />);
    expect(text(await screen.findByTestId('write-failure'))).toMatch(/not saved.*disk full/);
  });

  it('shows a load error', async () => {
    render(<StatsPopup load={() => Promise.reject(new Error('No answer from the Soothe background'))} />);
    expect(text(await screen.findByTestId('load-error'))).toMatch(/No answer from the Soothe background/);
  });

  it('says there was nothing in a quiet period', async () => {
    render(<StatsPopup load={async (p) => ({ ...statsFor(p), seen: 0, answered: 0, responseRate: null, meetsTarget: null })} />);
    expect(await screen.findByTestId('empty-period')).toBeTruthy();
  });

  it('speaks Polish and Greek', async () => {
    render(<StatsPopup load={async (p) => statsFor(p)} locale="pl" />);
    expect(await screen.findByText('Zauważone skargi')).toBeTruthy();
    expect(text(screen.getByTestId('period-7d'))).toMatch('7 dni');
    cleanup();
    render(<StatsPopup load={async (p) => statsFor(p)} locale="el" />);
    expect(await screen.findByText('Παράπονα που είδατε')).toBeTruthy();
    expect(text(screen.getByTestId('frt-median'))).toMatch('20 λεπ.');
  });
});

describe('StatsPopup, one screen (issue 14)', () => {
  const withPeople = () => {
    const cases = [
      ...CASES,
      mk('x:4', { postedAt: NOW - 95 * MIN, firstSeenAt: NOW - 90 * MIN, url: 'https://x.com/marta/status/4', category: 'delivery', severity: 'no_reproach', author: 'marta_k', authorName: 'Marta K.', excerpt: 'My parcel was due on Monday and still nothing.' }),
      mk('x:5', { postedAt: NOW - 10 * MIN, firstSeenAt: NOW - 9 * MIN, category: 'billing', severity: 'accusation', author: 'sha256:abc' }),
    ];
    return computeStats(cases, [], { period: 'today', now: NOW, timeZone: 'UTC', responseRateTarget: 0.75, slaTargetsMs: [30 * MIN], hasAnyData: true });
  };

  it('names each unanswered complaint: who, what, how long, and a link', async () => {
    render(<StatsPopup load={async () => ({ ...withPeople(), writeFailure: null })} />);
    const items = await screen.findAllByTestId('unanswered-item');
    const marta = items.find((li) => text(li).includes('Marta K.'))!;
    expect(text(within(marta).getByTestId('unanswered-text'))).toBe('My parcel was due on Monday and still nothing.');
    expect(text(within(marta).getByTestId('unanswered-wait'))).toBe('waiting 1 h 35 min');
    expect(within(marta).getByTestId('unanswered-link').getAttribute('href')).toBe('https://x.com/marta/status/4');
    expect(text(marta)).toMatch('X · Delivery · No reproach');
    // Severity words are explained: on the label and in the glossary.
    expect(within(marta).getByTitle('reports a problem without blaming anyone')).toBeTruthy();
    expect(text(screen.getByTestId('severity-help'))).toMatch(/Accusation.*says you did something wrong/);
    // A hashed handle is never shown as a name.
    const hashed = items.find((li) => text(li).includes('Accusation'))!;
    expect(text(within(hashed).getByTestId('unanswered-name'))).toBe('Customer');
    expect(document.body.textContent).not.toMatch(/sha256|no_reproach|accusation\b/);
  });

  it('opens the three oldest waiting complaints and folds the rest, so a long queue keeps the popup short', async () => {
    const many = Array.from({ length: 6 }, (_, i) => mk(`x:w${i}`, { postedAt: NOW - (60 - i) * MIN, firstSeenAt: NOW - (59 - i) * MIN, category: 'delivery', authorName: `Waiting ${i}` }));
    render(<StatsPopup load={async () => ({ ...computeStats(many, [], { period: 'today', now: NOW, timeZone: 'UTC', responseRateTarget: 0.75, slaTargetsMs: [], hasAnyData: true }), writeFailure: null })} />);
    const items = await screen.findAllByTestId('unanswered-item');
    expect(items.map((li) => text(within(li).getByTestId('unanswered-name')))).toEqual([0, 1, 2, 3, 4, 5].map((i) => `Waiting ${i}`));
    expect(items.map((li) => li.closest('details') !== null)).toEqual([false, false, false, true, true, true]);
    const fold = screen.getByTestId('unanswered-fold') as HTMLDetailsElement;
    expect(fold.open).toBe(false);
    expect(text(fold.querySelector('summary')!)).toBe('and 3 more');
  });

  it('shows template titles, folds the details and links the empty state to set-up', async () => {
    const { container } = render(<StatsPopup load={async (p) => statsFor(p)} templateTitle={(id) => (id === 'apology' ? 'Apology for a late parcel' : undefined)} />);
    await screen.findByTestId('seen');
    expect(within(screen.getByTestId('by-template')).getByText('Apology for a late parcel')).toBeTruthy();
    // Details are folded: the charts and tables are inside closed <details>.
    for (const id of ['distribution-chart', 'by-template', 'frt-p90']) expect(screen.getByTestId(id).closest('details')?.open).toBe(false);
    expect(screen.getByTestId('unanswered').closest('details')).toBeNull();
    expect(container.querySelector('main')?.firstElementChild?.textContent).toMatch('Soothe');
    cleanup();
    render(<StatsPopup setupHref="chrome-extension://id/welcome.html" load={async (p) => ({ ...statsFor(p), ...computeStats([], [], { period: p, now: NOW, timeZone: 'UTC', responseRateTarget: 0.75, slaTargetsMs: [] }), writeFailure: null })} />);
    expect((await screen.findByTestId('setup-link')).getAttribute('href')).toBe('chrome-extension://id/welcome.html');
  });

  it('points to set-up while no brand is set, even with numbers', async () => {
    render(<StatsPopup needsSetup setupHref="chrome-extension://id/welcome.html" load={async (p) => statsFor(p)} />);
    const note = await screen.findByTestId('setup-needed');
    expect(text(note)).toMatch(/Tell Soothe your brand/);
    expect(within(note).getByRole('link').getAttribute('href')).toBe('chrome-extension://id/welcome.html');
  });

  it('speaks the chosen language in the lists', async () => {
    render(<StatsPopup locale="pl" load={async () => ({ ...withPeople(), writeFailure: null })} />);
    const items = await screen.findAllByTestId('unanswered-item');
    expect(text(items.find((li) => text(li).includes('Marta K.'))!)).toMatch('X · Dostawa · Bez wyrzutu');
    expect(text(screen.getByTestId('severity-help'))).toMatch('Co znaczą stopnie powagi');
  });
});

describe('stats strings', () => {
  it('picks the first supported browser language', () => {
    expect(pickLocale(['de-DE', 'pl-PL', 'en'])).toBe('pl');
    expect(pickLocale(['el'])).toBe('el');
    expect(pickLocale(['fr'])).toBe('en');
    expect(pickLocale(undefined)).toBe('en');
  });

  it('has every string in every language', () => {
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(STATS_STRINGS.pl)).toEqual(keys(STATS_STRINGS.en));
    expect(keys(STATS_STRINGS.el)).toEqual(keys(STATS_STRINGS.en));
  });

  it('formats durations', () => {
    const t = STATS_STRINGS.en;
    expect(formatDuration(null, t)).toBe('–');
    expect(formatDuration(30_000, t)).toBe('< 1 min');
    expect(formatDuration(45 * MIN, t)).toBe('45 min');
    expect(formatDuration(120 * MIN, t)).toBe('2 h');
    expect(formatDuration(26 * 60 * MIN, t)).toBe('1 d 2 h');
  });
});

describe('StatsPopup with stored junk (issue 13, item 3)', () => {
  it('renders object-valued labels as text instead of going blank', async () => {
    const junk = { a: 1 } as unknown as string;
    const CASES_JUNK = [mk('x:9', { firstSeenAt: NOW - 10 * MIN, firstReplyAt: NOW - 5 * MIN, category: junk, templateIds: [junk], url: junk })];
    const s = computeStats(CASES_JUNK, [{ id: 'j', type: 'template_inserted', at: NOW - 6 * MIN, platform: 'x', postId: '9', templateId: junk, caseKey: 'x:9', dedupeKey: 'id:j' }], {
      period: 'today', now: NOW, timeZone: 'UTC', responseRateTarget: 0.75, slaTargetsMs: [30 * MIN], hasAnyData: true,
    });
    render(<StatsPopup load={async () => ({ ...s, writeFailure: null })} />);
    expect(text(await screen.findByTestId('seen'))).toBe('1');
    expect(document.body.textContent).toContain('[object Object]');
  });
});

describe('StatsPopup: corrected categories', () => {
  it('says how often the manager corrected triage\'s category, of the answered complaints, in the popup\'s language', async () => {
    // Case x:1 was filed under billing by triage; the manager set delivery before answering it.
    const corrected = CASES.map((c) => (c.key === 'x:1' ? { ...c, correctedFrom: { complaint: true, category: 'billing' as const } } : c));
    const load = async (p: Period) => ({ ...computeStats(corrected, [], { period: p, now: NOW, timeZone: 'UTC', responseRateTarget: 0.75, slaTargetsMs: [], hasAnyData: true }), writeFailure: null });
    render(<StatsPopup load={load} initialPeriod="7d" />);
    expect(text(await screen.findByTestId('category-corrected'))).toBe('Category corrected in 1 of 2 answered complaints');
    cleanup();
    render(<StatsPopup load={load} initialPeriod="7d" locale="pl" />);
    expect(text(await screen.findByTestId('category-corrected'))).toBe(STATS_STRINGS.pl.categoryCorrected(1, 2));
    cleanup();
    // Nothing answered: no line to show.
    render(<StatsPopup load={async (p) => ({ ...statsFor(p), answered: 0, categoryCorrected: 0 })} />);
    await screen.findByTestId('seen');
    expect(screen.queryByTestId('category-corrected')).toBeNull();
  });
});
