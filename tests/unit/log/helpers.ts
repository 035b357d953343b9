/** Shared test helpers for the log: a fresh database per test and terse event builders. */
import { openDatabase, type SootheDB } from '@/lib/log/db';
import type { LogEventInput } from '@/lib/log/events';

let n = 0;
export function freshName(): string {
  return `soothe-test-${Date.now()}-${n++}`;
}

export function freshDb(): SootheDB {
  return openDatabase(freshName());
}

let ids = 0;
export function ev(type: LogEventInput['type'], at: number, postId: string | null, extra: Partial<LogEventInput> = {}): LogEventInput {
  return { id: `e${ids++}`, type, at, platform: 'x', postId, ...extra };
}

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;
export const T0 = Date.UTC(2024, 2, 10, 12, 0, 0); // 2024-03-10 12:00 UTC
