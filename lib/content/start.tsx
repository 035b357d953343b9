/**
 * Soothe's in-page runtime for one site: watch for composers, show the Soothe button beside each,
 * and the reply panel. All UI lives in one shadow root appended to <body>, outside the site's
 * React trees, so the site's DOM is not touched and its CSS cannot leak in or out.
 */
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { SootheOverlay } from '@/components/SootheOverlay';
import { browser } from 'wxt/browser';
import { isOpenPanelMessage } from '../background/open-panel-command';
import { panelStrings } from '../i18n/panel';
import type { SiteAdapter } from '../sites/types';
import { ComposerRegistry } from './composer-registry';
import { createController } from './controller';
import { createOpenNext } from './next-complaint';
import { librarySearch } from './library-search';
import { followDrafts } from './draft-watch';
import { focusAfter, tabIntoButton } from './tab-order';
import { createUiStore } from './ui-store';
import { eventLogger } from './event-log';
import { logSeenComplaints } from './log-seen';
import { trackSeen } from './seen-tracker';
import { siteTheme } from './site-theme';
import { watchSends } from './send-watch';
import { watchPage } from './watch';

export function startSoothe(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  const registry = new ComposerRegistry(adapter);
  const store = createUiStore();
  const t = panelStrings();
  const controller = createController(adapter, registry, t);
  // "Next unanswered complaint": its reply box (opened through the site if need be) gets the panel.
  const openNext = createOpenNext(adapter, registry);
  const goNext = async (postId: string) => {
    const key = await openNext(postId);
    if (!key) return false;
    store.getState().setComposers(registry.views());
    store.getState().open(key);
    return true;
  };

  // The UI is built the first time there is something to show (a composer, or the shortcut):
  // a feed with no reply box open pays nothing for rendering or the shadow root.
  let ui: ShadowRootContentScriptUi<Root> | null = null;
  let mounting: Promise<void> | null = null;
  const mountUi = async () => {
    ui = await createShadowRootUi<Root>(ctx, {
      name: 'soothe-ui',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      // Keys typed in Soothe's panel must not trigger the site's own shortcuts.
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount(container) {
        const root = createRoot(container);
        root.render(<SootheOverlay store={store} controller={controller} t={t} onNext={goNext} onTabOut={tabOut} search={librarySearch(adapter.platform)} />);
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.mount();
  };
  const ensureUi = () => (mounting ??= mountUi());

  // Tab order: reply box → its Soothe button → the site's next control (Shift+Tab back into the box).
  const stopTab = tabIntoButton(registry, (key) => {
    const button = ui?.shadow.querySelector<HTMLElement>(`[data-soothe="open-panel"][data-key="${key}"]`);
    if (button) controller.rememberCaret(key); // a panel opened from the button inserts at the caret the box had
    button?.focus();
    return !!button;
  });
  const tabOut = (key: string, back: boolean) => {
    const editor = registry.get(key)?.editor;
    if (!editor) return false;
    if (back) editor.focus();
    return back || focusAfter(editor);
  };

  // The draft's state on the Soothe button and beside the box, panel open or not.
  const stopDrafts = followDrafts(registry, controller, store);
  const showDraftUi = store.subscribe((s, before) => {
    if (s.drafts !== before.drafts && Object.keys(s.drafts).length) void ensureUi();
  });

  const log = eventLogger(adapter.platform);
  const seen = trackSeen(adapter, (posts) => logSeenComplaints(adapter, log, posts));
  const watcher = watchPage(
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
  const stopSends = watchSends(adapter, registry, (sent) => {
    // Logged: the panel confirms and offers the next complaint; a failed log says so instead.
    void controller.logSent(sent).then((notice) =>
      ensureUi().then(() =>
        notice ? store.getState().notify(notice) : store.getState().markSent({ composerKey: sent.composerKey, postId: sent.postId, postedAt: sent.composer.postedAt, at: Date.now() }),
      ),
    );
  });
  // SPA navigation: the thread changed under us; rescan and close a panel for the old page.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
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
    controller.rememberCaret(target.key);
    return ensureUi().then(() => {
      store.getState().setComposers(registry.views());
      store.getState().open(target.key);
      return true;
    });
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    watcher.stop();
    seen.stop();
    stopSends();
    stopTab();
    stopDrafts();
    showDraftUi();
    ui?.remove();
  });
}
