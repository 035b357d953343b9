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
