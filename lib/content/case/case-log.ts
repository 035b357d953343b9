/**
 * The one place the in-page runtime builds log events for a case (opened, inserted, sent, resolved,
 * handed off, seen) and hands them to the background. Each event's id is fixed before the first
 * attempt, so a background restarted mid-write stores it once (lib/log/send-event.ts).
 */
import type { Department } from '../../handoff/departments';
import { newEventId, type CaseContext, type EventType, type LogEventInput } from '../../log/events';
import { sendEventReliably } from '../../log/send-event';
import type { MessageType, RequestOf, ResponseOf } from '../../messaging/protocol';
import type { Platform } from '../../sites/types';

export type SendFn = <T extends MessageType>(type: T, payload: RequestOf<T>) => Promise<ResponseOf<T>>;

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

/** The log of one page: events go to the background through `send`, retried on "no answer". */
export function caseLog(send: SendFn, now: () => number = Date.now) {
  return {
    event(type: EventType, ref: CaseRef, extra: EventExtra = {}): Promise<{ status: 'recorded' | 'duplicate' }> {
      return sendEventReliably((e) => send('log:event', e), caseEvent(type, ref, now(), extra));
    },
    /**
     * A reply went out: one message. The background records it, checks its rules and, when it invites
     * the customer to a private channel, records the case as moved private, in one transaction.
     */
    sent(ref: CaseRef, text: string, replyId: string | null): Promise<{ status: 'recorded' | 'duplicate'; movedPrivate: boolean }> {
      const event = caseEvent('reply_sent', ref, now(), replyId ? { replyId } : {});
      return sendEventReliably((e) => send('case:sent', { event: e, text }), event) as Promise<{ status: 'recorded' | 'duplicate'; movedPrivate: boolean }>;
    },
  };
}

export type CaseLog = ReturnType<typeof caseLog>;
