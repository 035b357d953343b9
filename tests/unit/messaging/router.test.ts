import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/log/db';
import { createHandlers } from '../../../lib/messaging/handlers';
import { route as routeFrom, type Handlers } from '../../../lib/messaging/router';

// These tests speak as one of Soothe's own pages; the sender policy has its own tests (messaging/policy.test.ts).
const route = (h: Partial<Handlers>, m: unknown) => routeFrom(h, m, 'extension');

const envelope = (type: string, payload: unknown) => ({ soothe: 1, type, payload });

describe('background message routing', () => {
  it('records insertions in the database and summarises them', async () => {
    const db = openDatabase(`router-${Math.random()}`);
    const handlers = createHandlers(db);
    const rec = { platform: 'x', postId: '1', templateId: 't', url: 'https://x.com/a/status/1' };
    expect(await route(handlers, envelope('log:insertion', rec))).toMatchObject({ ok: true });
    await route(handlers, envelope('log:insertion', { ...rec, platform: 'facebook' }));
    const reply = await route(handlers, envelope('stats:summary', {}));
    expect(reply).toMatchObject({ ok: true, value: { insertions: 2, byPlatform: { x: 1, facebook: 1 } } });
  });

  it('answers unknown message types with an error instead of silence', async () => {
    const reply = await route(createHandlers(openDatabase(`router-${Math.random()}`)), envelope('nope', {}));
    expect(reply).toEqual({ ok: false, error: 'Unknown Soothe message "nope"' });
  });

  it('turns a failing handler into an error reply', async () => {
    const handlers = createHandlers(openDatabase(`router-${Math.random()}`));
    handlers['stats:summary'] = () => {
      throw new Error('disk full');
    };
    expect(await route(handlers, envelope('stats:summary', {}))).toEqual({ ok: false, error: 'disk full' });
  });

  it('ignores messages that are not Soothe envelopes', async () => {
    const handlers = createHandlers(openDatabase(`router-${Math.random()}`));
    expect(await route(handlers, { type: 'stats:summary' })).toBeUndefined();
    expect(await route(handlers, 'hello')).toBeUndefined();
  });
});
