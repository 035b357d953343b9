import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ReplyPanel } from '../../../components/ReplyPanel';
import type { CaseSession, PanelData } from '../../../lib/content/case/contract';
import { PANEL_STRINGS } from '../../../lib/i18n/panel';
import type { SuggestionView } from '../../../lib/background/analyse';
import type { RuleReport } from '../../../lib/rules';
import type { TriageResult } from '../../../lib/triage';

const t = PANEL_STRINGS.en;
const MIN = 60_000;

const triage: TriageResult = {
  lang: 'en', complaint: true, score: 0.9, category: 'delivery', severity: 'accusation',
  escalation: true, escalations: ['chargeback'], flags: [], priority: 70,
};

const template = (id: string, acknowledge: string): SuggestionView => ({
  kind: 'template', id, packId: 'app.soothe.starter-en', title: `Title ${id}`, category: 'delivery', score: 0.5, reasons: [],
  template: { parts: { acknowledge, fix: 'We will refund you today.', private: 'Please DM us.', ...(id === 'a' ? { closeOut: 'All sorted, {{customer_name}}. Thanks for your patience.' } : {}) } }, faq: null,
});

function fakeController(over: Partial<PanelData> = {}, report: RuleReport | null = null) {
  const data: PanelData = {
    platform: 'x',
    focus: { id: '1', text: 'Where is my parcel? Chargeback next.', author: 'Marta K.', postedAt: Date.now() - 95 * MIN },
    triage,
    suggestions: [template('a', 'Sorry {{customer_name}}, that is late.'), template('b', 'Sorry, {{eta}} is when it comes.')],
    queue: [],
    values: { customer_name: 'Marta' },
    targetsMs: [30 * MIN, 120 * MIN, 1440 * MIN],
    ...over,
  };
  const controller: CaseSession = {
    analyse: vi.fn(async () => data),
    insert: vi.fn(async () => ({ kind: 'ok' as const, text: t.inserted })),
    watchDraft: vi.fn((onReport) => {
      onReport(report);
      return () => {};
    }),
    resolve: vi.fn(async () => null),
    rememberCaret: vi.fn(),
    focusComposer: vi.fn(),
    revealPost: vi.fn(),
  };
  return controller;
}

function mount(controller: CaseSession) {
  const onInserted = vi.fn();
  const onClose = vi.fn();
  render(<ReplyPanel session={controller} notice={null} t={t} onInserted={onInserted} onClose={onClose} />);
  return { onInserted, onClose };
}

/**
 * The suggestions are shown and the list has taken focus, as it does once after they load (an effect that runs after
 * the render): a test that moves focus before that would see it taken back, more often on a loaded machine.
 */
async function listFocused() {
  await screen.findByText('Title a');
  await waitFor(() => expect(document.activeElement?.hasAttribute('data-soothe-reply')).toBe(true));
}

