/**
 * Team pack subscriptions: subscribe by address, check for a new version (on a schedule and on
 * demand), and apply it at once or keep it for review. A bad download of any kind — network,
 * JSON, schema, integrity, an older version, too large, markup in text — is recorded on the
 * subscription with a clear message and leaves the installed pack exactly as it was.
 *
 * The download happens outside the library lock; what to do with it is decided inside, against
 * the state as it is then (decideCheck is pure, so it is tested without a network).
 */
import { sameJson } from '../pack/canonical-json';
import { parsePack } from '../pack/validate-pack';
import { checkPackUrl, fetchPackText, type FetchOutcome, type FetchPackOptions } from './sync-fetch';
import { loadLibraryState, mutateLibrary } from '../store/store';
import { LOCAL_PACK_ID, newEntry, putEntry, updatePack, type LibraryState, type Subscription, type SyncMode } from '../store/store-state';

export type CheckStatus =
  | { status: 'unchanged' }
  | { status: 'updated'; from: string; to: string; conflicts: number }
  | { status: 'pending'; version: string }
  | { status: 'held-back'; version: string }
  | { status: 'error'; message: string; network?: boolean };

/** Summarise a list of validation problems in one line, keeping them all in `details`. */
function refusal(installedVersion: string, errors: string[]): { message: string; details: string[] } {
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more ${errors.length === 2 ? 'problem' : 'problems'})` : '';
  return { message: `The new version was refused: ${errors[0] ?? 'unknown problem'}${more}. Version ${installedVersion} stays in use.`, details: errors };
}

/** What a check's download does to the state. Pure. */
export function decideCheck(state: LibraryState, packId: string, outcome: FetchOutcome, now: number): { state: LibraryState; result: CheckStatus } {
  const entry = state.packs[packId];
  const sub = entry?.subscription;
  if (!entry || !sub) return { state, result: { status: 'error', message: `pack "${packId}" has no subscription` } };
  const installed = entry.installed.pack;
  const put = (subscription: Subscription, result: CheckStatus) => ({ state: putEntry(state, packId, { ...entry, subscription }), result });
  const checked: Subscription = { ...sub, lastChecked: now };

  if (outcome.kind === 'error') {
    const message = `${outcome.message} Version ${installed.version} stays in use.`;
    return put({ ...checked, lastError: { at: now, message, details: [outcome.message] } }, { status: 'error', message, ...(outcome.network ? { network: true } : {}) });
  }
  const good = (validators: typeof outcome.validators): Subscription => {
    const { lastError: _cleared, etag: _e, lastModified: _l, ...rest } = checked;
    return { ...rest, ...validators, lastSuccess: now };
  };
  if (outcome.kind === 'unchanged') return put(good(outcome.validators), { status: 'unchanged' });

  const parsed = parsePack(outcome.text, { installedVersion: installed.version });
  // The validators of a refused document are not kept: the next check downloads it again and says
  // again why it is refused, instead of a 304 hiding the problem.
  if (!parsed.ok) {
    const r = refusal(installed.version, parsed.errors);
    return put({ ...checked, lastError: { at: now, ...r } }, { status: 'error', message: r.message });
  }
  const pack = parsed.pack;
  if (pack.id !== packId) {
    const r = refusal(installed.version, [`the address now serves pack "${pack.id}", not "${packId}"`]);
    return put({ ...checked, lastError: { at: now, ...r } }, { status: 'error', message: r.message });
  }
  if (sameJson(pack, installed)) return put({ ...good(outcome.validators), pending: undefined }, { status: 'unchanged' });
  if (entry.installed.heldBackVersion === pack.version) {
    // The user rolled back from this version; only a newer one is offered again.
    return put(good(outcome.validators), { status: 'held-back', version: pack.version });
  }
  if (sub.mode === 'review') {
    const pending = sub.pending && sameJson(sub.pending.pack, pack) ? sub.pending : { pack, fetchedAt: now };
    return put({ ...good(outcome.validators), pending }, { status: 'pending', version: pack.version });
  }
  const withSub = putEntry(state, packId, { ...entry, subscription: good(outcome.validators) });
  const applied = updatePack(withSub, packId, pack, now);
  if (!applied.ok) {
    const r = refusal(installed.version, applied.errors);
    return put({ ...checked, lastError: { at: now, ...r } }, { status: 'error', message: r.message });
  }
  return { state: applied.state, result: { status: 'updated', from: installed.version, to: pack.version, conflicts: applied.conflicts } };
}

export interface SyncDeps extends FetchPackOptions {
  now?: () => number;
}

/** Check one subscription now. */
export async function checkSubscription(packId: string, deps: SyncDeps = {}): Promise<CheckStatus> {
  const now = deps.now ?? Date.now;
  const before = await loadLibraryState(now());
  const sub = before.packs[packId]?.subscription;
  if (!sub) return { status: 'error', message: `pack "${packId}" has no subscription` };
  const outcome = await fetchPackText(sub.url, { etag: sub.etag, lastModified: sub.lastModified }, deps);
  let result: CheckStatus = { status: 'unchanged' };
  try {
    await mutateLibrary((state, at) => {
      const decided = decideCheck(state, packId, outcome, at);
      result = decided.result;
      return decided.state;
    }, now);
    return result;
  } catch (err) {
    // The browser refused to store the new version (storage full, or any other write failure). Record
    // that on the subscription instead — a much smaller write — so the pack's card says so.
    const message = `The new version could not be saved: ${err instanceof Error ? err.message : String(err)}`;
    await mutateLibrary((state, at) => decideCheck(state, packId, { kind: 'error', message }, at).state, now).catch(() => undefined);
    return { status: 'error', message };
  }
}

/** Check every subscription, one after the other (the schedule's job). One failing does not stop the others. */
export async function checkAllSubscriptions(deps: SyncDeps = {}): Promise<Record<string, CheckStatus>> {
  const state = await loadLibraryState();
  const results: Record<string, CheckStatus> = {};
  for (const [packId, entry] of Object.entries(state.packs)) {
    if (!entry.subscription) continue;
    try {
      results[packId] = await checkSubscription(packId, deps);
    } catch (err) {
      results[packId] = { status: 'error', message: err instanceof Error ? err.message : String(err) };
    }
  }
  return results;
}

export type SubscribeResult =
  | { ok: true; packId: string; version: string; name: string }
  | { ok: false; error: string; details?: string[]; network?: boolean; origin?: string };

/** Subscribe to the pack at `url`: download, validate and install it (or attach it to the same pack installed from a file). */
export async function subscribe(url: string, mode: SyncMode, deps: SyncDeps = {}): Promise<SubscribeResult> {
  const now = deps.now ?? Date.now;
  const checkedUrl = checkPackUrl(url);
  if (!checkedUrl.ok) return { ok: false, error: checkedUrl.error };
  const current = await loadLibraryState(now());
  const same = Object.entries(current.packs).find(([, e]) => e.subscription?.url === checkedUrl.url);
  if (same) return { ok: false, error: `You are already subscribed to this address (pack "${same[1].installed.pack.name}").` };

  const outcome = await fetchPackText(checkedUrl.url, {}, deps);
  if (outcome.kind === 'error') return { ok: false, error: outcome.message, origin: checkedUrl.origin, ...(outcome.network ? { network: true } : {}) };
  if (outcome.kind === 'unchanged') return { ok: false, error: 'The server answered "not modified" to a first download.' };
  const parsed = parsePack(outcome.text);
  if (!parsed.ok) {
    const more = parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more)` : '';
    return { ok: false, error: `This is not a valid pack: ${parsed.errors[0]}${more}.`, details: parsed.errors };
  }
  const pack = parsed.pack;
  if (pack.id === LOCAL_PACK_ID) return { ok: false, error: `The id "${LOCAL_PACK_ID}" is reserved for your own replies.` };

  let failure: string | undefined;
  const subscription: Subscription = { url: checkedUrl.url, mode, ...outcome.validators, lastChecked: now(), lastSuccess: now() };
  await mutateLibrary((state, at) => {
    const existing = state.packs[pack.id];
    if (!existing) return putEntry(state, pack.id, newEntry(pack, 'url', at, subscription));
    if (existing.subscription) {
      failure = `Pack "${pack.id}" is already subscribed from ${existing.subscription.url}. Remove that subscription first.`;
      return state;
    }
    // The same pack installed from a file or shipped by default: follow this address from now on.
    const attached = putEntry(state, pack.id, { ...existing, source: 'url', subscription });
    if (sameJson(pack, existing.installed.pack)) return attached;
    const applied = updatePack(attached, pack.id, pack, at);
    if (!applied.ok) {
      failure = `Pack "${pack.id}" is installed at version ${existing.installed.pack.version}: ${applied.errors.join('; ')}`;
      return state;
    }
    return applied.state;
  }, now);
  return failure ? { ok: false, error: failure } : { ok: true, packId: pack.id, version: pack.version, name: pack.name };
}

