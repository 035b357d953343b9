/**
 * Log the complaints among posts the user has seen (lib/content/seen-tracker.ts decides what was
 * seen). Triage needs the whole thread ("same here" under a complaint is one); only the seen
 * complaints are logged, never other posts.
 */
import { send } from '../messaging/client';
import { loadProfile } from '../settings/profile';
import { brandHandlesFor } from '../settings/template-values';
import type { SiteAdapter } from '../sites/types';
import type { Post } from '../sites/thread';
import { complaintTerms } from '../radar/terms';
import type { LogEvent } from './event-log';
import { readThreadContext } from './thread-context';

/** The first post of the thread a post belongs to (its id names the thread, as the readers' Thread.id does). */
function threadRootOf(post: Post, byId: Map<string, Post>): string {
  let p = post;
  for (let i = 0; i < 50 && p.parentId && byId.has(p.parentId); i++) p = byId.get(p.parentId)!;
  return p.parentId ?? p.id;
}

export async function logSeenComplaints(adapter: SiteAdapter, log: LogEvent, posts: Array<{ id: string; el: Element }>): Promise<void> {
  const profile = await loadProfile();
  const scope = adapter.readingScope(posts.map((p) => p.el));
  const thread = readThreadContext(scope, adapter.platform, null, brandHandlesFor(profile, adapter.platform));
  const wanted = new Set(posts.map((p) => p.id));
  const seen = thread.posts.filter((p) => wanted.has(p.id) && !p.isBrandPost);
  if (!seen.length) return;
  const byId = new Map(thread.posts.map((p) => [p.id, p]));
  const { triage } = await send('panel:analyse', { platform: adapter.platform, posts: thread.forTriage, focusId: null });
  for (const post of seen) {
    const verdict = triage[post.id];
    if (!verdict?.complaint) continue;
    const postedAt = post.timestamp ? Date.parse(post.timestamp) : NaN;
    await log('seen', post.id, {
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
    });
  }
}
