/** Everything Soothe draws on a site page: a button beside each composer, and the reply panel. */
import type { CSSProperties } from 'react';
import { useStore } from 'zustand';
import type { Controller } from '@/lib/content/controller';
import type { UiStore } from '@/lib/content/ui-store';
import type { PanelStrings } from '@/lib/i18n/panel';
import { ReplyPanel } from './ReplyPanel';
import { SootheButton } from './SootheButton';

export function SootheOverlay({ store, controller, t }: { store: UiStore; controller: Controller; t: PanelStrings }) {
  const composers = useStore(store, (s) => s.composers);
  const openKey = useStore(store, (s) => s.openKey);
  const notice = useStore(store, (s) => s.notice);
  const theme = useStore(store, (s) => s.theme);
  const { open, close, notify } = store.getState();
  const openArea = composers.find((c) => c.key === openKey)?.area ?? null;

  return (
    <div className="soothe-root" data-theme={theme ?? undefined}>
      {composers.map((c) =>
        c.box ? (
          <SootheButton
            key={c.key}
            box={c.box}
            expanded={openKey === c.key}
            label={t.panelLabel}
            onPress={() => controller.rememberCaret(c.key)}
            onClick={() => (openKey === c.key ? close() : open(c.key))}
          />
        ) : null,
      )}
      {openKey && (
        <ReplyPanel
          key={openKey}
          composerKey={openKey}
          style={panelPlacement(openArea)}
          controller={controller}
          notice={notice}
          t={t}
          onInserted={notify}
          onClose={() => {
            close();
            controller.focusComposer(openKey);
          }}
        />
      )}
      {!openKey && notice && (
        <div className={`soothe-toast soothe-${notice.kind}`} role="status" onClick={() => notify(null)}>
          {notice.text}
        </div>
      )}
    </div>
  );
}

const PANEL_WIDTH = 360;
const GAP = 12;

/**
 * Beside the composer when there is room (so the site's Reply button stays reachable), else
 * docked to the right edge of the window.
 */
function panelPlacement(box: { left: number; width: number } | null): CSSProperties {
  if (box && window.innerWidth - (box.left + box.width) >= PANEL_WIDTH + 2 * GAP) {
    return { left: box.left + box.width + GAP, right: 'auto', width: PANEL_WIDTH };
  }
  if (box && box.left >= PANEL_WIDTH + 2 * GAP) return { left: box.left - PANEL_WIDTH - GAP, right: 'auto', width: PANEL_WIDTH };
  return { width: PANEL_WIDTH };
}
