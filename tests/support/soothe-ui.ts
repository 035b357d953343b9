/**
 * Reaching Soothe's in-page UI from the end-to-end tests. The UI lives in a *closed* shadow root, so
 * neither the page's scripts nor Playwright's or puppeteer's selectors can see into it (that is the
 * point: #13). The tests reach it as browser tooling does, through a transport that can hold the
 * closed root: the DevTools protocol in Chromium (here, SootheUi.of), WebDriver BiDi in Firefox
 * (./soothe-ui.bidi.ts). Both run the same in-page selector (SELECT) on the root. Clicks are real
 * mouse input at the element's position (trusted events, as a user's are); keys go through the
 * page's keyboard. Only the few locator calls the tests use exist.
 */
import type { CDPSession, Page } from 'playwright-core';

export type Step = { css: string } | { nth: number } | { matches: string };

/** The elements that hold Soothe's shadow roots (in-page UI on the sites, and anywhere). */
export const HOSTS = 'soothe-ui, soothe-anywhere';
const POLL_MS = 100;

/** Runs in the page, with `this` the shadow root: the elements a chain of steps selects. */
const SELECT = `function select(steps) {
  let els = [this];
  for (const s of steps) {
    if (s.css !== undefined) els = [...new Set(els.flatMap((e) => [...e.querySelectorAll(s.css)]))];
    else if (s.matches !== undefined) els = els.filter((e) => e.matches(s.matches));
    else els = s.nth < 0 ? els.slice(s.nth) : els.slice(s.nth, s.nth + 1);
  }
  return els;
}`;

/**
 * In-page source of a function to call with `this` the shadow root and (steps, arg): it returns
 * `fn(selected elements, arg)`, awaited.
 */
export const onSelected = (fn: string): string =>
  `async function(steps, arg) { return await (${fn})((${SELECT}).call(this, steps), arg); }`;

/** How a test reaches the page: calls into the closed root, and real mouse clicks. */
export interface UiTransport {
  /** Calls `fn(elements, arg)` in the page on what `steps` selects ([] while there is no UI). */
  run<R>(steps: Step[], fn: string, arg?: unknown): Promise<R>;
  /** A trusted click at viewport coordinates. */
  click(x: number, y: number): Promise<void>;
}

/** The DevTools-protocol transport (Chromium, under Playwright). */
class CdpTransport implements UiTransport {
  private root: string | null = null;
  constructor(private page: Page, private cdp: CDPSession) {}

