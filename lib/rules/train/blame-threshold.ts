/**
 * The blame model's threshold rule (fixed before the first run, session 25). A reply counts as blaming when the lexicon
 * finds blame OR the model reads at least the threshold. Among candidate thresholds, keep those that
 *  - add at most `maxAddedAlarms` false alarms over held-out blameless lines (a good reply marked as blaming costs a
 *    community manager's trust more than a missed one), and
 *  - leave every must-stay-clean text (the default packs' own replies) below the threshold;
 * then take the one with the best held-out accuracy, ties to the higher threshold (fewer good replies at risk).
 */
export interface HeldOutReading {
  /** The model's probability for the line, from a model that never saw its writer. */
  p: number;
  /** The lexicon alone finds blame. */
  lexicon: boolean;
  /** The gold label. */
  blame: boolean;
}

export interface ThresholdChoice {
  threshold: number;
  accuracy: number;
  addedAlarms: number;
}

export const blameAccuracy = (held: readonly HeldOutReading[], t: number): number =>
  held.filter((h) => (h.lexicon || h.p >= t) === h.blame).length / held.length;

export function addedFalseAlarms(held: readonly HeldOutReading[], t: number): number {
  const negatives = held.filter((h) => !h.blame);
  return negatives.filter((h) => !h.lexicon && h.p >= t).length / negatives.length;
}

/** The threshold by the rule above, or null when none is allowed (the model must then not ship). */
export function chooseBlameThreshold(
  held: readonly HeldOutReading[],
  mustStayClean: readonly number[],
  candidates: readonly number[],
  maxAddedAlarms: number,
): ThresholdChoice | null {
  const highestClean = Math.max(-Infinity, ...mustStayClean);
  let best: ThresholdChoice | null = null;
  for (const threshold of candidates) {
    const addedAlarms = addedFalseAlarms(held, threshold);
    if (addedAlarms > maxAddedAlarms || highestClean >= threshold) continue;
    const accuracy = blameAccuracy(held, threshold);
    if (!best || accuracy > best.accuracy + 1e-9 || (Math.abs(accuracy - best.accuracy) <= 1e-9 && threshold > best.threshold)) {
      best = { threshold, accuracy, addedAlarms };
    }
  }
  return best;
}
