/**
 * "Reply with Soothe" on any page: the panel for the text the user selected, in one shadow root
 * appended to <body> (outside the page's own trees; the page's CSS cannot reach it). The styles
 * travel inside the script as text, so nothing is fetched and nothing has to be web-accessible;
 * if the page's CSP refuses the <style> element, a constructed stylesheet (CSSOM, which CSP does not
 * govern) takes its place. Asking again on the same page replaces the panel with one for the new
 * selection (a new injection: the previous one is invalidated and removes its panel).
 */
import { useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { ReplyPanel } from '@/components/ReplyPanel';
import { loadProfile, profileValues } from '../../settings/profile';
import { handOffStrings, type HandOffStrings } from '../../i18n/handoff';
import { panelStrings, type PanelStrings } from '../../i18n/panel';
import { send } from '../../messaging/client';
import { createSelectionController, type SelectionController } from './selection-controller';
import { readSelectionTarget } from './selection-target';
import type { Notice } from '../site/ui-store';

export interface SelectionPanel {
  /** Open (or reopen) the panel for what is selected now; `fallbackText` is the context menu's copy of it. */
  open(fallbackText: string | null): void;
}

interface View {
  controller: SelectionController | null;
  /** Bumped on each open, so the panel restarts for a new selection. */
  generation: number;
  notice: Notice | null;
}

function SelectionOverlay({ view, t, h, onClose, onNotice }: { view: View; t: PanelStrings; h: HandOffStrings; onClose(): void; onNotice(n: Notice | null): void }) {
  const [dismissed, setDismissed] = useState(-1);
  if (dismissed === view.generation) return null;
  if (!view.controller) {
    return (
      <div className="soothe-root">
        <div className="soothe-toast soothe-error" role="alert" data-soothe="selection-missing" onClick={() => setDismissed(view.generation)}>
          {h.noSelection}
        </div>
      </div>
    );
  }
  const controller = view.controller;
  return (
    <div className="soothe-root" data-soothe="anywhere">
      <ReplyPanel
        key={view.generation}
        composerKey="selection"
        controller={controller}
        notice={view.notice}
        t={t}
        style={{ width: 380 }}
        onInserted={onNotice}
        onClose={() => {
          setDismissed(view.generation);
          onClose();
          controller.focusComposer('selection');
        }}
      />
    </div>
  );
}

/** Styles for the shadow root, even where the page's CSP forbids inline <style>. */
function ensureStyles(shadow: ShadowRoot, css: string): void {
  const style = shadow.querySelector('style');
  if (style?.sheet) return; // applied
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  } catch (err) {
    console.debug('[Soothe] could not style the panel on this page', err);
  }
}

export async function startSelectionPanel(ctx: ContentScriptContext, css: string): Promise<SelectionPanel> {
  const t = panelStrings();
  const h = handOffStrings();
  let view: View = { controller: null, generation: 0, notice: null };
  let root: Root | null = null;
  let host: HTMLElement | null = null;

  const render = () =>
    root?.render(
      <SelectionOverlay
        view={view}
        t={t}
        h={h}
        onNotice={(notice) => {
          view = { ...view, notice };
          render();
        }}
        onClose={() => {
          view.controller?.dispose();
          view = { controller: null, generation: view.generation, notice: null };
        }}
      />,
    );

  const ui = await createShadowRootUi<Root>(ctx, {
    name: 'soothe-anywhere',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css,
    // Keys typed in Soothe's panel must not trigger the page's own shortcuts.
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(container, shadow, shadowHost) {
      host = shadowHost;
      ensureStyles(shadow, css);
      const r = createRoot(container);
      root = r;
      return r;
    },
    onRemove(r) {
      view.controller?.dispose();
      r?.unmount();
    },
  });
  ui.mount();

  return {
    open(fallbackText) {
      view.controller?.dispose();
      const target = readSelectionTarget(document, fallbackText);
      const controller = target
        ? createSelectionController(target, {
            send,
            t,
            h,
            ownUi: host,
            values: async () => profileValues(await loadProfile()),
            onSent: (notice) => {
              view = { ...view, notice: notice ?? { kind: 'ok', text: h.sentLogged } };
              render();
            },
          })
        : null;
      view = { controller, generation: view.generation + 1, notice: null };
      render();
    },
  };
}
