import { createRoot } from 'react-dom/client';
import { StatsPopup } from '@/components/StatsPopup';
import { send } from '@/lib/messaging/client';
import './popup.css';

createRoot(document.getElementById('root')!).render(<StatsPopup load={() => send('stats:summary', {})} />);
