import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import type { OptionsServices } from '@/components/options/services';
import { originPattern } from '@/lib/library/sync/sync-fetch';
import { send } from '@/lib/messaging/client';
import './options.css';

const services: OptionsServices = {
  requestOrigin: (origin) => browser.permissions.request({ origins: [originPattern(origin)] }).catch(() => false),
  hasOrigin: (origin) => browser.permissions.contains({ origins: [originPattern(origin)] }).catch(() => false),
  getLogSettings: () => send('log:settings', {}),
  setLogSettings: (patch) => send('log:updateSettings', { patch }),
  getRadarSettings: () => send('radar:settings', {}),
  setRadarSettings: (patch) => send('radar:settings', { patch }),
  download(filename, content, type = 'application/json') {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const a = Object.assign(document.createElement('a'), { href: url, download: filename });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
  log: {
    async exportFile(format, table) {
      const file = await send('log:export', { format, ...(table ? { table } : {}) });
      services.download(file.filename, file.content, file.mimeType);
    },
    importJson: (json) => send('log:import', { json }),
    deleteAll: async () => {
      await send('log:deleteAll', {});
    },
  },
};

createRoot(document.getElementById('root')!).render(<OptionsApp services={services} languages={navigator.languages} />);
