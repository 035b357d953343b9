/**
 * Soothe's in-page UI in Firefox, over WebDriver BiDi (puppeteer's raw connection): the counterpart
 * of the DevTools transport in ./soothe-ui.ts, for the same SootheUi/UiLocator API. The closed
 * shadow root is reached as BiDi allows a client to: a node serialised with
 * `includeShadowTree: 'all'` carries its shadow root (open or closed) as a node with a sharedId,
 * which later script.callFunction calls take as `this`. Values cross as JSON text.
 */
import type { Page } from 'puppeteer-core';
import { bidiConnection, browsingContextOf, type BidiConnection } from './firefox';
import { HOSTS, onSelected, SootheUi, type Step, type UiTransport } from './soothe-ui';

interface RemoteValue {
  type: string;
  sharedId?: string;
  value?: unknown;
}
type CallResult = { type: 'success'; result: RemoteValue } | { type: 'exception'; exceptionDetails: { text: string } };

class BidiTransport implements UiTransport {
  private root: string | null = null;
  constructor(private page: Page, private bidi: BidiConnection, private context: string) {}

  private async call(params: object): Promise<RemoteValue> {
    const r = (await this.bidi.send('script.callFunction', { target: { context: this.context }, awaitPromise: true, ...params })).result as unknown as CallResult;
    if (r.type === 'exception') throw new Error(`in Soothe's UI: ${r.exceptionDetails.text}`);
    return r.result;
  }

  /** The closed shadow root's sharedId, or null while Soothe has no UI on the page. */
  private async rootNode(): Promise<string | null> {
    if (this.root) {
      // A node that left the document (or whose document went away) is answered "no such node".
      const alive = await this.call({ functionDeclaration: 'function() { return this.isConnected; }', this: { sharedId: this.root } }).catch(() => null);
      if (alive?.value === true) return this.root;
      this.root = null;
    }
    const host = await this.call({
      functionDeclaration: 'function(hosts) { return document.querySelector(hosts); }',
      arguments: [{ type: 'string', value: HOSTS }],
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
      resultOwnership: 'none',
    });
    if (host.type !== 'node') return null;
    const shadow = (host.value as { shadowRoot?: RemoteValue | null } | undefined)?.shadowRoot;
    this.root = shadow?.sharedId ?? null;
    return this.root;
  }

  async run<R>(steps: Step[], fn: string, arg?: unknown): Promise<R> {
    const sharedId = await this.rootNode();
    const json = (v: unknown) => ({ type: 'string', value: JSON.stringify(v ?? null) });
    const r = sharedId
      ? await this.call({
          functionDeclaration: `function(steps, arg) { return (${onSelected(fn)}).call(this, JSON.parse(steps), JSON.parse(arg)).then((v) => JSON.stringify(v ?? null)); }`,
          this: { sharedId },
          arguments: [json(steps), json(arg)],
        })
      : await this.call({
          functionDeclaration: `async function(arg) { return JSON.stringify((await (${fn})([], JSON.parse(arg))) ?? null); }`,
          arguments: [json(arg)],
        });
    return JSON.parse(r.value as string) as R;
  }

  click(x: number, y: number): Promise<void> {
    return this.page.mouse.click(x, y);
  }
}

/** Soothe's UI on a puppeteer page in Firefox (WebDriver BiDi). */
export function firefoxSootheUi(page: Page): SootheUi {
  return new SootheUi(new BidiTransport(page, bidiConnection(page.browser()), browsingContextOf(page)));
}
