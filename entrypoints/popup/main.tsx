import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { StatsPopup } from '@/components/StatsPopup';
import { systemTimeZone } from '@/lib/log/local-days';
import type { Period } from '@/lib/log/metrics';
import { send } from '@/lib/messaging/client';
import { loadLibrary } from '@/lib/library/store/store';
import { templateTitles } from '@/lib/library/store/template-titles';
import { loadProfile } from '@/lib/settings/profile';
import { uiLocale } from '@/lib/settings/ui-language';
import './popup.css';

// The popup's own zone decides where "today" starts; the background computes in it.
const timeZone = systemTimeZone();
const load = (period: Period) => send('stats:period', { period, timeZone });

async function start() {
  // The "Language of Soothe" setting, and the brand (no brand: point to the welcome page).
  const profile = await loadProfile().catch(() => null);
  const locale = uiLocale(profile?.uiLanguage, navigator.languages);
  const titles = await loadLibrary().then((library) => templateTitles(library, locale), () => new Map<string, string>());
  createRoot(document.getElementById('root')!).render(
    <StatsPopup
      load={load}
      locale={locale}
      templateTitle={(id) => titles.get(id)}
      setupHref={browser.runtime.getURL('/welcome.html')}
      needsSetup={!!profile && !profile.brand.trim() && !profile.handles.x.trim() && !profile.handles.facebook.trim()}
    />,
  );
}
void start();
