/** What Soothe draws on any page it was asked about: the reply panel for the selection, or why there is none. */
import { useState } from 'react';
import type { AnywhereView } from '@/lib/content/anywhere/runtime';
import { ReplyPanel } from './ReplyPanel';

export function AnywhereOverlay({ view }: { view: AnywhereView }) {
  const [dismissed, setDismissed] = useState(-1);
  if (dismissed === view.generation) return null;
  const { session, t, h } = view;
  if (!session) {
    return (
      <div className="soothe-root">
        <div className="soothe-toast soothe-error" role="alert" data-soothe="selection-missing" onClick={() => setDismissed(view.generation)}>
          {h.noSelection}
        </div>
      </div>
    );
  }
  return (
    <div className="soothe-root" data-soothe="anywhere">
      <ReplyPanel
        key={view.generation}
        session={session}
        notice={view.notice}
        t={t}
        style={{ width: 380 }}
        onInserted={view.onNotice}
        onClose={() => {
          setDismissed(view.generation);
          view.onClose();
          session.focusComposer();
        }}
      />
    </div>
  );
}
