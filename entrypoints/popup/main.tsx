import { createRoot } from 'react-dom/client';
import { StatsPopup } from '@/components/StatsPopup';
import { pickLocale } from '@/lib/i18n/stats';
import { systemTimeZone } from '@/lib/log/local-days';
import type { Period } from '@/lib/log/metrics';
import { send } from '@/lib/messaging/client';
import './popup.css';

// The popup's own zone decides where "today" starts; the background computes in it.
const timeZone = systemTimeZone();
const load = (period: Period) => send('stats:period', { period, timeZone });

createRoot(document.getElementById('root')!).render(<StatsPopup load={load} locale={pickLocale(navigator.languages)} />);