describe('ReplyPanel', () => {
  it('when the thread reader could not read the post, says so and still offers the replies to insert', async () => {
    const controller = fakeController({ focus: { id: null, text: null, author: null, postedAt: null }, triage: null });
    mount(controller);
    await screen.findByText('Title a');
    expect(screen.getByText(t.unreadPost)).toBeTruthy();
    expect(document.querySelector('[data-soothe="post-text"]')).toBeNull();
    await waitFor(() => expect(document.activeElement?.getAttribute('data-soothe-reply')).toBe('a'));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(controller.insert).toHaveBeenCalledWith(expect.objectContaining({ templateId: 'a' })));
  });

  it('shows triage, the clock against each target, and previews with known values filled in', async () => {
    mount(fakeController());
    await screen.findByText('Title a');
    expect(screen.getByText('Delivery')).toBeTruthy();
    expect(screen.getByText(/Escalation: chargeback/)).toBeTruthy();
    const clock = document.querySelector('[data-soothe="clock"]')!.textContent!;
    expect(clock).toContain('Waiting 1 h 35 min');
    expect(clock).toMatch(/30 min ✗.*2 h ✓.*1 d ✓/);
    expect(screen.getByText(/Sorry Marta, that is late\./)).toBeTruthy();
    // A value still missing: the preview is exactly what would go in (the sentence that needs it
    // left out, never a broken one or a raw placeholder), and the reply says what it needs.
    const b = document.querySelector('[data-soothe-reply="b"]')!;
    expect(b.querySelector('.soothe-reply-body')!.textContent).toBe('We will refund you today. Please DM us.');
    expect(b.getAttribute('data-missing')).toBe('When (ETA)');
    expect(b.textContent).toContain(t.needs('When (ETA)'));
    expect(document.querySelector('[data-soothe-reply="a"]')!.hasAttribute('data-missing')).toBe(false);
    expect(document.body.textContent).not.toContain('{{');
  });

  it('inserts by keyboard: Enter on the focused suggestion inserts its rendered text', async () => {
    const controller = fakeController();
    const { onInserted } = mount(controller);
    await screen.findByText('Title a');
    await waitFor(() => expect(document.activeElement?.getAttribute('data-soothe-reply')).toBe('a'));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(controller.insert).toHaveBeenCalled());
    expect(controller.insert).toHaveBeenCalledWith({
      text: 'Sorry Marta, that is late. We will refund you today. Please DM us.',
      templateId: 'a',
    });
    expect(onInserted).toHaveBeenCalledWith({ kind: 'ok', text: t.inserted });
  });

  it('asks for missing values in a small form before inserting', async () => {
    const controller = fakeController();
    mount(controller);
    await listFocused();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    const field = await screen.findByLabelText('When (ETA)');
    expect(document.activeElement).toBe(field);
    // The form's preview is what goes in, live: without the value the sentence is left out.
    const preview = () => document.querySelector('[data-soothe="form-preview"]')!.textContent;
    expect(preview()).toBe('We will refund you today. Please DM us.');
    await userEvent.type(field, 'Friday');
    expect(preview()).toBe('Sorry, Friday is when it comes. We will refund you today. Please DM us.');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(controller.insert).toHaveBeenCalledWith(expect.objectContaining({ text: expect.stringContaining('Sorry, Friday is when it comes.') })));
  });

  it('"Insert without them" inserts exactly the preview: whole sentences only', async () => {
    const controller = fakeController();
    mount(controller);
    await listFocused();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await screen.findByLabelText('When (ETA)');
    const preview = document.querySelector('[data-soothe="form-preview"]')!.textContent;
    await userEvent.click(screen.getByRole('button', { name: t.insertWithout }));
    await waitFor(() => expect(controller.insert).toHaveBeenCalledWith({ text: preview, templateId: 'b' }));
  });

  it('Esc leaves the form first, then closes the panel', async () => {
    const { onClose } = mount(fakeController());
    await listFocused();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await screen.findByLabelText('When (ETA)');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByLabelText('When (ETA)')).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    screen.getAllByRole('option')[0]!.focus();
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('shows the live checklist from the draft\u2019s rule report', async () => {
    const report: RuleReport = {
      apology: true, fix: false, private: true, blame: true, ok: false,
      findings: [
        { rule: 'missing-fix', severity: 'warning', start: 0, end: 0, hint: 'Say what you will do, and when.' },
        { rule: 'blame', severity: 'error', start: 0, end: 10, hint: 'Do not blame the customer.' },
      ],
    };
    mount(fakeController({}, report));
    const list = await screen.findByRole('list', { name: t.checklist });
    const state = (key: string) => list.querySelector(`[data-check="${key}"]`)!.getAttribute('data-ok');
    expect(state('apology')).toBe('true');
    expect(state('fix')).toBe('false');
    expect(state('noBlame')).toBe('false');
    expect(state('noBoilerplate')).toBe('true');
    // The panel's own words for the rule (English UI: the checker's hint for missing-fix).
    expect(list.textContent).toContain(t.ruleHints['missing-fix']!);
  });

  it('gives rule hints in the panel\u2019s language', async () => {
    const report: RuleReport = {
      apology: true, fix: true, private: true, blame: false, ok: false,
      findings: [{ rule: 'boilerplate', severity: 'error', start: 0, end: 5, hint: 'Corporate boilerplate.' }],
    };
    render(<ReplyPanel session={fakeController({}, report)} notice={null} t={PANEL_STRINGS.pl} onInserted={vi.fn()} onClose={vi.fn()} />);
    const list = await screen.findByRole('list', { name: PANEL_STRINGS.pl.checklist });
    expect(list.querySelector('[data-check="noBoilerplate"]')!.textContent).toContain('Korporacyjna formułka');
  });

  it('says what went wrong when the thread cannot be analysed', async () => {
    const controller = fakeController();
    controller.analyse = vi.fn(async () => {
      throw new Error('No answer from the Soothe background');
    });
    mount(controller);
    expect((await screen.findByRole('alert')).textContent).toContain('No answer from the Soothe background');
  });

  it('lists the page\u2019s complaints with the unanswered ones marked', async () => {
    const controller = fakeController({
      queue: [
        { id: '2', author: 'Tom', text: 'Same here', triage, answered: false, permalink: 'https://x.com/t/status/2' },
        { id: '3', author: 'Ann', text: 'Still broken', triage, answered: true, permalink: null },
      ],
    });
    mount(controller);
    const items = await screen.findAllByRole('listitem');
    const queue = items.filter((li) => li.hasAttribute('data-post-id'));
    expect(queue.map((li) => li.getAttribute('data-answered'))).toEqual(['false', 'true']);
    await userEvent.click(screen.getByText('Same here'));
    expect(controller.revealPost).toHaveBeenCalledWith('https://x.com/t/status/2', '2');
  });

  it('with no brand set up, the queue says what it needs instead of listing guesses', async () => {
    mount(fakeController({ queue: [], needsBrand: true }));
    const note = await screen.findByText(/add its name or handles/);
    expect(note.closest('[data-soothe="queue"]')).not.toBeNull();
    expect(screen.queryByText('No complaints found on this page.')).toBeNull();
  });
});

