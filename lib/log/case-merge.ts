/**
 * How events fold into a case. Pure and order-independent for the clocks: first* fields take the
 * earliest time ever reported, so reopening, a late duplicate or events arriving out of order
 * (two tabs, a retried send) never move a clock forward.
 */
import type { Case, CaseContext, CaseStatus, LogEvent } from './events';

function earliest(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}

export function statusOf(c: Pick<Case, 'firstReplyAt' | 'movedPrivateAt' | 'resolvedAt'>): CaseStatus {
  if (c.resolvedAt !== undefined) return 'resolved';
  if (c.movedPrivateAt !== undefined) return 'private';
  if (c.firstReplyAt !== undefined) return 'answered';
  return 'open';
}

const CONTEXT_FIELDS = ['threadId', 'url', 'lang', 'category', 'severity', 'author', 'authorName', 'excerpt', 'isComplaint'] as const;

/** Context the case does not know yet is filled in; what it already knows is kept (first report wins). */
function fillContext(c: Case, ctx: CaseContext | Partial<Case> | undefined): void {
  if (!ctx) return;
  for (const f of CONTEXT_FIELDS) {
    const v = ctx[f];
    if (c[f] === undefined && v !== undefined && v !== null) (c as unknown as Record<string, unknown>)[f] = v;
  }
  const postedAt = earliest(c.postedAt, ctx.postedAt ?? undefined);
  if (postedAt !== undefined) c.postedAt = postedAt;
}

/** The case after `event`, or undefined when the event names no post. Never mutates `existing`. */
export function applyEvent(existing: Case | undefined, event: LogEvent): Case | undefined {
  if (!event.caseKey || !event.postId) return existing;
  const c: Case = existing
    ? { ...existing, templateIds: [...existing.templateIds] }
    : {
        key: event.caseKey,
        platform: event.platform,
        postId: event.postId,
        firstSeenAt: event.at,
        status: 'open',
        templateIds: [],
        lastEventAt: event.at,
      };
  fillContext(c, event.context);
  // Anything that happened to a post means it was seen by then.
  c.firstSeenAt = Math.min(c.firstSeenAt, event.at);
  c.lastEventAt = Math.max(c.lastEventAt, event.at);
  switch (event.type) {
    case 'opened':
    case 'suggestion_shown':
      c.firstOpenedAt = earliest(c.firstOpenedAt, event.at);
      break;
    case 'template_inserted':
      c.firstOpenedAt = earliest(c.firstOpenedAt, event.at);
      if (event.templateId && !c.templateIds.includes(event.templateId)) c.templateIds.push(event.templateId);
      break;
    case 'reply_sent':
      // A reply can be detected without the panel having been opened (typed by hand): no handling time then.
      c.firstReplyAt = earliest(c.firstReplyAt, event.at);
      break;
    case 'moved_private':
      c.movedPrivateAt = earliest(c.movedPrivateAt, event.at);
      break;
    case 'resolved':
      c.resolvedAt = earliest(c.resolvedAt, event.at);
      break;
    case 'followup_due':
      c.followUpDueAt = earliest(c.followUpDueAt, event.at);
      break;
    case 'followup_done':
      c.followUpDoneAt = earliest(c.followUpDoneAt, event.at);
      break;
    case 'handed_off':
      // A hand-off is not a reply (firstReplyAt untouched). Handed again (another team): the latest one counts.
      if (event.handOff && (c.handedOffAt === undefined || event.at >= c.handedOffAt)) {
        c.handedOff = true;
        c.handedOffTo = event.handOff.department;
        c.handedOffAt = event.at;
        c.handOffDueAt = event.at + event.handOff.agreedMs;
      }
      break;
    case 'triage_corrected':
      // The manager's word beats triage's (once per case: the first correction logged stands).
      if (event.correction && c.correctedFrom === undefined) {
        c.correctedFrom = event.correction.from;
        c.isComplaint = event.correction.to.complaint;
        c.category = event.correction.to.category;
      }
      break;
    case 'seen':
      break;
  }
  c.status = statusOf(c);
  return c;
}

/** Merges two records of the same case (import): earliest clocks, union of templates, known context kept. */
export function mergeCases(a: Case, b: Case): Case {
  const c: Case = { ...a, templateIds: [...a.templateIds] };
  fillContext(c, b);
  c.firstSeenAt = Math.min(a.firstSeenAt, b.firstSeenAt);
  c.firstOpenedAt = earliest(a.firstOpenedAt, b.firstOpenedAt);
  c.firstReplyAt = earliest(a.firstReplyAt, b.firstReplyAt);
  c.movedPrivateAt = earliest(a.movedPrivateAt, b.movedPrivateAt);
  c.resolvedAt = earliest(a.resolvedAt, b.resolvedAt);
  c.followUpDueAt = earliest(a.followUpDueAt, b.followUpDueAt);
  c.followUpDoneAt = earliest(a.followUpDoneAt, b.followUpDoneAt);
  c.lastEventAt = Math.max(a.lastEventAt, b.lastEventAt);
  if (b.handedOff) c.handedOff = true;
  if (c.handedOffTo === undefined && b.handedOffTo !== undefined) c.handedOffTo = b.handedOffTo;
  if (b.handedOffAt !== undefined && (a.handedOffAt === undefined || b.handedOffAt > a.handedOffAt)) {
    // The later hand-off wins, whole: department, time and due time belong together.
    c.handedOffAt = b.handedOffAt;
    c.handOffDueAt = b.handOffDueAt;
    if (b.handedOffTo !== undefined) c.handedOffTo = b.handedOffTo;
  }
  for (const t of b.templateIds) if (!c.templateIds.includes(t)) c.templateIds.push(t);
  if (c.correctedFrom === undefined && b.correctedFrom !== undefined) {
    // The manager's correction comes with the verdict it set.
    c.correctedFrom = b.correctedFrom;
    if (b.category !== undefined) c.category = b.category;
    if (b.isComplaint !== undefined) c.isComplaint = b.isComplaint;
  }
  // Drop keys left undefined so stored rows stay minimal and compare cleanly.
  for (const k of Object.keys(c) as Array<keyof Case>) if (c[k] === undefined) delete c[k];
  c.status = statusOf(c);
  return c;
}
