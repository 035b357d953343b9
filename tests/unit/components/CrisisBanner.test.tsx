/**
 * The crisis banner asks the background for waves once when it mounts (and again when the manager comes
 * back to the tab) — never in a loop: each question wakes the background, and a render loop kept
 * Firefox's event page busy until Firefox killed the script.
 */
import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

const send = vi.fn(async (type: string) => (type === 'radar:alerts' ? { active: [], past: [], settings: { procedure: [] } } : []));
vi.mock('@/lib/messaging/client', () => ({ send: (type: string) => send(type) }));
vi.mock('@/lib/handoff/store', () => ({ loadDepartments: async () => [] }));

const { CrisisBanner } = await import('../../../components/panel/CrisisBanner');

describe('CrisisBanner', () => {
  it('reads the waves once on mount with its default reader, however often it renders', async () => {
    const { rerender } = render(<CrisisBanner />);
    rerender(<CrisisBanner />);
    await new Promise((r) => setTimeout(r, 200));
    expect(send.mock.calls.filter(([type]) => type === 'radar:alerts')).toHaveLength(1);
  });
});