describe('ReplyPanel after a send', () => {
  const queue = [
    { id: '1', author: 'Marta K.', text: 'Where is my parcel?', triage, answered: false, permalink: null },
    { id: '2', author: 'Tom', text: 'Same here', triage, answered: false, permalink: null },
    { id: '3', author: 'Ann', text: 'Still broken', triage, answered: true, permalink: null },
  ];

  it('confirms (logged, first response time), turns the case answered in clock and queue, and N opens the next unanswered one', async () => {
    const controller = fakeController({ queue });
    const onNext = vi.fn(async () => true);
    const postedAt = Date.now() - 95 * MIN;
    const sent = { composerKey: 'c1', postId: '1', postedAt, at: postedAt + 95 * MIN };
    render(<ReplyPanel session={controller} notice={null} sent={sent} onNext={onNext} t={t} onInserted={vi.fn()} onClose={vi.fn()} />);
    await screen.findByText('Title a');
    expect(screen.getByText(t.sentLogged('1 h 35 min'))).toBeTruthy();
    expect(document.querySelector('[data-soothe="clock"]')!.textContent).toContain('Answered in 1 h 35 min');
    const states = [...document.querySelectorAll('[data-post-id]')].filter((el) => el.tagName === 'LI').map((li) => [li.getAttribute('data-post-id'), li.getAttribute('data-answered')]);
    expect(states).toEqual([['1', 'true'], ['2', 'false'], ['3', 'true']]);
    const next = document.querySelector<HTMLButtonElement>('[data-soothe="next"]')!;
    expect(next.getAttribute('data-post-id')).toBe('2');
    await waitFor(() => expect(document.activeElement).toBe(next));
    await userEvent.keyboard('n');
    expect(onNext).toHaveBeenCalledWith('2');
  });

  it('says when every complaint on the page is answered', async () => {
    const controller = fakeController({ queue: [queue[0]!, queue[2]!] });
    render(<ReplyPanel session={controller} notice={null} sent={{ composerKey: 'c1', postId: '1', postedAt: null, at: Date.now() }} answeredIds={[]} t={t} onInserted={vi.fn()} onClose={vi.fn()} />);
    expect(await screen.findByText(t.allAnswered)).toBeTruthy();
    expect(document.querySelector('[data-soothe="next"]')).toBeNull();
  });
});

