/** Everything Soothe draws on a site page: a button beside each composer, and the reply panel. */
import { useStore } from 'zustand';
import type { Controller } from '@/lib/content/controller';
import type { UiStore } from '@/lib/content/ui-store';
import { ReplyPanel } from './ReplyPanel';
import { SootheButton } from './SootheButton';

export function SootheOverlay({ store, controller }: { store: UiStore; controller: Controller }) {
  const composers = useStore(store, (s) => s.composers);
  const openKey = useStore(store, (s) => s.openKey);
  const notice = useStore(store, (s) => s.notice);
  const { open, close, notify } = store.getState();

  return (
    <div className="soothe-root">
      {composers.map((c) =>
        c.box ? (
          <SootheButton
            key={c.key}
            box={c.box}
            expanded={openKey === c.key}
            onPress={() => controller.rememberCaret(c.key)}
            onClick={() => (openKey === c.key ? close() : open(c.key))}
          />
        ) : null,
      )}
      {openKey && (
        <ReplyPanel
          key={openKey}
          context={controller.describe(openKey)}
          notice={notice}
          onChoose={async (reply) => {
            const result = await controller.insert(openKey, reply);
            notify(result);
            if (result.kind === 'ok') close();
          }}
          onClose={() => {
            close();
            controller.focusComposer(openKey);
          }}
        />
      )}
      {!openKey && notice && (
        <div className={`soothe-toast soothe-${notice.kind}`} role="status" onClick={() => notify(null)}>
          {notice.text}
        </div>
      )}
    </div>
  );
}
