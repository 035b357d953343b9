/** What the crisis radar stores and shows: one alert per wave (lib/radar/detect.ts finds them). */
import type { Platform } from '../sites/types';

export type AlertKind = 'thread' | 'category' | 'phrase';
export type AlertStatus = 'active' | 'past';

export interface AlertExample {
  platform: Platform;
  postId: string;
  url: string | null;
  at: number;
}

export interface WaveAlert {
  /** kind + ":" + scope + ":" + when the wave began: one alert per wave, updated while it lasts. */
  id: string;
  kind: AlertKind;
  /** The thread id, the category or the shared phrase the wave is about. */
  scope: string;
  /** Complaints in the wave, and how many different people wrote them. */
  count: number;
  authors: number;
  /** First complaint of the wave and the latest one. */
  startedAt: number;
  lastAt: number;
  /** Complaints per hour in the detection window vs the scope's own baseline (per hour). */
  ratePerHour: number;
  baselinePerHour: number;
  /** ratePerHour ÷ baseline (the baseline floored at the configured minimum), rounded to 0.1. */
  growth: number;
  /** Platform → complaints. */
  platforms: Record<string, number>;
  /** Most shared words/phrases of the wave's complaints, most frequent first. */
  topTerms: Array<{ term: string; count: number }>;
  /** Two or three of the wave's complaints, with links. */
  examples: AlertExample[];
  /** Every complaint of the wave (platform:postId), for the hand-off. */
  caseKeys: string[];
  lang: string | null;
}

export interface StoredAlert extends WaveAlert {
  status: AlertStatus;
  detectedAt: number;
  /** Crisis-procedure steps ticked off (their indexes in the settings' list at the time). */
  doneSteps: number[];
  /** Set once the whole wave was handed off. */
  handedOffTo?: string;
  handedOffAt?: number;
  /** The user dismissed the banner for this wave. */
  dismissedAt?: number;
}
