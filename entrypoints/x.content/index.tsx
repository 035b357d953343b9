import '@/components/overlay.css';
import { startSoothe } from '@/lib/content/start';
import { X_MATCHES } from '@/lib/sites/matches';
import { xAdapter } from '@/lib/sites/x/adapter';

export default defineContentScript({
  matches: X_MATCHES,
  cssInjectionMode: 'ui',
  main(ctx) {
    try {
      startSoothe(ctx, xAdapter);
    } catch (err) {
      console.debug('[Soothe] could not start on this page', err); // never throw into the site
    }
  },
});
