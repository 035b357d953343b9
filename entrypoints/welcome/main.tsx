/** The welcome page (first run): opened on install by the background, linked from the popup. */
import { createRoot } from 'react-dom/client';
import { WelcomeApp, type WelcomeServices } from '@/components/welcome/WelcomeApp';
import { send } from '@/lib/messaging/client';
import '../options/options.css';

const services: WelcomeServices = {
  getLogSettings: () => send('log:settings', {}),
  setLogSettings: (patch) => send('log:updateSettings', { patch }),
};

createRoot(document.getElementById('root')!).render(<WelcomeApp services={services} languages={navigator.languages} />);
