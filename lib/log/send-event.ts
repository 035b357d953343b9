/**
 * Sending an event to the background so that a service worker killed mid-request loses nothing and
 * doubles nothing: the id is fixed before the first attempt and reused on every retry, and the
 * background stores an id once. Only "no answer" is retried; a refused write is reported at once.
 */
import { newEventId, type LogEventInput } from './events';

export type SendEvent = (event: LogEventInput) => Promise<{ status: 'recorded' | 'duplicate' }>;

export interface RetryOptions {
  attempts?: number;
  delayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** "No answer" style failures: the worker was asleep, restarting or went away. */
export function isTransient(err: unknown): boolean {
  const m = err instanceof Error ? err.message : String(err);
  return /No answer from the Soothe background|Receiving end does not exist|message port closed|Extension context invalidated/i.test(m);
}

export async function sendEventReliably(
  send: SendEvent,
  event: Omit<LogEventInput, 'id'> & { id?: string },
  { attempts = 4, delayMs = 250, sleep = (ms) => new Promise((r) => setTimeout(r, ms)) }: RetryOptions = {},
): Promise<{ status: 'recorded' | 'duplicate' }> {
  const withId: LogEventInput = { ...event, id: event.id ?? newEventId() };
  for (let attempt = 1; ; attempt++) {
    try {
      return await send(withId);
    } catch (err) {
      if (attempt >= attempts || !isTransient(err)) throw err;
      await sleep(delayMs * attempt);
    }
  }
}
