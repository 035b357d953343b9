/** Mounts the any-page overlay ("Reply with Soothe") into Soothe's shadow root. */
import { createRoot } from 'react-dom/client';
import type { MountAnywhereOverlay } from '@/lib/content/anywhere/runtime';
import { AnywhereOverlay } from './AnywhereOverlay';

export const mountAnywhereOverlay: MountAnywhereOverlay = (container) => {
  const root = createRoot(container);
  return {
    render: (view) => root.render(<AnywhereOverlay view={view} />),
    unmount: () => root.unmount(),
  };
};
