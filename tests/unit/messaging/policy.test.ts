/**
 * Issue 13, item 2: the background answers each message only for the senders its policy names. The
 * e2e twin (tests/e2e/security.e2e.ts) sends the same messages from a real content-script world.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/log/db';
import { createHandlers } from '../../../lib/messaging/handlers';
import { allowed, MESSAGE_POLICY, type MessageType } from '../../../lib/messaging/protocol';
import { route, type Handlers } from '../../../lib/messaging/router';
import { classifySender } from '../../../lib/messaging/sender';

const CHROME = { id: 'abcdefghijklmnopabcdefghijklmnop', base: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/' };
const FIREFOX = { id: 'soothe@soothe.app', base: 'moz-extension://0b6c5c2e-5a0e-4c59-9b1e-6e1f2f0c8a11/' };

describe('the policy table', () => {
  it('lets content scripts send only what the in-page panel needs', () => {
    const fromContent = (Object.keys(MESSAGE_POLICY) as MessageType[]).filter((t) => allowed(t, 'content')).sort();
    expect(fromContent).toEqual(['case:sent', 'log:event', 'log:settings', 'panel:analyse', 'panel:search', 'radar:alerts', 'radar:handOff', 'radar:update', 'rules:check']);
  });

  it('keeps reading the log back, export, import, delete, retention and settings changes to extension pages', () => {
    for (const t of ['log:export', 'log:import', 'log:deleteAll', 'log:setRetention', 'log:updateSettings', 'stats:period', 'stats:summary', 'log:insertion'] as const) {
      expect(MESSAGE_POLICY[t], t).toBe('extension');
      expect(allowed(t, 'content'), t).toBe(false);
      expect(allowed(t, 'extension'), t).toBe(true);
    }
  });

  it('refuses everything to a foreign sender and unknown types to everyone', () => {
    for (const t of Object.keys(MESSAGE_POLICY)) expect(allowed(t, 'foreign')).toBe(false);
    expect(allowed('log:nuke', 'extension')).toBe(false);
    expect(allowed('toString', 'extension')).toBe(false);
  });

  it('every handler the background registers has a policy entry, and every entry a handler', () => {
    const handlers = createHandlers(openDatabase(`policy-${Math.random()}`));
    for (const t of Object.keys(handlers)) expect(MESSAGE_POLICY, t).toHaveProperty(t);
    for (const t of ['panel:analyse', 'rules:check']) expect(MESSAGE_POLICY).toHaveProperty(t);
  });
});

describe('who the sender is', () => {
  it('an extension page: its own origin, Chrome and Firefox', () => {
    expect(classifySender({ id: CHROME.id, url: `${CHROME.base}options.html`, origin: CHROME.base.slice(0, -1) }, CHROME)).toBe('extension');
    expect(classifySender({ id: CHROME.id, url: `${CHROME.base}popup.html` }, CHROME)).toBe('extension');
    // The options page opened in a tab: the tab is the extension's own.
    expect(classifySender({ id: CHROME.id, url: `${CHROME.base}options.html`, tab: { url: `${CHROME.base}options.html` } }, CHROME)).toBe('extension');
    expect(classifySender({ id: FIREFOX.id, url: `${FIREFOX.base}options.html` }, FIREFOX)).toBe('extension');
  });

  it('a content script: the page is not ours, whatever it claims', () => {
    expect(classifySender({ id: CHROME.id, url: 'https://x.com/a/status/1', origin: 'https://x.com', tab: { url: 'https://x.com/a/status/1' } }, CHROME)).toBe('content');
    expect(classifySender({ id: FIREFOX.id, url: 'https://www.facebook.com/p/1' }, FIREFOX)).toBe('content');
    // Look-alikes: another extension's origin, our id in a path or a query, a prefix without the slash.
    expect(classifySender({ id: CHROME.id, url: `https://evil.example/${CHROME.base}` }, CHROME)).toBe('content');
    expect(classifySender({ id: CHROME.id, url: `${CHROME.base.slice(0, -1)}x/options.html` }, CHROME)).toBe('content');
    expect(classifySender({ id: CHROME.id, url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/options.html' }, CHROME)).toBe('content');
    expect(classifySender({ id: FIREFOX.id, url: 'moz-extension://another-uuid/options.html' }, FIREFOX)).toBe('content');
    // Our page framed inside a web page's tab, or a URL that disagrees with the browser's origin.
    expect(classifySender({ id: CHROME.id, url: `${CHROME.base}options.html`, tab: { url: 'https://x.com/home' } }, CHROME)).toBe('content');
    expect(classifySender({ id: CHROME.id, url: `${CHROME.base}options.html`, origin: 'https://x.com' }, CHROME)).toBe('content');
  });

  it('another extension, or no sender at all: foreign', () => {
    expect(classifySender({ id: 'other', url: `${CHROME.base}options.html` }, CHROME)).toBe('foreign');
    expect(classifySender(undefined, CHROME)).toBe('foreign');
  });
});

describe('routing with the policy', () => {
  const envelope = (type: string, payload: unknown) => ({ soothe: 1, type, payload });

  it('refuses privileged messages from a content script before any handler runs, and the log is unchanged', async () => {
    const db = openDatabase(`policy-${Math.random()}`);
    const handlers = createHandlers(db) as Partial<Handlers>;
    expect(await route(handlers, envelope('log:event', { id: 'a', type: 'seen', at: Date.now(), platform: 'x', postId: '1' }), 'content')).toMatchObject({ ok: true });
    const privileged: Array<[string, unknown]> = [
      ['log:export', { format: 'json' }],
      ['log:export', { format: 'csv', table: 'events' }],
      ['log:import', { json: JSON.stringify({ format: 'soothe-log', version: 1, cases: [], events: [{ id: 'b', type: 'seen', at: Date.now(), platform: 'x', postId: '2' }] }) }],
      ['log:deleteAll', {}],
      ['log:setRetention', { days: 1 }],
      ['log:updateSettings', { patch: { hashAuthors: true, retentionDays: 1 } }],
      ['stats:period', { period: 'today' }],
      ['stats:summary', {}],
      ['log:insertion', { platform: 'x', postId: '3', templateId: 't', url: 'https://x.com/a/status/3' }],
    ];
    for (const [type, payload] of privileged) {
      const reply = await route(handlers, envelope(type, payload), 'content');
      expect(reply, type).toEqual({ ok: false, error: `Soothe refused "${type}": only Soothe's own pages (popup, options) may send it.` });
    }
    // A patch smuggled into the read message is not applied.
    await route(handlers, envelope('log:settings', { patch: { hashAuthors: true } }), 'content');
    expect(await db.events.count()).toBe(1);
    expect(await db.cases.count()).toBe(1);
    expect((await route(handlers, envelope('log:settings', {}), 'extension'))).toMatchObject({ ok: true, value: { hashAuthors: false, retentionDays: null } });
  });
});
