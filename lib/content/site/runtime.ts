/**
 * Soothe's in-page runtime on a site it has an adapter for (X, Facebook): watch for composers, show
 * the Soothe button beside each and the reply panel, notice sends and the complaints the user saw.
 * Each reply box's case is a case session (lib/content/case/session.ts); this file only finds the
 * boxes and wires the page's life. The React tree is mounted by the entrypoint's `mount`
 * (components/SootheOverlay.mount.tsx), so lib/ holds no UI.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isOpenPanelMessage } from '../../background/open-panel-command';
import { handOffStrings } from '../../i18n/handoff';
import { panelStrings, type PanelStrings } from '../../i18n/panel';
import { send } from '../../messaging/client';
import type { Composer, SiteAdapter } from '../../sites/types';
import { caseLog } from '../case/case-log';
import type { CaseSession } from '../case/contract';
import { createCaseSession, type OwnedCaseSession } from '../case/session';
import { onAbort, pageLife } from '../page-life';
import { mountShadowUi, type ShadowUi } from '../shadow-ui';
import { ComposerRegistry } from './composer-registry';
import { logSeenComplaints } from './log-seen';
import { trackSeen } from './seen-tracker';
import { watchSends } from './send-watch';
import { siteCaseSource } from './site-case';
import { siteTheme } from './site-theme';
import { createUiStore, type UiStore } from './ui-store';
import { watchPage } from './watch';

export interface SiteOverlayProps {
  store: UiStore;
  /** The case session of a reply box, by its key (null once the box is gone). */
  sessionFor(key: string): CaseSession | null;
  t: PanelStrings;
}

/** Renders the overlay into the shadow root's container; returns the unmount. */
export type MountSiteOverlay = (container: HTMLElement, props: SiteOverlayProps) => () => void;

export function startSoothe(ctx: ContentScriptContext, adapter: SiteAdapter, mount: MountSiteOverlay): void {
  const life = pageLife(ctx);
  const registry = new ComposerRegistry(adapter);
  const store = createUiStore();
  const t = panelStrings();
  const h = handOffStrings();

  // One session per reply box, for the page it is on; a navigation ends them with the page's signal.
  let sessions = new Map<string, OwnedCaseSession>();
  life.onNavigate(() => (sessions = new Map()));
  const sessionFor = (key: string, snapshot?: Composer): OwnedCaseSession | null => {
    let session = sessions.get(key);
    const composer = snapshot ?? registry.get(key);
    if (!session && composer) {
      session = createCaseSession(siteCaseSource(adapter, composer, () => registry.get(key)), { send, t, h, signal: life.page() });
      sessions.set(key, session);
    }
    return session ?? null;
  };

  // The UI is built the first time there is something to show (a composer, or the shortcut):
  // a feed with no reply box open pays nothing for rendering or the shadow root.
  let mounting: Promise<ShadowUi> | null = null;
  const ensureUi = () => (mounting ??= mountShadowUi(ctx, { name: 'soothe-ui', onMount: (container) => mount(container, { store, sessionFor, t }) }));

  const log = caseLog(send);
  const seen = trackSeen(life.script, adapter, (posts) => logSeenComplaints(adapter, send, log, posts));
  const watcher = watchPage(
    life.script,
    () => {
      registry.scan(document);
      seen.poke();
    },
    () => {
      const views = registry.views();
      if (views.length) {
        void ensureUi();
        store.getState().setTheme(siteTheme()); // read with the layout, not in the mutation callback
      }
      store.getState().setComposers(views);
    },
  );
  watchSends(life.script, adapter, registry, (sent) => {
    const session = sessionFor(sent.composerKey, sent.composer);
    void session?.sent(sent.text, sent.replyId).then((notice) => notice && ensureUi().then(() => store.getState().notify(notice)));
  });
  // SPA navigation: the thread changed under us; rescan and close a panel for the old page.
  life.onNavigate(() => {
    store.getState().close();
    watcher.poke();
  });
  // The keyboard shortcut: open the panel for the composer the user is in (or the first one).
  const onMessage = (message: unknown) => {
    if (!isOpenPanelMessage(message)) return undefined;
    registry.scan(document);
    const entries = registry.entries();
    const active = document.activeElement;
    const target = entries.find(({ composer }) => composer.editor === active || composer.editor.contains(active)) ?? entries[0];
    if (!target) return Promise.resolve(false);
    sessionFor(target.key)?.rememberCaret();
    return ensureUi().then(() => {
      store.getState().setComposers(registry.views());
      store.getState().open(target.key);
      return true;
    });
  };
  browser.runtime.onMessage.addListener(onMessage);
  onAbort(life.script, () => browser.runtime.onMessage.removeListener(onMessage));
}
