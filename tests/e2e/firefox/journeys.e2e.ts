/**
 * The main journeys again in real Firefox (ESR, over WebDriver BiDi) with the Firefox build
 * (.output/firefox-mv3, whose background is an event page, not a service worker): on an x.com
 * status page with the real draft-js editor and a facebook.com post with the real lexical editor
 * (served locally at their real addresses), the Soothe button opens the panel on a complaint, a
 * reply chosen by keyboard lands in the editor's own state, the site's send is detected and
 * logged by the background, and the popup shows the numbers.
 *
 * One browser for the file: a Firefox start is the slow part on a two-core machine.
 * Firefox's BiDi does not reach extension pages through puppeteer's Page; the popup is read through
 * tests/support/firefox.ts's ExtensionTab instead.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FB_ORIGIN, X_ORIGIN } from '../../pages/serve';
import { FACEBOOK_POSTS, X_THREADS } from '../../pages/threads';
import { readEventsInFirefox, type StoredEvent } from '../../support/extension-db';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../../support/firefox';
import { insertFirstReady, openPanel } from '../../support/firefox-panel';
import { PANEL } from '../../support/panel-shape';
import { actAsBrandInFirefox } from '../../support/profile';
import { firefoxSootheUi } from '../../support/soothe-ui.bidi';

let firefox: FirefoxWithExtension;
beforeAll(async () => {
  // Firefox suspends an idle event page after 30 s; here after 1 s, so the journeys cross a
  // suspend-and-wake as a user's pauses would (the background keeps nothing it cannot rebuild).
  firefox = await launchFirefoxWithExtension({ eventPageIdleMs: 1_000 });
});
afterAll(async () => firefox?.close());

const editorText = (page: Page, i = 0) => page.evaluate((n) => window.__testEditors?.text(n) ?? '', i);
/** Text in Soothe's UI (a closed shadow root, reached over BiDi). */
const textIn = (page: Page, selector: string) => firefoxSootheUi(page).locator(selector).textContent();

const events = (): Promise<StoredEvent[]> => readEventsInFirefox(firefox);
const sentFor = async (postId: string) => (await events()).filter((e) => e.type === 'reply_sent' && e.postId === postId);

/** What the popup shows, read from its page as the user would see it. */
async function popupNumbers() {
  const popup = await firefox.openExtensionPage('popup.html');
  try {
    return await popup.waitFor(() => {
      const read = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? null;
      // An empty log shows its own message instead of the numbers.
      if (document.querySelector('[data-testid="empty"]')) return { seen: '0', answered: '0', frtMedian: null };
      const seen = read('seen');
      return seen === null ? null : { seen, answered: read('answered'), frtMedian: read('frt-median') };
    });
  } finally {
    await popup.close();
  }
}

describe('Firefox: X status page (draft-js)', () => {
  it('opens the panel on the complaint, inserts by keyboard, detects the send; the popup shows it', async () => {
    const thread = X_THREADS[0]!; // Marta (95 min ago) and Tom complain
    const focal = thread.posts[0]!;
    // Seen complaints are the brand's: the manager has set up the brand the thread complains to.
    await actAsBrandInFirefox(firefox, thread, 'X');
    const page = await firefox.openSite(X_ORIGIN + thread.path);
    const reply = (await page.waitForSelector('[data-testid="tweetButtonInline"]'))!;
    expect(await reply.evaluate((b) => (b as HTMLButtonElement).disabled)).toBe(true);

    const panel = await openPanel(page);
    expect(await textIn(page, PANEL.complaint)).toBe('Complaint');
    expect(await textIn(page, PANEL.postText)).toContain('in transit');
    const preview = await insertFirstReady(page, panel);
    // The editor's own state holds the reply (not just its DOM), and X's Reply button comes on.
    await expect.poll(() => editorText(page)).toBe(preview);
    await expect.poll(() => reply.evaluate((b) => (b as HTMLButtonElement).disabled)).toBe(false);

    // The user pauses before sending: the event page is suspended, and the send must wake it.
    await expect.poll(() => firefox.backgroundState(), { timeout: 15_000 }).toBe('stopped');
    await reply.click();
    await expect.poll(() => sentFor(focal.id), { timeout: 15_000 }).toHaveLength(1);
    const [event] = await sentFor(focal.id);
    expect(event!.platform).toBe('x');
    expect(event!.replyId).toMatch(/^\d+$/);

    // The complaints on screen were logged as seen; the popup counts them and the one answer,
    // timed from Marta's post (95 minutes before the page was served) to the send seconds later.
    await expect
      .poll(async () => (await events()).filter((e) => e.type === 'seen').map((e) => e.postId), { timeout: 15_000 })
      .toEqual(expect.arrayContaining([focal.id, thread.posts[1]!.id]));
    const numbers = await popupNumbers();
    expect(numbers.answered).toBe('1');
    expect(numbers.frtMedian).toBe('1 h 35 min');
    // Seen events may still be arriving (each post is logged after a second on screen): the popup
    // must come to show exactly the distinct complaints stored.
    const storedSeen = async () => new Set((await events()).filter((e) => e.type === 'seen').map((e) => e.postId)).size;
    await expect
      .poll(async () => ({ shown: Number((await popupNumbers()).seen), stored: await storedSeen() }), { timeout: 15_000 })
      .toSatisfy(({ shown, stored }: { shown: number; stored: number }) => shown === stored && shown >= 2);
    await page.close();
  });
});

describe('Firefox: Facebook post (lexical)', () => {
  it('answers a complaint from the reply box under it; Enter sends; the popup counts the answer', async () => {
    const thread = FACEBOOK_POSTS[0]!;
    const anna = thread.posts[1]!;
    const before = Number((await popupNumbers()).answered);
    await actAsBrandInFirefox(firefox, thread, 'Facebook');
    const page = await firefox.openSite(FB_ORIGIN + thread.path);
    const replyLink = (await page.waitForSelector('.comment-wrap [data-action="reply"]'))!;
    await replyLink.click();
    // The new composer gets its own Soothe button (found by the page watcher, not at load).
    await expect.poll(() => firefoxSootheUi(page).locator(PANEL.openButton).count()).toBe(2);

    const replyBox = '[role="textbox"][aria-label="Write a reply…"]';
    const panel = await openPanel(page, replyBox);
    expect(await textIn(page, PANEL.postText)).toContain('ice packs');
    expect(await textIn(page, PANEL.complaint)).toBe('Complaint');
    const preview = await insertFirstReady(page, panel);
    // Editors register in mount order: the main comment box first, the reply box second.
    await expect.poll(() => editorText(page, 1)).toBe(preview);
    expect(await editorText(page, 0)).toBe(''); // the main box is untouched

    await expect.poll(() => firefox.backgroundState(), { timeout: 15_000 }).toBe('stopped');
    await page.focus(replyBox);
    await page.keyboard.press('Enter');
    await expect.poll(() => sentFor(anna.id), { timeout: 15_000 }).toHaveLength(1);
    const [event] = await sentFor(anna.id);
    expect(event!.platform).toBe('facebook');
    expect(event!.replyId).toMatch(/^\d+$/);
    // The thread reader read the comments in Firefox too: Anna's complaint was logged as seen.
    await expect
      .poll(async () => (await events()).filter((e) => e.type === 'seen').map((e) => e.postId), { timeout: 15_000 })
      .toContain(anna.id);
    await expect.poll(async () => Number((await popupNumbers()).answered)).toBe(before + 1);
    await page.close();
  });
});
