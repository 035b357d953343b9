/**
 * Queue priority 0–100 for the panel: how bad (severity), how risky (escalation), how visible
 * (replies, likes) and how long the customer has already waited — the clock starts at posting.
 * Non-complaints stay below every complaint.
 */
import type { Severity } from './categories';

const SEVERITY_POINTS: Record<Severity, number> = { none: 0, no_reproach: 0, disapproval: 8, accusation: 16, blame: 24 };

/** Waiting thresholds from the reply rules: 30 minutes, 2 hours, same day (8 h), 24 hours. */
function waitedPoints(minutes: number): number {
  if (minutes >= 24 * 60) return 15;
  if (minutes >= 8 * 60) return 11;
  if (minutes >= 120) return 7;
  if (minutes >= 30) return 3;
  return 0;
}

export interface PriorityInput {
  complaint: boolean;
  score: number;
  severity: Severity;
  escalations: number;
  replies?: number;
  likes?: number;
  postedAt?: number | null;
  now?: number;
}

export function priority(p: PriorityInput): number {
  if (!p.complaint) return Math.round(Math.max(0, Math.min(1, p.score)) * 20);
  const reach = Math.max(0, p.replies ?? 0) * 2 + Math.max(0, p.likes ?? 0);
  const reachPoints = Math.min(15, 5 * Math.log10(1 + reach));
  const minutes = p.postedAt != null ? Math.max(0, ((p.now ?? Date.now()) - p.postedAt) / 60_000) : 0;
  const escalationPoints = p.escalations > 0 ? Math.min(25, 15 + 5 * (p.escalations - 1)) : 0;
  const total = 30 + SEVERITY_POINTS[p.severity] + escalationPoints + reachPoints + waitedPoints(minutes) + 6 * (p.score - 0.5);
  return Math.round(Math.max(21, Math.min(100, total)));
}
