/**
 * Soothe on the sites it has an adapter for (X, Facebook): one content script for all of them, run on
 * the registry's matches; the page's address picks the adapter (lib/sites/registry.ts).
 */
import '@/components/overlay.css';
import { mountSootheOverlay } from '@/components/SootheOverlay.mount';
import { startSoothe } from '@/lib/content/site/runtime';
import { SITE_MATCHES, siteForAddress } from '@/lib/sites/registry';
import { loadUiLocale } from '@/lib/settings/ui-language';

export default defineContentScript({
  matches: SITE_MATCHES,
  cssInjectionMode: 'ui',
  async main(ctx) {
    const adapter = siteForAddress(location.href);
    if (!adapter) return;
    try {
      // The panel speaks the "Language of Soothe" the user chose (the browser's when "auto").
      const locale = await loadUiLocale();
      if (ctx.isInvalid) return;
      startSoothe(ctx, adapter, mountSootheOverlay, [locale]);
    } catch (err) {
      console.debug('[Soothe] could not start on this page', err); // never throw into the site
    }
  },
});
