/** The popup: this person's own numbers. (The foundation shows insertions; the log issue adds the rest.) */
import { useEffect, useState } from 'react';
import type { StatsSummary } from '@/lib/messaging/protocol';

type State = { status: 'loading' } | { status: 'ready'; stats: StatsSummary } | { status: 'error'; message: string };

export function StatsPopup({ load }: { load(): Promise<StatsSummary> }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    load().then(
      (stats) => setState({ status: 'ready', stats }),
      (err: Error) => setState({ status: 'error', message: err.message }),
    );
  }, [load]);

  return (
    <main className="popup">
      <h1>Soothe</h1>
      {state.status === 'loading' && <p>Loading your numbers…</p>}
      {state.status === 'error' && (
        <p role="alert">Could not read your stats: {state.message}</p>
      )}
      {state.status === 'ready' &&
        (state.stats.insertions === 0 ? (
          <p data-testid="empty">No replies yet. Open a complaint on X or Facebook and press the Soothe button.</p>
        ) : (
          <dl>
            <dt>Replies inserted</dt>
            <dd data-testid="insertions">{state.stats.insertions}</dd>
            <dt>On X</dt>
            <dd data-testid="insertions-x">{state.stats.byPlatform.x ?? 0}</dd>
            <dt>On Facebook</dt>
            <dd data-testid="insertions-facebook">{state.stats.byPlatform.facebook ?? 0}</dd>
          </dl>
        ))}
    </main>
  );
}
