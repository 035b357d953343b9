/** A benchmark section of `npm run bench`. It prints measured numbers; it never passes or fails on time. */
export interface Bench {
  name: string;
  /** Runs the measurement and returns rows to print (label → measured value with its unit). */
  run(): Promise<Array<[label: string, value: string]>>;
}

/** Percentile of already-measured samples (p in 0..100). */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx]!;
}
