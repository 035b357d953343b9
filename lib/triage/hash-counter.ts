/**
 * Counts of hashed feature indices, in first-seen order: what a Map<number, number> did in featurize(), without
 * allocating a Map per post or per sentence (the reply checker's blame model featurizes every sentence of a draft on
 * each check). Open addressing over typed arrays, cleared by walking only the slots used.
 */
export class HashCounter {
  private keys: Int32Array;
  private counts: Int32Array;
  /** Slots in first-seen order (Map iteration order, which keeps feature vectors identical). */
  private order: Int32Array;
  private used = 0;
  private mask: number;

  constructor(capacityBits = 12) {
    this.keys = new Int32Array(1 << capacityBits).fill(-1);
    this.counts = new Int32Array(1 << capacityBits);
    this.order = new Int32Array(1 << capacityBits);
    this.mask = (1 << capacityBits) - 1;
  }

  /** Adds one to `key` (a non-negative index). */
  bump(key: number): void {
    let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const k = this.keys[slot]!;
      if (k === key) {
        this.counts[slot]!++;
        return;
      }
      if (k === -1) break;
      slot = (slot + 1) & this.mask;
    }
    this.keys[slot] = key;
    this.counts[slot] = 1;
    this.order[this.used++] = slot;
    // Keep the table at most half full so probes stay short.
    if (this.used * 2 > this.mask) this.grow();
  }

  get size(): number {
    return this.used;
  }

  /** The `i`-th key counted, in first-seen order (0 <= i < size). */
  keyAt(i: number): number {
    return this.keys[this.order[i]!]!;
  }

  /** The count of the `i`-th key, in first-seen order. */
  countAt(i: number): number {
    return this.counts[this.order[i]!]!;
  }

  clear(): void {
    for (let i = 0; i < this.used; i++) this.keys[this.order[i]!] = -1;
    this.used = 0;
  }

  private grow(): void {
    const entries = Array.from({ length: this.used }, (_, i): [number, number] => [this.keyAt(i), this.countAt(i)]);
    const bits = Math.log2(this.mask + 1) + 1;
    this.keys = new Int32Array(1 << bits).fill(-1);
    this.counts = new Int32Array(1 << bits);
    this.order = new Int32Array(1 << bits);
    this.mask = (1 << bits) - 1;
    this.used = 0;
    for (const [k, c] of entries) {
      this.bump(k);
      this.counts[this.order[this.used - 1]!] = c;
    }
  }
}
