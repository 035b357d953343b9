/**
 * An X conversation that is still happening: the page shows the focal post, then its own script appends
 * the replies one by one (as X's live timeline does), each stamped with the moment it arrives. The
 * crisis radar's end-to-end test watches complaints arrive in a burst on one such page and trickle in
 * from one person on another. The page counts what has arrived in `window.__arrived` and sets
 * `window.__liveDone` after the last one.
 */
import { renderXStatusPage, tweet } from './render';
import type { DemoThread } from './threads';

export interface Arrivals {
  /** Before the first reply arrives (ms after the page's script runs). */
  startAfterMs: number;
  /** Between two replies (ms). */
  everyMs: number;
}

/** A placeholder the page's script replaces with the arrival time (a `time datetime` X renders as ISO). */
const ARRIVAL = '__ARRIVAL_ISO__';

export function renderLiveXStatusPage(thread: DemoThread, arrivals: Arrivals, now = Date.now()): string {
  const [focal, ...replies] = thread.posts;
  if (!focal) throw new Error('a live thread needs its focal post');
  // Each reply is X's own cell markup, stamped "just now" when it arrives.
  const cells = replies.map((p) => tweet({ ...p, minutesAgo: 0 }, now).replace(/datetime="[^"]*"/, `datetime="${ARRIVAL}"`));
  const script = `<script>
(() => {
  const cells = ${JSON.stringify(cells).replace(/</g, '\\u003c')};
  const timeline = document.querySelector('[aria-label="Timeline: Conversation"]');
  window.__arrived = 0;
  const arrive = () => {
    const box = document.createElement('div');
    box.innerHTML = cells[window.__arrived].replace(${JSON.stringify(ARRIVAL)}, new Date().toISOString());
    timeline.append(...box.children);
    window.__arrived++;
    if (window.__arrived < cells.length) setTimeout(arrive, ${Math.max(0, arrivals.everyMs)});
    else window.__liveDone = true;
  };
  if (cells.length) setTimeout(arrive, ${Math.max(0, arrivals.startAfterMs)});
  else window.__liveDone = true;
})();
</script>`;
  return renderXStatusPage({ ...thread, posts: [focal] }, now).replace('</body></html>', `${script}</body></html>`);
}
