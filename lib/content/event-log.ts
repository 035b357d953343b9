/** Sending handling-time events from a content script to the background's log. */
import { newEventId, type CaseContext, type EventType, type LogEventInput } from '../log/events';
import { sendEventReliably } from '../log/send-event';
import { send } from '../messaging/client';
import type { Platform } from '../sites/types';

export type LogEvent = (
  type: EventType,
  postId: string | null,
  context: CaseContext,
  extra?: { templateId?: string; replyId?: string; edit?: LogEventInput['edit'] },
) => Promise<{ status: 'recorded' | 'duplicate' }>;

export function eventLogger(platform: Platform): LogEvent {
  // The id is fixed before the first attempt: a background restarted mid-write stores it once.
  return (type, postId, context, extra = {}) =>
    sendEventReliably((e) => send('log:event', e), { id: newEventId(), type, at: Date.now(), platform, postId, context, ...extra });
}
