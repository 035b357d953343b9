import { describe, expect, it } from 'vitest';
import { packCardState } from '../../../lib/library/store/pack-card-state';
import { newEntry, type PackEntry } from '../../../lib/library/store/store-state';
import { makePack } from './fixtures';

const entry = (over: Partial<PackEntry> = {}): PackEntry => ({ ...newEntry(makePack({ version: '1.1.0' }), 'url', 0), ...over });
const sub = { url: 'https://packs.example.com/en.json', mode: 'review' as const };

describe('packCardState', () => {
  it('follows the stored entry: waiting, applied, held back, up to date', () => {
    expect(packCardState(entry({ subscription: { ...sub, pending: { pack: makePack({ version: '1.2.0' }), fetchedAt: 1 } } }))).toEqual({ kind: 'pending', version: '1.2.0' });
    expect(packCardState(entry({ subscription: { ...sub, lastUpdate: { from: '1.0.0', to: '1.1.0', at: 5, conflicts: 0 } } }))).toMatchObject({ kind: 'updated', from: '1.0.0', to: '1.1.0' });
    // Rolled back since: the applied update is history, the held-back version is what to say.
    const rolled = entry({ subscription: { ...sub, lastUpdate: { from: '1.1.0', to: '1.2.0', at: 5, conflicts: 0 } } });
    rolled.installed = { ...rolled.installed, heldBackVersion: '1.2.0' };
    expect(packCardState(rolled)).toEqual({ kind: 'held-back', version: '1.2.0' });
    expect(packCardState(entry({ subscription: sub }))).toEqual({ kind: 'current', version: '1.1.0' });
  });
});
