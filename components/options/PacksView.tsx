/**
 * Installed packs: subscribe by address, and per pack its version, source, last check and error,
 * "Check now", the update waiting for review with what it changes, rollback, conflicts, export.
 *
 * Host access: the first download is tried without asking, because hosts that send
 * "Access-Control-Allow-Origin: *" (raw files on Git hosts, most static sites) need no permission.
 * Only when that fails does the page offer to ask for access to that one origin, from the user's
 * click (the browser shows its prompt only in a user gesture), and then tries again.
 */
import { useState } from 'react';
import { diffPacks } from '@/lib/library/pack/diff';
import { applyPackUpdate } from '@/lib/library/store/merge';
import { mutateLibrary } from '@/lib/library/store/store';
import { exportPack } from '@/lib/library/store/store-io';
import { packCardState, type PackCardState } from '@/lib/library/store/pack-card-state';
import {
  LOCAL_PACK_ID,
  removePack,
  restoreDefaults,
  rollbackPack,
  setPackEnabled,
  setSyncMode,
  type LibraryState,
  type PackEntry,
  type SyncMode,
} from '@/lib/library/store/store-state';
import { applyPending, checkSubscription, dismissPending, subscribe, type CheckStatus } from '@/lib/library/sync/sync';
import { checkPackUrl } from '@/lib/library/sync/sync-fetch';
import type { Profile } from '@/lib/settings/profile';
import { ConflictList } from './ConflictList';
import { useOptions } from './context';
import { DiffView } from './DiffView';
import { Errors } from './ItemEditor';

function stateText(s: PackCardState, t: ReturnType<typeof useOptions>['t']): string {
  switch (s.kind) {
    case 'pending':
      return t.checkResult.pending(s.version);
    case 'held-back':
      return t.checkResult.heldBack(s.version);
    case 'updated':
      return t.checkResult.updated(s.from, s.to); // conflicts it left are listed below the card's state
    case 'current':
      return t.upToDate;
  }
}

export function PacksView({ state, profile }: { state: LibraryState; profile: Profile }) {
  const { t, services } = useOptions();
  return (
    <div className="packs">
      <SubscribeForm defaultMode={profile.defaultSyncMode} />
      <h2>{t.packsTitle}</h2>
      <ul className="pack-list">
        <li className="pack" data-testid={`pack-${LOCAL_PACK_ID}`}>
          <div className="pack-head">
            <h3>{t.myReplies}</h3>
            <span className="muted">{t.templatesCount(state.local.templates.length, state.local.faq.length)}</span>
          </div>
          <p className="muted">{t.sourceLocal}</p>
          <div className="actions">
            <button type="button" onClick={() => services.download(`${LOCAL_PACK_ID}.json`, JSON.stringify(state.local, null, 2))}>{t.exportPack}</button>
          </div>
        </li>
        {Object.entries(state.packs).map(([id, entry]) => (
          <PackCard key={id} packId={id} entry={entry} state={state} />
        ))}
      </ul>
      {state.removedDefaults.length > 0 && (
        <button type="button" onClick={() => void mutateLibrary((s) => restoreDefaults(s))}>{t.restoreDefaults}</button>
      )}
    </div>
  );
}

