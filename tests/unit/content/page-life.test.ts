/**
 * The page's life in a content script: an orphaned script (the extension was updated or reloaded
 * under it) notices and ends its life, so everything hanging off the signal stops; and Soothe's UI
 * root refuses events a page script made up.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isOrphaned, pageLife } from '@/lib/content/page-life';
import { refuseUntrusted } from '@/lib/content/shadow-ui';

const runtime = browser.runtime as { id?: string };
/** The document event WXT listens for (its name is not secret: the extension id and the entrypoint name). */
const STARTED_EVENT = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
const realId = runtime.id;

afterEach(() => {
  runtime.id = realId;
  vi.useRealTimers();
});

describe('page life', () => {
  it('ends when the extension goes away under the script, and listeners added with its signal stop', async () => {
    vi.useFakeTimers();
    runtime.id = 'soothe-test';
    const ctx = new ContentScriptContext('test');
    const life = pageLife(ctx);
    const scrolls = vi.fn();
    window.addEventListener('scroll', scrolls, { signal: life.page() });
    window.dispatchEvent(new Event('scroll'));
    expect(scrolls).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(3000);
    expect(life.script.aborted).toBe(false);

    runtime.id = undefined; // what Chrome does to a content script whose extension was reloaded
    expect(isOrphaned()).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(life.script.aborted).toBe(true);
    expect(life.page().aborted).toBe(true);
    window.dispatchEvent(new Event('scroll'));
    expect(scrolls).toHaveBeenCalledTimes(1);
  });

  it('notices at once on the user\'s next gesture', () => {
    runtime.id = 'soothe-test';
    const life = pageLife(new ContentScriptContext('test-2'));
    runtime.id = undefined;
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(life.script.aborted).toBe(true);
  });
});

describe('a page that forges WXT\'s "newer script started" event', () => {
  it('does not stop Soothe while the extension is still there', () => {
    runtime.id = 'soothe-test';
    const ctx = new ContentScriptContext('test-forged');
    const life = pageLife(ctx);
    // What a page script can do: dispatch the event WXT listens for, naming this script, on the document.
    document.dispatchEvent(new CustomEvent(STARTED_EVENT, { detail: { contentScriptName: 'test-forged', messageId: 'forged' } }));
    expect(ctx.signal.aborted).toBe(true); // WXT believed it…
    expect(life.script.aborted).toBe(false); // …Soothe did not: its runtime is still attached
    expect(life.page().aborted).toBe(false);
  });

  it('still follows single-page navigation with its own watch', () => {
    vi.useFakeTimers();
    runtime.id = 'soothe-test';
    const life = pageLife(new ContentScriptContext('test-nav'));
    const first = life.page();
    const seen: AbortSignal[] = [];
    life.onNavigate((page) => seen.push(page));
    history.pushState({}, '', '/somewhere-else');
    vi.advanceTimersByTime(1000);
    expect(first.aborted).toBe(true);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.aborted).toBe(false);
  });
});

describe("Soothe's UI root", () => {
  it('stops synthetic clicks, keys and submits before any handler sees them', () => {
    const root = document.createElement('div');
    root.innerHTML = '<button>Hand off</button><form><input></form>';
    document.body.append(root);
    refuseUntrusted(root);
    const clicked = vi.fn();
    const keyed = vi.fn();
    const submitted = vi.fn();
    root.querySelector('button')!.addEventListener('click', clicked);
    root.querySelector('input')!.addEventListener('keydown', keyed);
    root.querySelector('form')!.addEventListener('submit', submitted);
    root.querySelector('button')!.click();
    root.querySelector('input')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(clicked).not.toHaveBeenCalled();
    expect(keyed).not.toHaveBeenCalled();
    expect(submitted).not.toHaveBeenCalled();
    root.remove();
  });
});
