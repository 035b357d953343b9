import '@/components/overlay.css';
import { startSoothe } from '@/lib/content/start';
import { FACEBOOK_MATCHES } from '@/lib/sites/matches';
import { facebookAdapter } from '@/lib/sites/facebook/adapter';

export default defineContentScript({
  matches: FACEBOOK_MATCHES,
  cssInjectionMode: 'ui',
  main(ctx) {
    try {
      startSoothe(ctx, facebookAdapter);
    } catch (err) {
      console.debug('[Soothe] could not start on this page', err); // never throw into the site
    }
  },
});
