/**
 * What a pack's card says about it, from the stored entry alone (never from the last button
 * pressed): an update waiting for review, one held back, the update last applied, or up to date.
 * After "Apply update" the stored entry has no pending version any more, so the card cannot go on
 * saying one is waiting.
 */
import type { PackEntry } from './store-state';

export type PackCardState =
  | { kind: 'pending'; version: string }
  | { kind: 'held-back'; version: string }
  | { kind: 'updated'; from: string; to: string; at: number; conflicts: number }
  | { kind: 'current'; version: string };

export function packCardState(entry: PackEntry): PackCardState {
  const version = entry.installed.pack.version;
  const sub = entry.subscription;
  if (sub?.pending) return { kind: 'pending', version: sub.pending.pack.version };
  const held = entry.installed.heldBackVersion;
  if (held && held !== version) return { kind: 'held-back', version: held };
  // Only while the applied update is what is installed (a rollback since then makes it history).
  if (sub?.lastUpdate && sub.lastUpdate.to === version) return { kind: 'updated', ...sub.lastUpdate };
  return { kind: 'current', version };
}
