/** Mounts the site overlay (Soothe buttons and the reply panel) into Soothe's shadow root. */
import { createRoot } from 'react-dom/client';
import type { MountSiteOverlay } from '@/lib/content/site/runtime';
import { SootheOverlay } from './SootheOverlay';

export const mountSootheOverlay: MountSiteOverlay = (container, props) => {
  const root = createRoot(container);
  root.render(<SootheOverlay {...props} />);
  return () => root.unmount();
};
