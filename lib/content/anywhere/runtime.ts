/**
 * "Reply with Soothe" on any page: the panel for the text the user selected. The case is a case
 * session (lib/content/case/session.ts) fed by the selection (./selection-case.ts); this file mounts
 * the UI and opens a session per request. Asking again on the same page replaces the panel with one
 * for the new selection (a new injection: the previous one is invalidated and removes its panel).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { handOffStrings, type HandOffStrings } from '../../i18n/handoff';
import { panelStrings, type PanelStrings } from '../../i18n/panel';
import { send } from '../../messaging/client';
import { loadUiLocale } from '../../settings/ui-language';
import type { CaseSession, Notice } from '../case/contract';
import { createCaseSession, type OwnedCaseSession } from '../case/session';
import { pageLife } from '../page-life';
import { mountShadowUi } from '../shadow-ui';
import { selectionCaseSource } from './selection-case';
import { readSelectionTarget } from './selection-target';

/** What the any-page overlay shows: the session for the selection (null when nothing was selected). */
export interface AnywhereView {
  session: CaseSession | null;
  /** Bumped on each request, so the panel restarts for a new selection. */
  generation: number;
  notice: Notice | null;
  t: PanelStrings;
  h: HandOffStrings;
  onNotice(notice: Notice | null): void;
  onClose(): void;
}

/** Renders the overlay into the shadow root's container; `render` again with a new view. */
export type MountAnywhereOverlay = (container: HTMLElement) => { render(view: AnywhereView): void; unmount(): void };

export interface SelectionPanel {
  /** Open (or reopen) the panel for what is selected now; `fallbackText` is the context menu's copy of it. */
  open(fallbackText: string | null): void;
}

export async function startSelectionPanel(ctx: ContentScriptContext, css: string, mount: MountAnywhereOverlay): Promise<SelectionPanel> {
  const life = pageLife(ctx);
  const locale = [await loadUiLocale()]; // the "Language of Soothe" setting, as on X and Facebook
  const t = panelStrings(locale);
  const h = handOffStrings(locale);
  let session: OwnedCaseSession | null = null;
  let generation = 0;
  let notice: Notice | null = null;
  let overlay: ReturnType<MountAnywhereOverlay> | null = null;

  const render = () =>
    overlay?.render({
      session,
      generation,
      notice,
      t,
      h,
      onNotice(n) {
        notice = n;
        render();
      },
      onClose() {
        session?.dispose();
        session = null;
        notice = null;
      },
    });

  const ui = await mountShadowUi(ctx, {
    name: 'soothe-anywhere',
    css,
    onMount(container) {
      overlay = mount(container);
      return () => {
        session?.dispose();
        overlay?.unmount();
      };
    },
  });

  return {
    open(fallbackText) {
      session?.dispose();
      const target = readSelectionTarget(document, fallbackText);
      session = target
        ? createCaseSession(selectionCaseSource(target, ui.host, life.script), {
            send,
            t,
            h,
            signal: life.script,
            onSent: (n) => {
              notice = n ?? { kind: 'ok', text: h.sentLogged };
              render();
            },
          })
        : null;
      generation++;
      notice = null;
      render();
    },
  };
}
