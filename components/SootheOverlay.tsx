/** Everything Soothe draws on a site page: a button beside each composer, and the reply panel. */
import { useEffect, useRef, type CSSProperties } from 'react';
import { useStore } from 'zustand';
import type { SiteOverlayProps } from '@/lib/content/site/runtime';
import { placePanel, PANEL_WIDTH, scrollForRoom, type Placement } from '@/lib/content/placement';
import { formatWait } from '@/lib/i18n/panel';
import { ReplyPanel } from './ReplyPanel';
import { SootheButton } from './SootheButton';

export function SootheOverlay({ store, sessionFor, t, onNext, onTabOut }: SiteOverlayProps) {
  const composers = useStore(store, (s) => s.composers);
  const openKey = useStore(store, (s) => s.openKey);
  const notice = useStore(store, (s) => s.notice);
  const theme = useStore(store, (s) => s.theme);
  const sent = useStore(store, (s) => s.sent);
  const answeredIds = useStore(store, (s) => s.answeredIds);
  const drafts = useStore(store, (s) => s.drafts);
  const { open, close, notify } = store.getState();
  const openView = composers.find((c) => c.key === openKey);
  const viewport = { width: window.innerWidth, height: window.innerHeight };
  const placement = placePanel(openView?.area ?? null, viewport, openView?.post ?? null);
  // No side and no band tall enough for the docked panel: scroll the page once per opening to make
  // room under the box (the scroll re-places the panel through the composer views).
  const roomMadeFor = useRef<string | null>(null);
  const openArea = openView?.area ?? null;
  useEffect(() => {
    if (!openKey) roomMadeFor.current = null;
    if (!openKey || !openArea || roomMadeFor.current === openKey) return;
    roomMadeFor.current = openKey;
    const by = scrollForRoom(openArea, { width: window.innerWidth, height: window.innerHeight }, openView?.post ?? null);
    if (by > 0) window.scrollBy({ top: by, behavior: 'instant' });
  }, [openKey, openArea, openView?.post]);
  const session = openKey ? sessionFor(openKey) : null;

  return (
    <div className="soothe-root" data-theme={theme ?? undefined}>
      {composers.map((c) =>
        c.box ? (
          <SootheButton
            key={c.key}
            composerKey={c.key}
            failing={drafts[c.key]?.failing ?? 0}
            box={c.box}
            onTabOut={onTabOut ? (back) => onTabOut(c.key, back) : undefined}
            expanded={openKey === c.key}
            label={drafts[c.key]?.failing ? t.draftFailing(drafts[c.key]!.failing) : t.panelLabel}
            onPress={() => sessionFor(c.key)?.rememberCaret()}
            onClick={() => (openKey === c.key ? close() : open(c.key))}
          />
        ) : null,
      )}
      {composers.map((c) => {
        const alerts = drafts[c.key]?.alerts ?? [];
        // Beside the box, above its top edge: seen before the site's Reply is pressed, never in its way.
        return c.box && alerts.length && c.key !== openKey ? (
          <div key={`note-${c.key}`} className="soothe-callout" role="status" data-soothe="draft-alert" data-rules={alerts.join(' ')} style={calloutPlacement(c.box)}>
            {alerts.map((rule) => (
              <p key={rule}>✗ {t.ruleHints[rule] ?? rule}</p>
            ))}
          </div>
        ) : null;
      })}
      {openKey && session && (
        <ReplyPanel
          key={openKey}
          session={session}
          style={panelStyle(placement)}
          placement={placement?.mode}
          notice={notice}
          sent={sent?.composerKey === openKey ? sent : null}
          answeredIds={answeredIds}
          onNext={onNext}
          t={t}
          onInserted={notify}
          onClose={() => {
            close();
            session.focusComposer();
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

const CALLOUT_WIDTH = 300;

/** Above the box's right end (below it when there is no room above), inside the window. */
function calloutPlacement(box: { top: number; left: number; width: number; height: number }): CSSProperties {
  const left = Math.max(8, Math.min(box.left + box.width - CALLOUT_WIDTH, window.innerWidth - CALLOUT_WIDTH - 8));
  return box.top > 90 ? { left, bottom: window.innerHeight - box.top + 6, width: CALLOUT_WIDTH } : { left, top: box.top + box.height + 6, width: CALLOUT_WIDTH };
}

/** Beside the work when a side has room, else docked compact in a free band (lib/content/placement.ts). */
function panelStyle(p: Placement | null): CSSProperties {
  if (!p) return { width: PANEL_WIDTH };
  if (!('top' in p)) return { left: p.left, right: 'auto', width: p.width };
  return { left: p.left, right: 'auto', width: p.width, top: p.top, bottom: 'auto', maxHeight: p.maxHeight };
}
