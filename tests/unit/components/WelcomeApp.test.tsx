import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WelcomeApp, type WelcomeServices } from '@/components/welcome/WelcomeApp';
import { DEFAULT_SETTINGS, type LogSettings } from '@/lib/log/settings';
import { loadProfile } from '@/lib/settings/profile';

const MIN = 60_000;
const text = (el: Element | null) => el?.textContent ?? '';

function services(over: Partial<WelcomeServices> = {}): WelcomeServices {
  let log: LogSettings = { ...DEFAULT_SETTINGS };
  return {
    getLogSettings: vi.fn(async () => log),
    setLogSettings: vi.fn(async (patch: Partial<LogSettings>) => (log = { ...log, ...patch })),
    ...over,
  };
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('WelcomeApp (first run)', () => {
  it('one Save writes the profile and the targets', async () => {
    const svc = services();
    const user = userEvent.setup();
    render(<WelcomeApp services={svc} languages={['en']} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0); // nothing to press before the stored values are in
    fireEvent.change(await screen.findByLabelText('Brand name'), { target: { value: 'Parcelly' } });
    fireEvent.change(screen.getByLabelText('Brand handle on X'), { target: { value: '@parcelly' } });
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Alex' } });
    fireEvent.change(screen.getByLabelText('DM link'), { target: { value: 'https://x.com/messages/compose?recipient_id=1' } });
    fireEvent.change(screen.getByLabelText('Response-time targets (minutes, comma-separated)'), { target: { value: '15, 60' } });
    fireEvent.change(screen.getByLabelText('Response-rate target (%)'), { target: { value: '85' } });
    const saves = screen.getAllByRole('button', { name: 'Save and start' });
    expect(saves).toHaveLength(1);
    await act(async () => user.click(saves[0]!));
    await vi.waitFor(() => expect(text(screen.getByTestId('welcome-status'))).toMatch(/^Saved\./));
    expect(await loadProfile()).toMatchObject({ brand: 'Parcelly', handles: { x: 'parcelly' }, agentName: 'Alex' });
    expect(svc.setLogSettings).toHaveBeenCalledWith({ slaTargetsMs: [15 * MIN, 60 * MIN], responseRateTarget: 0.85 });
  });

  it('a refused field saves nothing, keeps what was typed and says why', async () => {
    const svc = services();
    const user = userEvent.setup();
    render(<WelcomeApp services={svc} languages={['en']} />);
    fireEvent.change(await screen.findByLabelText('Brand name'), { target: { value: 'Parcelly' } });
    fireEvent.change(screen.getByLabelText('Phone'), { target: { value: 'call me maybe' } });
    await act(async () => user.click(screen.getByRole('button', { name: 'Save and start' })));
    await vi.waitFor(() => expect(text(screen.getByTestId('welcome-status'))).toMatch(/correct the highlighted/));
    expect(text(screen.getByLabelText('Phone').parentElement)).toContain('digits, spaces');
    expect((screen.getByLabelText('Brand name') as HTMLInputElement).value).toBe('Parcelly');
    expect((await loadProfile()).brand).toBe('');
    expect(svc.setLogSettings).not.toHaveBeenCalled();
    // Bad targets: refused before anything is written.
    fireEvent.change(screen.getByLabelText('Phone'), { target: { value: '+44 20 7946 0000' } });
    fireEvent.change(screen.getByLabelText('Response-time targets (minutes, comma-separated)'), { target: { value: 'soon' } });
    await act(async () => user.click(screen.getByRole('button', { name: 'Save and start' })));
    await vi.waitFor(() => expect(text(screen.getByLabelText('Response-time targets (minutes, comma-separated)').parentElement)).toMatch(/positive durations/));
    expect((await loadProfile()).brand).toBe('');
  });

  it('switches to the chosen Language of Soothe at once', async () => {
    render(<WelcomeApp services={services()} languages={['en']} />);
    fireEvent.change(await screen.findByLabelText('Language of Soothe'), { target: { value: 'el' } });
    expect(text(screen.getByRole('heading', { level: 1 }))).toBe('Καλώς ήρθατε στο Soothe');
    expect(screen.getByRole('button', { name: 'Αποθήκευση και έναρξη' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Γλώσσα του Soothe'), { target: { value: 'pl' } });
    expect(text(screen.getByRole('heading', { level: 1 }))).toBe('Witaj w Soothe');
  });
});