  /** The closed shadow root as a DevTools object, or null while Soothe has no UI on the page. */
  private async rootObject(): Promise<string | null> {
    if (this.root) {
      const alive = await this.cdp.send('Runtime.callFunctionOn', { objectId: this.root, functionDeclaration: 'function(){ return this.isConnected }', returnByValue: true }).catch(() => null);
      if (alive?.result.value === true) return this.root;
      this.root = null;
    }
    const { root } = await this.cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await this.cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: HOSTS });
    if (!nodeId) return null;
    const { node } = await this.cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await this.cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    this.root = object.objectId ?? null;
    return this.root;
  }

  async run<R>(steps: Step[], fn: string, arg?: unknown): Promise<R> {
    const objectId = await this.rootObject();
    if (!objectId) return (await this.page.evaluate(`(${fn})([], ${JSON.stringify(arg ?? null)})`)) as R;
    const r = await this.cdp.send('Runtime.callFunctionOn', {
      objectId,
      functionDeclaration: onSelected(fn),
      arguments: [{ value: steps }, { value: arg ?? null }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (r.exceptionDetails) throw new Error(`in Soothe's UI: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value as R;
  }

  click(x: number, y: number): Promise<void> {
    return this.page.mouse.click(x, y);
  }
}

export class SootheUi {
  constructor(readonly transport: UiTransport) {}

  /** Soothe's UI on a Playwright (Chromium) page, over the DevTools protocol. */
  static async of(page: Page): Promise<SootheUi> {
    const cdp = await page.context().newCDPSession(page);
    return new SootheUi(new CdpTransport(page, cdp));
  }

  run<R>(steps: Step[], fn: string, arg?: unknown): Promise<R> {
    return this.transport.run(steps, fn, arg);
  }

  locator(css: string): UiLocator {
    return new UiLocator(this, [{ css }]);
  }

  /** The reply panel (role dialog, "Soothe replies"). */
  panel(): UiLocator {
    return this.locator('[role="dialog"][aria-label="Soothe replies"]');
  }
}

export class UiLocator {
  constructor(private ui: SootheUi, private steps: Step[]) {}

  locator(css: string): UiLocator {
    return new UiLocator(this.ui, [...this.steps, { css }]);
  }
  first(): UiLocator {
    return new UiLocator(this.ui, [...this.steps, { nth: 0 }]);
  }
  nth(i: number): UiLocator {
    return new UiLocator(this.ui, [...this.steps, { nth: i }]);
  }
  /** The same elements, kept only where they also match `css` (e.g. ':focus'). */
  matching(css: string): UiLocator {
    return new UiLocator(this.ui, [...this.steps, { matches: css }]);
  }

  count(): Promise<number> {
    return this.ui.run(this.steps, '(els) => els.length');
  }
  async isVisible(): Promise<boolean> {
    return this.ui.run(this.steps, `(els) => { const e = els[0]; if (!e) return false; const r = e.getBoundingClientRect(); const s = getComputedStyle(e); return r.width > 0 && r.height > 0 && s.visibility !== 'hidden'; }`);
  }
  async waitFor(opts: { state?: 'attached' | 'visible' | 'hidden' | 'detached'; timeout?: number } = {}): Promise<void> {
    const state = opts.state ?? 'visible';
    const deadline = Date.now() + (opts.timeout ?? 30_000);
    for (;;) {
      const ok = state === 'attached' ? (await this.count()) > 0 : state === 'detached' ? (await this.count()) === 0 : state === 'visible' ? await this.isVisible() : !(await this.isVisible());
      if (ok) return;
      if (Date.now() > deadline) throw new Error(`Soothe UI: ${JSON.stringify(this.steps)} not ${state} after ${opts.timeout ?? 30_000} ms`);
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }
  private async one<R>(fn: string, arg?: unknown): Promise<R> {
    await this.waitFor({ state: 'attached' });
    return this.ui.run<R>(this.steps, `(els, arg) => (${fn})(els[0], arg)`, arg);
  }
  textContent(): Promise<string | null> {
    return this.one('(e) => e.textContent');
  }
  getAttribute(name: string): Promise<string | null> {
    return this.one('(e, name) => e.getAttribute(name)', name);
  }
  inputValue(): Promise<string> {
    return this.one('(e) => e.value');
  }
  allTextContents(): Promise<string[]> {
    return this.ui.run(this.steps, '(els) => els.map((e) => e.textContent ?? "")');
  }
  /** `fn` runs in the page with the element (it must not close over test variables). */
  evaluate<R>(fn: (el: HTMLElement) => R): Promise<R> {
    return this.one(`(e) => (${fn.toString()})(e)`);
  }
  evaluateAll<R>(fn: (els: HTMLElement[]) => R): Promise<R> {
    return this.ui.run(this.steps, `(els) => (${fn.toString()})(els)`);
  }
  /** A real click (trusted mouse input) at the element's centre, after scrolling it into view. */
  async click(): Promise<void> {
    await this.waitFor({ state: 'visible' });
    const box = await this.ui.run<{ x: number; y: number }>(this.steps, `(els) => { els[0].scrollIntoView({ block: 'nearest' }); const r = els[0].getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; }`);
    await this.ui.transport.click(box.x, box.y);
  }
  /** The element's box in the viewport, or null. */
  boundingBox(): Promise<{ x: number; y: number; width: number; height: number } | null> {
    return this.ui.run(this.steps, '(els) => { const e = els[0]; if (!e) return null; const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }');
  }

}
