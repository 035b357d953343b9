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
import { followDrafts } from './draft-watch';
import { createOpenNext } from './next-complaint';
import { focusAfter, tabIntoButton } from './tab-order';
import { logSeenComplaints } from './log-seen';
import { trackSeen } from './seen-tracker';
import { watchSends } from './send-watch';
import { siteCaseSource } from './site-case';
import { siteTheme } from './site-theme';
import { createUiStore, type UiStore } from './ui-store';
import { watchSizes } from './size-watch';
import { watchPage } from './watch';

export interface SiteOverlayProps {
  store: UiStore;
  /** The case session of a reply box, by its key (null once the box is gone). */
  sessionFor(key: string): CaseSession | null;
  t: PanelStrings;
  /** Open the panel on the reply box of this post (opening the box through the site if need be); false if none came. */
  onNext?(postId: string): Promise<boolean>;
  /** Tab / Shift+Tab from a Soothe button: on to the site's next control, or back into the box. */
  onTabOut?(key: string, back: boolean): boolean;
}

/** Renders the overlay into the shadow root's container; returns the unmount. */
export type MountSiteOverlay = (container: HTMLElement, props: SiteOverlayProps) => () => void;

/** `languages`: the UI language to speak, as the "Language of Soothe" setting resolved it (lib/settings/ui-language.ts); the browser's by default. */
export function startSoothe(ctx: ContentScriptContext, adapter: SiteAdapter, mount: MountSiteOverlay, languages?: readonly string[]): void {
  const life = pageLife(ctx);
  const registry = new ComposerRegistry(adapter);
  const store = createUiStore();
  const t = panelStrings(languages);
  const h = handOffStrings(languages);

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
  let ui: ShadowUi | null = null;
  const ensureUi = () =>
    (mounting ??= mountShadowUi(ctx, { name: 'soothe-ui', onMount: (container) => mount(container, { store, sessionFor, t, onNext: goNext, onTabOut: tabOut }) }).then((u) => (ui = u)));

  // "Next unanswered complaint": its reply box (opened through the site if need be) gets the panel.
  const openNext = createOpenNext(adapter, registry);
  const goNext = async (postId: string) => {
    const key = await openNext(postId);
    if (!key) return false;
    store.getState().setComposers(registry.views());
    store.getState().open(key);
    return true;
  };

  // Tab order: reply box → its Soothe button → the site's next control (Shift+Tab back into the box).
  const stopTab = tabIntoButton(registry, (key) => {
    const button = ui?.query(`[data-soothe="open-panel"][data-key="${CSS.escape(key)}"]`);
    if (button) sessionFor(key)?.rememberCaret(); // a panel opened from the button inserts at the caret the box had
    button?.focus();
    return !!button;
  });
  const tabOut = (key: string, back: boolean) => {
    const editor = registry.get(key)?.editor;
    if (!editor) return false;
    if (back) editor.focus();
    return back || focusAfter(editor);
  };
  onAbort(life.script, stopTab);

  // The draft's state on the Soothe button and beside the box, panel open or not.
  onAbort(life.script, followDrafts(registry, sessionFor, store));
  onAbort(
    life.script,
    store.subscribe((s, before) => {
      if (s.drafts !== before.drafts && Object.keys(s.drafts).length) void ensureUi();
    }),
  );

  const log = caseLog(send);
  const seen = trackSeen(life.script, adapter, (posts) => logSeenComplaints(adapter, send, log, posts));
  // A box growing with its draft moves the panel too (no mutation says so).
  const sizes = watchSizes(life.script, () => watcher.relayout());
  const watcher = watchPage(
    life.script,
    () => {
      registry.scan(document);
      sizes.follow(registry.entries().map(({ composer }) => composer.editor));
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
    // Logged: the panel confirms and offers the next complaint; a failed log says so instead.
    void session?.sent(sent.text, sent.replyId).then((notice) =>
      ensureUi().then(() =>
        notice ? store.getState().notify(notice) : store.getState().markSent({ composerKey: sent.composerKey, postId: sent.postId, postedAt: session.postedAt(), at: Date.now() }),
      ),
    );
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
