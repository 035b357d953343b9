/** The panel's hand-off section and the popup's overdue list, rendered. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { HandOff } from '@/components/panel/HandOff';
import { OverdueHandOffs } from '@/components/stats/OverdueHandOffs';
import type { CaseSession, PanelData } from '@/lib/content/case/contract';
import type { Department } from '@/lib/handoff/departments';
import { HANDOFF_STRINGS } from '@/lib/i18n/handoff';
import { PANEL_STRINGS } from '@/lib/i18n/panel';
import { STATS_STRINGS } from '@/lib/i18n/stats';

const t = PANEL_STRINGS.en;
const h = HANDOFF_STRINGS.en;
const data: PanelData = {
  platform: 'web:reviews.example',
  focus: { id: 'sel-1', text: 'Charged twice', author: 'Jan', postedAt: null },
  triage: null,
  suggestions: [],
  queue: [],
  values: {},
  targetsMs: [],
};
const billing: Department = { id: 'billing', name: 'Billing', email: 'billing@shop.example', agreedMs: 3_600_000 };
const legal: Department = { id: 'legal', name: 'Legal', email: '', agreedMs: 86_400_000 };
const base = {} as CaseSession;

describe('HandOff section', () => {
  it('is absent for a controller that cannot log a hand-off', () => {
    const { container } = render(<HandOff session={base} data={data} t={t} loadDepartments={async () => [billing]} />);
    expect(container.querySelector('[data-soothe="handoff"]')).toBeNull();
  });

  it('hands off to the chosen team, shows the summary, the mailto link, and copies', async () => {
    const handOff = vi.fn(async (d: Department) => ({ logged: true, notice: { kind: 'ok' as const, text: h.handedOff(d.name) }, url: 'https://reviews.example/r/1' }));
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<HandOff session={{ ...base, handOff } as CaseSession} data={data} t={t} loadDepartments={async () => [billing, legal]} />);
    fireEvent.click(screen.getByRole('button', { name: h.open }));
    const select = await screen.findByLabelText(h.department);
    fireEvent.change(select, { target: { value: 'legal' } });
    fireEvent.click(screen.getByRole('button', { name: h.handOff }));
    await screen.findByText(h.handedOff('Legal'));
    expect(handOff).toHaveBeenCalledWith(legal);
    const text = (document.querySelector('[data-soothe="handoff-text"]') as HTMLTextAreaElement).value;
    expect(text).toContain('Hello Legal,');
    expect(text).toContain('Link: https://reviews.example/r/1');
    // Legal has no address: no mailto link, the copy button instead.
    expect(document.querySelector('[data-soothe="handoff-mailto"]')).toBeNull();
    expect(screen.getByText(h.noEmail)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: h.copy }));
    await screen.findByText(h.copied);
    expect(writeText).toHaveBeenCalledWith(text);
  });

  it('with no teams, says where to set them up: teams and addresses are never edited from the page', async () => {
    const handOff = vi.fn();
    render(<HandOff session={{ ...base, handOff } as CaseSession} data={data} t={t} loadDepartments={async () => []} />);
    fireEvent.click(screen.getByRole('button', { name: h.open }));
    await waitFor(() => expect(document.querySelector('[data-soothe="handoff-none"]')?.textContent).toContain(h.departmentsInOptions));
    expect(document.querySelector('[data-soothe="departments"]')).toBeNull();
    expect(document.querySelector('[data-soothe="department-email"]')).toBeNull();
    expect(screen.queryByRole('button', { name: h.editDepartments })).toBeNull();
    expect(handOff).not.toHaveBeenCalled();
  });

  it('offers no way to edit teams when there are some either', async () => {
    render(<HandOff session={{ ...base, handOff: vi.fn() } as CaseSession} data={data} t={t} loadDepartments={async () => [billing, legal]} />);
    fireEvent.click(screen.getByRole('button', { name: h.open }));
    await screen.findByLabelText(h.department);
    expect(screen.queryByRole('button', { name: h.editDepartments })).toBeNull();
    expect(document.querySelector('input')).toBeNull();
  });
});

describe('popup: overdue hand-offs', () => {
  it('lists each overdue case with its team and how late it is, and nothing when none', () => {
    const { container, rerender } = render(<OverdueHandOffs items={[]} total={0} t={STATS_STRINGS.en} locale="en" />);
    expect(container.innerHTML).toBe('');
    rerender(
      <OverdueHandOffs
        items={[{ key: 'web:reviews.example:sel-1', platform: 'web:reviews.example', postId: 'sel-1', url: 'javascript:alert(1)', department: 'Billing', handedOffAt: 0, dueAt: 1, overdueMs: 90 * 60_000, waitingMs: 26 * 3_600_000, category: 'billing', severity: null }]}
        total={3}
        t={STATS_STRINGS.en}
        locale="en"
      />,
    );
    const row = screen.getByTestId('overdue-handoff');
    expect(row.textContent).toContain('reviews.example · billing');
    expect(row.textContent).toContain('with Billing');
    expect(row.textContent).toContain('overdue by 1 h 30 min');
    expect(row.textContent).toContain('customer waiting 1 d 2 h');
    // A page-supplied address that is not http(s) never becomes a link.
    expect(row.querySelector('a')).toBeNull();
    expect(screen.getByText(h.overdueTitle(3))).toBeTruthy();
  });
});
