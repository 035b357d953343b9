/** Everything Soothe draws on a site page: a button beside each composer, and the reply panel. */
import type { CSSProperties } from 'react';
import { useStore } from 'zustand';
import type { Controller } from '@/lib/content/controller';
import type { UiStore } from '@/lib/content/ui-store';
import type { SearchLibrary } from '@/lib/content/library-search';
import { formatWait, type PanelStrings } from '@/lib/i18n/panel';
import { ReplyPanel } from './ReplyPanel';
import { SootheButton } from './SootheButton';

export function SootheOverlay({ store, controller, t, onNext, onTabOut, search }: {
  store: UiStore;
  controller: Controller;
  t: PanelStrings;
  /** Open the panel on the reply box of this post (opening the box through the site if need be); false if none came. */
  onNext?(postId: string): Promise<boolean>;
  /** Tab / Shift+Tab from a Soothe button: on to the site's next control, or back into the box. */
  onTabOut?(key: string, back: boolean): boolean;
  /** Type-to-search over the whole library. */
  search?: SearchLibrary;
}) {
  const composers = useStore(store, (s) => s.composers);
  const openKey = useStore(store, (s) => s.openKey);
  const notice = useStore(store, (s) => s.notice);
  const theme = useStore(store, (s) => s.theme);
  const sent = useStore(store, (s) => s.sent);
  const answeredIds = useStore(store, (s) => s.answeredIds);
  const { open, close, notify } = store.getState();
  const openArea = composers.find((c) => c.key === openKey)?.area ?? null;

  return (
    <div className="soothe-root" data-theme={theme ?? undefined}>
      {composers.map((c) =>
        c.box ? (
          <SootheButton
            key={c.key}
            composerKey={c.key}
            box={c.box}
            onTabOut={onTabOut ? (back) => onTabOut(c.key, back) : undefined}
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
          sent={sent?.composerKey === openKey ? sent : null}
          answeredIds={answeredIds}
          onNext={onNext}
          search={search}
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
      {!openKey && !notice && sent && (
        // The reply box went with the send (X's modal): confirm here instead of in the panel.
        <div className="soothe-toast soothe-ok" role="status" data-soothe="sent-toast" onClick={() => store.setState({ sent: null })}>
          {t.sentLogged(sent.postedAt ? formatWait(Math.max(0, sent.at - sent.postedAt), t) : null)}
        </div>
      )}
    </div>
  );
}

const PANEL_WIDTH = 360;
const MIN_WIDTH = 280;
const GAP = 12;

/**
 * Beside the composer, on the side with more room (narrower if need be), so the site's reply box and
 * its Reply button stay visible and reachable; docked to the window's right edge when neither side fits.
 */
function panelPlacement(box: { left: number; width: number } | null): CSSProperties {
  if (!box) return { width: PANEL_WIDTH };
  const right = window.innerWidth - (box.left + box.width) - 2 * GAP;
  const left = box.left - 2 * GAP;
  const width = (room: number) => Math.min(PANEL_WIDTH, room);
  if (right >= MIN_WIDTH && right >= left) return { left: box.left + box.width + GAP, right: 'auto', width: width(right) };
  if (left >= MIN_WIDTH) return { left: box.left - GAP - width(left), right: 'auto', width: width(left) };
  return { width: PANEL_WIDTH };
}