function SubscribeForm({ defaultMode }: { defaultMode: SyncMode }) {
  const { t, services } = useOptions();
  const [url, setUrl] = useState('');
  const [mode, setMode] = useState<SyncMode>(defaultMode);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string; details?: string[] } | null>(null);
  const [needsAccess, setNeedsAccess] = useState<string | null>(null);

  const run = async () => {
    setBusy(true);
    setMessage(null);
    setNeedsAccess(null);
    const r = await subscribe(url, mode, { fetch: services.fetch, now: services.now });
    setBusy(false);
    if (r.ok) {
      setMessage({ ok: true, text: t.subscribed(r.name, r.version) });
      setUrl('');
      return;
    }
    setMessage({ ok: false, text: r.error, details: r.details });
    // A network-level failure may be CORS: offer to ask for this origin unless access is already granted.
    if (r.network && r.origin && !(await services.hasOrigin(r.origin))) setNeedsAccess(r.origin);
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    void run();
  };

  const grant = async () => {
    if (!needsAccess) return;
    const origin = needsAccess;
    // Called straight from the click, so the browser may show its prompt.
    const granted = await services.requestOrigin(origin);
    if (!granted) {
      setMessage({ ok: false, text: t.accessDenied(origin) });
      return;
    }
    await run();
  };

  const checked = url ? checkPackUrl(url) : null;
  return (
    <form className="subscribe card" onSubmit={submit} aria-labelledby="subscribe-title">
      <h2 id="subscribe-title">{t.subscribeTitle}</h2>
      <div className="row">
        <div className="field grow">
          <label htmlFor="subscribe-url">{t.subscribeUrl}</label>
          <input id="subscribe-url" type="url" inputMode="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://raw.githubusercontent.com/acme/packs/main/support-en.json" required aria-invalid={checked ? !checked.ok : undefined} />
        </div>
        <div className="field">
          <label htmlFor="subscribe-mode">{t.subscribeMode}</label>
          <select id="subscribe-mode" value={mode} onChange={(e) => setMode(e.target.value as SyncMode)}>
            <option value="auto">{t.modeAuto}</option>
            <option value="review">{t.modeReview}</option>
          </select>
        </div>
        <button type="submit" className="primary" disabled={busy}>{busy ? t.subscribing : t.subscribe}</button>
      </div>
      <div aria-live="polite" data-testid="subscribe-status">
        {message && (message.ok ? <p className="ok">{message.text}</p> : <Errors title={message.text} errors={message.details ?? []} />)}
        {message && !message.ok && !message.details && <p className="error" role="alert">{message.text}</p>}
      </div>
      {needsAccess && (
        <button type="button" onClick={() => void grant()}>{t.grantAccess(needsAccess)}</button>
      )}
    </form>
  );
}

function formatTime(at: number | undefined, locale: string, never: string): string {
  return at ? new Date(at).toLocaleString(locale) : never;
}

function statusText(r: CheckStatus, t: ReturnType<typeof useOptions>['t']): string {
  switch (r.status) {
    case 'unchanged':
      return t.checkResult.unchanged;
    case 'updated':
      return t.checkResult.updated(r.from, r.to);
    case 'pending':
      return t.checkResult.pending(r.version);
    case 'held-back':
      return t.checkResult.heldBack(r.version);
    case 'error':
      return r.message;
  }
}