/** Review mode: apply the waiting version. */
export async function applyPending(packId: string, now: () => number = Date.now): Promise<{ ok: true } | { ok: false; error: string }> {
  let error: string | undefined;
  await mutateLibrary((state, at) => {
    const pending = state.packs[packId]?.subscription?.pending;
    if (!pending) {
      error = 'There is no update waiting for this pack.';
      return state;
    }
    // Validated when downloaded; checked again against what is installed now.
    const reparsed = parsePack(pending.pack, { installedVersion: state.packs[packId]!.installed.pack.version });
    if (!reparsed.ok) {
      error = reparsed.errors.join('; ');
      return state;
    }
    const applied = updatePack(state, packId, reparsed.pack, at);
    if (!applied.ok) {
      error = applied.errors.join('; ');
      return state;
    }
    return applied.state;
  }, now);
  return error ? { ok: false, error } : { ok: true };
}

/** Review mode: "not now" — drop the waiting version; it is not offered again, a newer one will be. */
export async function dismissPending(packId: string): Promise<void> {
  await mutateLibrary((state) => {
    const entry = state.packs[packId];
    const pending = entry?.subscription?.pending;
    if (!entry || !entry.subscription || !pending) return state;
    return putEntry(state, packId, {
      ...entry,
      installed: { ...entry.installed, heldBackVersion: pending.pack.version },
      subscription: { ...entry.subscription, pending: undefined },
    });
  });
}
