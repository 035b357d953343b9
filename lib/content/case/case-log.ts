/**
 * The one place the in-page runtime builds log events for a case (opened, inserted, sent, resolved,
 * handed off, seen) and hands them to the background. Each event's id is fixed before the first
 * attempt, so a background restarted mid-write stores it once (lib/log/send-event.ts).
 */
import { caseEvent, type CaseRef, type EventExtra } from '../../log/case-event';
import type { EventType } from '../../log/events';
import { sendEventReliably } from '../../log/send-event';
import type { MessageType, RequestOf, ResponseOf, SentFromTemplate } from '../../messaging/protocol';

export type { CaseRef, EventExtra };

export type SendFn = <T extends MessageType>(type: T, payload: RequestOf<T>) => Promise<ResponseOf<T>>;

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
    sent(ref: CaseRef, text: string, replyId: string | null, inserted: SentFromTemplate | null = null): Promise<{ status: 'recorded' | 'duplicate'; movedPrivate: boolean }> {
      const event = caseEvent('reply_sent', ref, now(), replyId ? { replyId } : {});
      return sendEventReliably((e) => send('case:sent', { event: e, text, ...(inserted ? { inserted } : {}) }), event) as Promise<{ status: 'recorded' | 'duplicate'; movedPrivate: boolean }>;
    },
  };
}

export type CaseLog = ReturnType<typeof caseLog>;
