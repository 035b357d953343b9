/**
 * Installing Soothe opens its welcome page in a new, active tab (lib/background/welcome.ts). Left
 * open, it keeps a test's own page in the background, where timers are throttled to 1 s and nothing
 * is painted; the browser launchers close it unless a test asks to keep it.
 */
interface Tab {
  url(): string;
  close(): Promise<unknown>;
}

/** Waits (up to 10 s) for the welcome tab and closes it; no tab, no error (a test that needs it checks). */
export async function closeWelcomeTab(pages: () => Tab[] | Promise<Tab[]>): Promise<void> {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
    const welcome = (await pages()).find((p) => p.url().endsWith('/welcome.html'));
    if (welcome) return void (await welcome.close());
    await new Promise((r) => setTimeout(r, 100));
  }
}
