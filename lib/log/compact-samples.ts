/**
 * Exact numbers in the smallest typed array that holds them, for the per-day rollup rows
 * (lib/log/rollup-day.ts). Chromium's IndexedDB answer costs far more than its size in bytes once it
 * passes a few hundred KB, so a row's bytes are the popup's cost: a response time in whole
 * milliseconds under 49 days fits 4 bytes instead of 8. Values that do not fit (fractions, longer
 * times) keep the whole array as Float64 — never rounded.
 */

/** Durations in ms: Uint32Array when every value is a whole number in [0, 2^32), else Float64Array. */
export type Samples = Uint32Array | Float64Array;

const fitsUint32 = (v: number) => Number.isInteger(v) && v >= 0 && v <= 0xffff_ffff;
const fitsInt32 = (v: number) => Number.isInteger(v) && v >= -0x8000_0000 && v <= 0x7fff_ffff;

export function packSamples(values: ArrayLike<number>): Samples {
  for (let i = 0; i < values.length; i++) if (!fitsUint32(values[i]!)) return Float64Array.from(values);
  return Uint32Array.from(values);
}

export function noSamples(): Samples {
  return new Uint32Array(0);
}

/** `xs` with `v` inserted at `at` (a copy; widened to Float64 when `v` does not fit). */
export function insertAt(xs: Samples, at: number, v: number): Samples {
  const out = xs.BYTES_PER_ELEMENT === 4 && fitsUint32(v) ? new Uint32Array(xs.length + 1) : new Float64Array(xs.length + 1);
  out.set(xs.subarray(0, at));
  out[at] = v;
  out.set(xs.subarray(at), at + 1);
  return out;
}

/** `xs` without the value at `at` (a copy, narrowed again when everything left fits). */
export function removeAt(xs: Samples, at: number): Samples {
  const rest = new Float64Array(xs.length - 1);
  rest.set(xs.subarray(0, at));
  rest.set(xs.subarray(at + 1), at);
  return xs.BYTES_PER_ELEMENT === 4 ? Uint32Array.from(rest) : packSamples(rest);
}

/** First index in xs[lo, hi) whose value is > v (after = true) or ≥ v (after = false); the run is sorted. */
export function searchRun(xs: ArrayLike<number>, lo: number, hi: number, v: number, after: boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after ? xs[mid]! <= v : xs[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Instants of one day as offsets from its start: Int32Array (±24 days in ms) when every offset is a
 * whole number that fits, else Float64Array of the instants themselves. Read them with `instantAt`.
 */
export type Instants = Int32Array | Float64Array;

export function packInstants(values: ArrayLike<number>, base: number): Instants {
  for (let i = 0; i < values.length; i++) if (!fitsInt32(values[i]! - base)) return Float64Array.from(values);
  const out = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i]! - base;
  return out;
}

/** The instant stored at i (typed arrays read back from IndexedDB may come from another realm: no instanceof). */
export function instantAt(xs: Instants, i: number, base: number): number {
  return xs.BYTES_PER_ELEMENT === 4 ? base + xs[i]! : xs[i]!;
}

