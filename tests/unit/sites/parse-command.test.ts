/** `soothe parse`: JSON for a readable page; a clear message and a non-zero exit otherwise, never a stack. */
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../scripts/support/shared-data';
import { runCli } from '../../support/run-cli';

async function run(...args: string[]) {
  const { code, out, err } = await runCli(['parse', ...args]);
  return { code, stdout: out, stderr: err };
}

describe('soothe parse', () => {
  it('prints the Facebook thread of the saved post page, site detected from its address', async () => {
    const r = await run(sharedPath('corpus', 'facebook', 'post-with-comments-2025', 'facebook_post.html'), '--now', '2025-06-10T12:00:00Z', '--brand', 'salmanmd.sultan.1');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.site).toBe('facebook');
    expect(json.threads[0].id).toBe('3741738029450159');
    expect(json.threads[0].posts).toHaveLength(11);
    expect(json.threads[0].posts[1].isBrandPost).toBe(true);
  });

  it('detects X from the markup of a bare timeline cell', async () => {
    const r = await run(sharedPath('corpus', 'x', 'single-tweets-2025', 'x-tweet-quote.html'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).threads[0].posts[0].id).toBe('1983130065320780162');
  });

  it('explains pages it cannot read', async () => {
    const loggedOut = await run(sharedPath('corpus', 'x', 'logged-out-profile-2025', 'twitter_page.html'));
    expect(loggedOut.code).toBe(1);
    expect(loggedOut.stderr).toMatch(/signed out.*--logged-out/);
    expect((await run(sharedPath('corpus', 'x', 'logged-out-profile-2025', 'twitter_page.html'), '--logged-out')).code).toBe(0);

    const legacy = await run(sharedPath('corpus', 'facebook', 'legacy-feed-2018', 'timeline.html'));
    expect(legacy.code).toBe(1);
    expect(legacy.stderr).toMatch(/no Facebook threads found/);

    const notHtml = await run(sharedPath('corpus', 'x', 'timeline-cells-2023', 'manifest.json'));
    expect(notHtml.code).toBe(1);
    expect(notHtml.stderr).toMatch(/is not an HTML page/);

    const missing = await run('/no/such/page.html');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);

    const badSite = await run('x.html', '--site', 'myspace');
    expect(badSite.code).toBe(2);
    for (const r of [legacy, notHtml, missing, badSite]) expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });
});
