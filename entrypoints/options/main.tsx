import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import type { OptionsServices } from '@/components/options/services';
import { originPattern } from '@/lib/library/sync-fetch';
import { send } from '@/lib/messaging/client';
import './options.css';

const services: OptionsServices = {
  requestOrigin: (origin) => browser.permissions.request({ origins: [originPattern(origin)] }).catch(() => false),
  hasOrigin: (origin) => browser.permissions.contains({ origins: [originPattern(origin)] }).catch(() => false),
  getLogSettings: () => send('log:settings', {}),
  setLogSettings: (patch) => send('log:settings', { patch }),
  download(filename, content) {
    const url = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: filename });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};

createRoot(document.getElementById('root')!).render(<OptionsApp services={services} languages={navigator.languages} />);
