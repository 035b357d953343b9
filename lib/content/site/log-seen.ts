/**
 * Log the complaints among posts the user has seen (lib/content/seen-tracker.ts decides what was
 * seen). Triage needs the whole thread ("same here" under a complaint is one); only the seen
 * complaints addressed to or about the brand are logged, never other posts.
 */
import type { CaseLog, SendFn } from '../case/case-log';
import { loadProfile } from '../../settings/profile';
import { brandHandlesFor } from '../../settings/template-values';
import type { SiteAdapter } from '../../sites/types';
import { isQueued } from '../../triage/relevance';
import type { Post } from '../../sites/thread';
import { complaintTerms } from '../../radar/terms';
import { AUTHOR_NAME_MAX, complaintExcerpt } from '../../log/events';
import { readThreadContext } from './thread-reading';

/** The first post of the thread a post belongs to (its id names the thread, as the readers' Thread.id does). */
function threadRootOf(post: Post, byId: Map<string, Post>): string {
  let p = post;
  for (let i = 0; i < 50 && p.parentId && byId.has(p.parentId); i++) p = byId.get(p.parentId)!;
  return p.parentId ?? p.id;
}

export async function logSeenComplaints(adapter: SiteAdapter, send: SendFn, log: CaseLog, posts: Array<{ id: string; el: Element }>): Promise<void> {
  const profile = await loadProfile();
  const scope = adapter.readingScope(posts.map((p) => p.el));
  const thread = readThreadContext(scope, adapter, null, brandHandlesFor(profile, adapter));
  const wanted = new Set(posts.map((p) => p.id));
  const seen = thread.posts.filter((p) => wanted.has(p.id) && !p.isBrandPost);
  if (!seen.length) return;
  const byId = new Map(thread.posts.map((p) => [p.id, p]));
  const reply = await send('panel:analyse', { platform: adapter.platform, posts: thread.forTriage, focusId: null, pageUrl: location.href });
  for (const post of seen) {
    // Only complaints to or about the brand count as seen; bystander chatter is not the brand's case.
    const verdict = reply.triage[post.id];
    if (!verdict || !isQueued(reply, post.id)) continue;
    const postedAt = post.timestamp ? Date.parse(post.timestamp) : NaN;
    await log.event('seen', {
      platform: adapter.platform,
      postId: post.id,
      context: {
        url: post.permalink ?? location.href,
        lang: verdict.lang,
        category: verdict.category,
        severity: verdict.severity,
        isComplaint: true,
        ...(Number.isFinite(postedAt) ? { postedAt } : {}),
        // For the crisis radar: which thread, who (hashed when the user chose so), a few words — not the text.
        threadId: threadRootOf(post, byId),
        ...(post.author.handle ? { author: post.author.handle } : {}),
        terms: complaintTerms(post.text),
        // For the popup's unanswered list: who, and the first words, so the manager knows which one waits.
        ...(post.author.displayName?.trim() ? { authorName: post.author.displayName.trim().slice(0, AUTHOR_NAME_MAX) } : {}),
        ...(post.text.trim() ? { excerpt: complaintExcerpt(post.text) } : {}),
      },
    });
  }
}
