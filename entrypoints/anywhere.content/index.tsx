/**
 * "Reply with Soothe" on any page. Not listed in the manifest: the background injects it into the
 * one tab the user asked about (context menu or shortcut, activeTab), never anywhere else.
 * Injected again on the same page, the new run takes over: WXT invalidates the previous run's
 * context, which removes its panel.
 */
import overlayCss from '@/components/overlay.css?inline';
import { ANYWHERE_REQUEST, type AnywhereRequest } from '@/lib/content/anywhere/launch-protocol';
import { mountAnywhereOverlay } from '@/components/AnywhereOverlay.mount';
import { startSelectionPanel } from '@/lib/content/anywhere/runtime';

export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  async main(ctx) {
    const slot = globalThis as unknown as Record<string, AnywhereRequest | undefined>;
    const request = slot[ANYWHERE_REQUEST] ?? { text: null };
    delete slot[ANYWHERE_REQUEST];
    try {
      const panel = await startSelectionPanel(ctx, overlayCss, mountAnywhereOverlay);
      panel.open(request.text);
    } catch (err) {
      console.debug('[Soothe] could not open the panel on this page', err); // never throw into the page
    }
  },
});
