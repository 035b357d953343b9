/**
 * Compact storage of a sparse linear model: the kept feature indices, sorted and delta-encoded as
 * varints, and the weights quantised to int8 with one scale, both as base64 strings in JSON.
 * A 20-bit hashed model with ~40k kept weights fits in ~150 KB of JSON.
 */
import type { SparseVector } from '../features';

export interface PackedLinear {
  bias: number;
  scale: number;
  count: number;
  /** base64 of varint deltas of sorted feature indices */
  idx: string;
  /** base64 of int8 quantised weights, same order */
  w: string;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(b64: string): Uint8Array {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** Keep the `keep` largest-magnitude weights and pack them. */
export function packLinear(weights: Float32Array, bias: number, keep: number): PackedLinear {
  const order = Array.from(weights.keys()).filter((i) => weights[i] !== 0);
  order.sort((a, b) => Math.abs(weights[b]!) - Math.abs(weights[a]!));
  const kept = order.slice(0, keep).sort((a, b) => a - b);
  let max = 0;
  for (const i of kept) max = Math.max(max, Math.abs(weights[i]!));
  const scale = max / 127 || 1;
  const idxBytes: number[] = [];
  const wBytes = new Int8Array(kept.length);
  let prev = 0;
  kept.forEach((i, k) => {
    let d = i - prev;
    prev = i;
    while (d >= 0x80) {
      idxBytes.push((d & 0x7f) | 0x80);
      d >>>= 7;
    }
    idxBytes.push(d);
    wBytes[k] = Math.round(weights[i]! / scale);
  });
  return {
    bias: Math.round(bias * 1e5) / 1e5,
    scale: Number(scale.toPrecision(6)),
    count: kept.length,
    idx: toBase64(Uint8Array.from(idxBytes)),
    w: toBase64(new Uint8Array(wBytes.buffer)),
  };
}

/** A loaded model: feature index → weight. */
export interface LinearModel {
  weights: Map<number, number>;
  bias: number;
}

export function unpackLinear(p: PackedLinear): LinearModel {
  const idx = fromBase64(p.idx);
  const w = new Int8Array(fromBase64(p.w).buffer);
  const weights = new Map<number, number>();
  let pos = 0;
  let prev = 0;
  for (let k = 0; k < p.count; k++) {
    let d = 0;
    let shift = 0;
    let b: number;
    do {
      b = idx[pos++]!;
      d |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    prev += d;
    weights.set(prev, w[k]! * p.scale);
  }
  return { weights, bias: p.bias };
}

export function scoreLinear(m: LinearModel, x: SparseVector): number {
  let s = m.bias;
  for (let k = 0; k < x.idx.length; k++) s += (m.weights.get(x.idx[k]!) ?? 0) * x.val[k]!;
  return s;
}