function PackCard({ packId, entry, state }: { packId: string; entry: PackEntry; state: LibraryState }) {
  const { t, services } = useOptions();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string>('');
  const [errors, setErrors] = useState<string[]>([]);
  const pack = entry.installed.pack;
  const sub = entry.subscription;
  const pending = sub?.pending;
  const previous = entry.installed.previous;
  const cardState = packCardState(entry);

  const checkNow = async () => {
    setBusy(true);
    setResult('');
    try {
      setResult(statusText(await checkSubscription(packId, { fetch: services.fetch, now: services.now }), t));
    } catch (err) {
      setResult(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  const act = async (work: () => Promise<{ ok: true } | { ok: false; error: string } | void>) => {
    setErrors([]);
    // The last "Check now" answer described the pack before this action (apply, not now, roll
    // back); from here the card's stored state (pack-state) tells the truth.
    setResult('');
    try {
      const r = await work();
      if (r && !r.ok) setErrors([r.error]);
    } catch (err) {
      setErrors([err instanceof Error ? err.message : String(err)]);
    }
  };
  const doRollback = () =>
    act(async () => {
      let error: string | undefined;
      await mutateLibrary((s, now) => {
        const r = rollbackPack(s, packId, now);
        if (!r.ok) error = r.errors.join('; ');
        return r.ok ? r.state : s;
      });
      return error ? { ok: false, error } : { ok: true };
    });
  const pendingPreview = pending ? applyPackUpdate(entry.installed, pending.pack) : null;
  const sourceText = entry.source === 'default' ? t.sourceDefault : entry.source === 'file' ? t.sourceFile : sub?.url;

  return (
    <li className="pack" data-testid={`pack-${packId}`}>
      <div className="pack-head">
        <h3>{pack.name}</h3>
        <span>
          {t.version} <strong data-testid="pack-version">{pack.version}</strong>
        </span>
        <span className="muted">{t.templatesCount(pack.templates.length, pack.faq.length)}</span>
      </div>
      {sub && (
        <p className="pack-state" data-testid="pack-state" data-state={cardState.kind}>
          {stateText(cardState, t)}
        </p>
      )}
      <p className="muted">
        {t.source}: {sub ? <a href={sub.url} target="_blank" rel="noreferrer noopener">{sub.url}</a> : sourceText}
      </p>
      <label className="inline">
        <input type="checkbox" checked={entry.enabled} onChange={(e) => void mutateLibrary((s, now) => setPackEnabled(s, packId, e.target.checked, now))} />
        {t.enabled}
      </label>
      {sub && (
        <div className="sync">
          <p>
            {t.lastCheck}: <span data-testid="last-check">{formatTime(sub.lastChecked, t.locale, t.never)}</span>
          </p>
          <label>
            {t.mode}{' '}
            <select value={sub.mode} onChange={(e) => void mutateLibrary((s) => setSyncMode(s, packId, e.target.value as SyncMode))}>
              <option value="auto">{t.modeAuto}</option>
              <option value="review">{t.modeReview}</option>
            </select>
          </label>
          {sub.lastError && (
            <div className="error" role="alert" data-testid="sync-error">
              <strong>{t.lastError}</strong> ({formatTime(sub.lastError.at, t.locale, t.never)}): {sub.lastError.message}
              {sub.lastError.details.length > 1 && (
                <details>
                  <summary>{t.details}</summary>
                  <ul>
                    {sub.lastError.details.map((d, i) => (
                      <li key={i}>{d}</li>
                    ))}
                  </ul>
                </details>
              )}
            </div>
          )}
          <div className="actions">
            <button type="button" onClick={() => void checkNow()} disabled={busy}>{busy ? t.checking2 : t.checkNow}</button>
          </div>
          <p aria-live="polite" data-testid="check-result">{result}</p>
        </div>
      )}
      {pending && (
        <section className="pending card" aria-label={t.updateWaiting(pending.pack.version)} data-testid="pending-update">
          <h4>{t.updateWaiting(pending.pack.version)}</h4>
          <DiffView diff={diffPacks(pack, pending.pack)} />
          {pendingPreview?.ok && pendingPreview.conflicts.length > 0 && <p className="note">{t.conflictsIfApplied(pendingPreview.conflicts.length)}</p>}
          <div className="actions">
            <button type="button" className="primary" onClick={() => void act(() => applyPending(packId, services.now))}>{t.applyUpdate}</button>
            <button type="button" onClick={() => void act(() => dismissPending(packId))}>{t.notNow}</button>
          </div>
        </section>
      )}
      <ConflictList packId={packId} entry={entry} />
      {previous && (
        <details className="last-update">
          <summary>{t.diffTitle(previous.pack.version, pack.version)}</summary>
          <DiffView diff={diffPacks(previous.pack, pack)} />
        </details>
      )}
      <Errors errors={errors} />
      <div className="actions">
        {previous && <button type="button" onClick={() => void doRollback()}>{t.rollBack(previous.pack.version)}</button>}
        <button type="button" onClick={() => {
          const out = exportPack(state, packId);
          if (out) services.download(`${packId}-${out.version}.json`, JSON.stringify(out, null, 2));
        }}>{t.exportPack}</button>
        <button
          type="button"
          className="danger"
          onClick={() => {
            if (globalThis.confirm?.(t.confirmRemove(pack.name)) === false) return;
            void mutateLibrary((s) => removePack(s, packId));
          }}
        >
          {t.removePack}
        </button>
      </div>
    </li>
  );
}

