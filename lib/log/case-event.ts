/**
 * The one way a log event for a case is built (opened, inserted, sent, resolved, handed off, seen), by the
 * in-page case session (lib/content/case/case-log.ts) and by the background's wave hand-off alike.
 */
import type { Department } from '../handoff/departments';
import type { Platform } from '../sites/types';
import { newEventId, type CaseContext, type EventType, type LogEventInput } from './events';

/** Which case an event belongs to, and what the page told us about it. */
export interface CaseRef {
  platform: Platform;
  postId: string | null;
  context: CaseContext;
}

export interface EventExtra {
  templateId?: string;
  replyId?: string;
  /** handed_off: the team, with its agreed reply time. */
  department?: Department;
  id?: string;
  /** triage_corrected: what triage said and what the manager set. */
  correction?: LogEventInput['correction'];
}

export function caseEvent(type: EventType, ref: CaseRef, at: number, extra: EventExtra = {}): LogEventInput {
  const { department, id, ...rest } = extra;
  return {
    id: id ?? newEventId(),
    type,
    at,
    platform: ref.platform,
    postId: ref.postId,
    context: ref.context,
    ...rest,
    ...(department ? { handOff: { department: department.name, agreedMs: department.agreedMs } } : {}),
  };
}

