import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CrisisBanner } from '@/components/panel/CrisisBanner';
import type { PackTemplate } from '@/lib/library/pack/pack-schema';
import { holdingFor } from '@/lib/radar/holding';
import type { StoredAlert } from '@/lib/radar/types';

afterEach(cleanup);

const statement = (id: string, lang: PackTemplate['lang'], category: PackTemplate['category']): PackTemplate => ({
  id,
  kind: 'holding',
  lang,
  category,
  title: `Statement ${id}`,
  triggers: ['down'],
  tags: [],
  parts: {
    acknowledge: "We know many of you can't log in, and we're sorry.",
    fix: "We're fixing it and will post an update here within the hour.",
    private: 'If it cannot wait, send us a DM ({{dm_link}}). — {{signature}}',
  },
  short: 'Short: sorry, fixing it, update within the hour. — {{signature}}',
});

const alert = (over: Partial<StoredAlert> = {}): StoredAlert => ({
  id: 'category:technical:1',
  kind: 'category',
  scope: 'technical',
  count: 9,
  authors: 8,
  startedAt: Date.UTC(2026, 10, 29, 9),
  lastAt: Date.UTC(2026, 10, 29, 9, 40),
  ratePerHour: 9,
  baselinePerHour: 0.5,
  growth: 18,
  platforms: { facebook: 7, x: 2 },
  topTerms: [{ term: 'login', count: 6 }],
  examples: [],
  caseKeys: ['facebook:1'],
  lang: 'en',
  status: 'active',
  detectedAt: Date.UTC(2026, 10, 29, 9, 40),
  doneSteps: [],
  ...over,
});

describe('holdingFor', () => {
  const all = [statement('holding.delivery', 'en', 'delivery'), statement('holding.outage-pl', 'pl', 'technical'), statement('holding.outage', 'en', 'technical')];

  it('offers the wave’s language only, its category first, rendered with the user’s values for the main platform', () => {
    const offers = holdingFor(alert(), all, { signature: 'Alex, Acme', dm_link: 'https://m.me/acme' }, ['en', 'pl']);
    expect(offers.map((o) => o.id)).toEqual(['holding.outage', 'holding.delivery']);
    expect(offers[0]!.text).toContain('send us a DM (https://m.me/acme). — Alex, Acme');
    // Mostly on X: the short form.
    expect(holdingFor(alert({ platforms: { x: 5 } }), all, { signature: 'A' })[0]!.text).toBe('Short: sorry, fixing it, update within the hour. — A');
  });

  it('a value not in settings leaves out what needs it, never a placeholder', () => {
    const [offer] = holdingFor(alert(), all, {});
    expect(offer!.text).not.toMatch(/\{\{|\}\}|\(\s*\)/);
    expect(offer!.text).toContain('within the hour.');
  });

  it('with none in the wave’s language, those in the languages the user answers in', () => {
    expect(holdingFor(alert({ lang: 'el' }), all, {}, ['en']).map((o) => o.id)).toEqual(['holding.outage', 'holding.delivery']);
    expect(holdingFor(alert({ lang: 'el' }), all, {}, ['pl']).map((o) => o.id)).toEqual(['holding.outage-pl']);
  });
});

describe('the crisis banner offers holding statements', () => {
  it('inserts one into the reply box or copies it', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const onInsert = vi.fn(async () => undefined);
    const load = async () => ({ active: [alert()], settings: { procedure: ['Tell PR'] }, holding: [statement('holding.outage', 'en', 'technical')] });
    render(<CrisisBanner load={load} departments={async () => []} actions={{ setSteps: vi.fn(), handOff: vi.fn() }} values={{ signature: 'Alex' }} onInsert={onInsert} />);
    await user.click(await screen.findByText('Holding statements (1)'));
    const offer = await screen.findByTestId('holding-offer');
    expect(within(offer).getByTestId('holding-text').textContent).toContain('— Alex');
    await user.click(within(offer).getByRole('button', { name: 'Insert' }));
    expect(onInsert).toHaveBeenCalledWith(expect.objectContaining({ id: 'holding.outage', text: expect.stringContaining('within the hour') }));
    await user.click(within(offer).getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('within the hour'));
    expect(await screen.findByText('Copied.')).toBeTruthy();
  });
});
