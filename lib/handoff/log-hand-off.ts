/** Logging a hand-off from a content script, as the panel's controllers do; the outcome says what to show. */
import type { CaseContext } from '../log/events';
import { sendEventReliably } from '../log/send-event';
import type { HandOffStrings } from '../i18n/handoff';
import type { LogEventInput } from '../log/events';
import type { Platform } from '../sites/types';
import type { HandOffOutcome } from './capable';
import type { Department } from './departments';
import { handOffEvent } from './event';

export type SendLogEvent = (event: LogEventInput) => Promise<{ status: 'recorded' | 'duplicate' }>;

export async function logHandOff(
  send: SendLogEvent,
  c: { platform: Platform; postId: string | null; context: CaseContext; department: Department; at: number },
  h: HandOffStrings,
): Promise<HandOffOutcome> {
  const url = c.context.url ?? null;
  if (!c.postId) return { logged: false, notice: { kind: 'error', text: h.noCase }, url };
  try {
    // Fixed id before the first attempt: a background restarted mid-write stores it once.
    await sendEventReliably(send, handOffEvent({ platform: c.platform, postId: c.postId, context: c.context, department: c.department, at: c.at }));
    return { logged: true, notice: { kind: 'ok', text: h.handedOff(c.department.name) }, url };
  } catch (err) {
    return { logged: false, notice: { kind: 'error', text: h.logFailed((err as Error).message) }, url };
  }
}