describe('ReplyPanel close-out', () => {
  it('after "Mark resolved", offers the templates\u2019 public close-outs', async () => {
    const controller = fakeController();
    mount(controller);
    await screen.findByText('Title a');
    await userEvent.click(screen.getByRole('button', { name: t.resolve }));
    expect(controller.resolve).toHaveBeenCalledWith();
    expect(await screen.findByText(t.resolvedCloseOut)).toBeTruthy();
    // Only the template with a close-out remains, rendered from that part.
    expect(screen.getAllByRole('option')).toHaveLength(1);
    await userEvent.click(screen.getByText(/All sorted, Marta\./));
    await waitFor(() => expect(controller.insert).toHaveBeenCalledWith({ text: 'All sorted, Marta. Thanks for your patience.', templateId: 'a' }));
  });
});

describe('ReplyPanel search', () => {
  it('typing a letter searches the whole library; Enter inserts the first result; Esc goes back to the ranked view', async () => {
    const controller = fakeController();
    const found = template('z', 'Sorry about the refund, {{customer_name}}.');
    const search = vi.fn(async (q: string) => (q.includes('refund') ? [found] : []));
    render(<ReplyPanel session={{ ...controller, search }} notice={null} t={t} onInserted={vi.fn()} onClose={vi.fn()} />);
    await screen.findByText('Title a');
    await waitFor(() => expect(document.activeElement?.getAttribute('data-soothe-reply')).toBe('a'));
    await userEvent.keyboard('refund');
    const box = screen.getByRole('searchbox', { name: t.searchLabel }) as HTMLInputElement;
    expect(box.value).toBe('refund');
    expect(document.activeElement).toBe(box);
    await screen.findByText('Title z');
    expect(screen.queryByText('Title a')).toBeNull();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(controller.insert).toHaveBeenCalledWith({ text: 'Sorry about the refund, Marta. We will refund you today. Please DM us.', templateId: 'z' }));
    await userEvent.clear(box);
    await userEvent.type(box, 'zzz');
    await screen.findByText(t.noResults('zzz'));
    await userEvent.keyboard('{Escape}');
    await screen.findByText('Title a');
  });
});

