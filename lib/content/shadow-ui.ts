/**
 * Soothe's in-page UI host: one shadow root appended to <body>, outside the page's own trees, so the
 * page's CSS cannot reach it. Both runtimes (site and any-page) mount their React tree through here.
 * Styles travel inside the script; where the page's CSP refuses the <style> element, a constructed
 * stylesheet (CSSOM, which CSP does not govern) takes its place.
 *
 * The page is hostile (#13): the shadow root is closed, so the page's scripts get `shadowRoot === null`
 * and cannot read the suggestions or the hand-off address, nor reach a button to click; the reference
 * stays in this module. And every action inside ignores events the browser did not produce from the
 * user (`isTrusted` false): a script that found its way in still cannot press anything.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';

export interface ShadowUi {
  /** The element in the page's DOM that holds the shadow root (events from inside are retargeted to it). */
  host: HTMLElement;
  /** An element inside the (closed) root, for the runtime's own use (e.g. Tab into a Soothe button). */
  query<E extends Element = HTMLElement>(css: string): E | null;
  remove(): void;
}

/** Events that act: pointer, keyboard and form events. Synthetic ones are stopped before any handler sees them. */
const ACTIONS = ['click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'change', 'submit'] as const;

/** Stops untrusted events at the root, in the capture phase: before React, Preact or any element handler runs. */
export function refuseUntrusted(root: Node): void {
  const refuse = (e: Event) => {
    if (e.isTrusted) return;
    e.stopImmediatePropagation();
    e.preventDefault();
  };
  for (const type of ACTIONS) root.addEventListener(type, refuse, { capture: true });
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

export async function mountShadowUi(
  ctx: ContentScriptContext,
  opts: { name: string; css?: string; onMount(container: HTMLElement): () => void },
): Promise<ShadowUi> {
  let host: HTMLElement | null = null;
  let root: ShadowRoot | null = null;
  const ui = await createShadowRootUi<() => void>(ctx, {
    name: opts.name,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'closed',
    ...(opts.css ? { css: opts.css } : {}),
    // Keys typed in Soothe's panel must not trigger the page's own shortcuts.
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(container, shadow, shadowHost) {
      host = shadowHost;
      root = shadow;
      refuseUntrusted(shadow);
      if (opts.css) ensureStyles(shadow, opts.css);
      return opts.onMount(container);
    },
    onRemove(unmount) {
      unmount?.();
    },
  });
  ui.mount();
  return { host: host ?? ui.shadowHost, query: (css) => root?.querySelector(css) ?? null, remove: () => ui.remove() };
}