describe('ReplyPanel: correcting triage', () => {
  const unsure: TriageResult = { ...triage, escalation: false, escalations: [], category: 'billing', categoryConfidence: 0.5, categoryAlternatives: [{ category: 'returns', strength: 0.46 }, { category: 'technical', strength: 0.05 }] };
  const returnsReply: SuggestionView = { ...template('r', 'Sorry about your return.'), id: 'r', title: 'Title r', category: 'returns' };

  /** A session that answers with the corrected verdict, as the real one does with the background's. */
  function correctable() {
    let verdict: Parameters<NonNullable<CaseSession['correct']>>[0] = null;
    const controller = fakeController({ triage: unsure });
    const base = controller.analyse as () => Promise<PanelData>;
    controller.correct = vi.fn((v) => ((verdict = v), true));
    controller.analyse = vi.fn(async () => {
      const data = await base();
      if (!verdict) return data;
      if (verdict.category) return { ...data, triage: { ...unsure, category: verdict.category, categoryConfidence: 1, categoryAlternatives: undefined }, guess: unsure, verdict, suggestions: [returnsReply, ...data.suggestions] };
      return { ...data, triage: { ...unsure, complaint: false }, guess: unsure, verdict, suggestions: [] };
    });
    return controller;
  }

  it('the category chip opens a menu by keyboard: triage\'s pick and runner-ups first; Esc closes only the menu', async () => {
    const controller = correctable();
    const { onClose } = mount(controller);
    await listFocused();
    const chip = screen.getByRole('button', { name: t.correction.changeCategory('Billing') });
    expect(chip.getAttribute('aria-haspopup')).toBe('menu');
    chip.focus();
    await userEvent.keyboard('{Enter}');
    const menu = await screen.findByRole('menu', { name: t.correction.categoryMenu });
    const items = [...menu.querySelectorAll('[role="menuitemradio"]')];
    expect(items.map((i) => i.getAttribute('data-soothe-category'))).toEqual(['billing', 'returns', 'technical', 'delivery', 'product', 'support', 'account']);
    expect(items.filter((i) => i.hasAttribute('data-likely'))).toHaveLength(3);
    expect(document.activeElement).toBe(items[0]);
    expect(items[0]!.getAttribute('aria-checked')).toBe('true');
    await userEvent.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(items[6]);
    await userEvent.keyboard('{Home}{ArrowDown}');
    expect(document.activeElement).toBe(items[1]);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(chip);
    expect(onClose).not.toHaveBeenCalled();
    expect(controller.correct).not.toHaveBeenCalled();
  });

  it('choosing a category re-ranks; the chip says it was edited and offers the way back to Soothe\'s guess', async () => {
    const controller = correctable();
    mount(controller);
    await listFocused();
    screen.getByRole('button', { name: t.correction.changeCategory('Billing') }).focus();
    await userEvent.keyboard('{ArrowDown}');
    await screen.findByRole('menu');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(controller.correct).toHaveBeenCalledWith({ category: 'returns' });
    await waitFor(() => expect(document.querySelector('[data-soothe-reply]')?.getAttribute('data-soothe-reply')).toBe('r'));
    const chip = screen.getByRole('button', { name: t.correction.changeCategory(`Returns, ${t.correction.edited}`) });
    expect(chip.hasAttribute('data-edited')).toBe(true);
    expect(chip.textContent).toBe(`Returns · ${t.correction.edited}`);
    // The re-ranked list takes focus: Enter inserts the reply of the chosen category.
    await waitFor(() => expect(document.activeElement?.getAttribute('data-soothe-reply')).toBe('r'));
    const back = screen.getByRole('button', { name: t.correction.backToGuess(`${t.complaint} · Billing`) });
    await userEvent.click(back);
    expect(controller.correct).toHaveBeenLastCalledWith(null);
    await waitFor(() => expect(document.querySelector('[data-soothe-reply]')?.getAttribute('data-soothe-reply')).toBe('a'));
    expect(document.querySelector('[data-soothe="undo-correction"]')).toBeNull();
  });

  it('the complaint chip toggles "not a complaint", and toggling back is Soothe\'s guess again', async () => {
    const controller = correctable();
    mount(controller);
    await screen.findByText('Title a');
    await userEvent.click(screen.getByRole('button', { name: t.correction.toggleComplaint(t.complaint) }));
    expect(controller.correct).toHaveBeenCalledWith({ complaint: false });
    const chip = await screen.findByRole('button', { name: t.correction.toggleComplaint(`${t.notComplaint}, ${t.correction.edited}`) });
    expect(chip.getAttribute('aria-pressed')).toBe('false');
    expect(chip.hasAttribute('data-edited')).toBe(true);
    expect(document.querySelector('[data-soothe="category"]')).toBeNull();
    await userEvent.click(chip);
    expect(controller.correct).toHaveBeenLastCalledWith(null);
  });

  it('says so when the correction was refused', async () => {
    mount(fakeController({ correctionError: 'correction.category: must be one of delivery' }));
    expect((await screen.findByRole('alert')).textContent).toBe(t.correction.failed('correction.category: must be one of delivery'));
  });
});
