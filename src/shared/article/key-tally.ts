/**
 * Counts of key hashes (integers below 2^53) for one group at a time, reused across groups:
 * chrome learning tallies the neighbours of every repeated paragraph, and a Map per group
 * cost more than the rest of the learning. Open addressing on the key's low 32 bits (already
 * a hash); a stamp per slot empties the table at once for the next group.
 */
export class KeyTally {
  private keys = new Float64Array(0);
  private counts = new Uint32Array(0);
  private stamps = new Uint32Array(0);
  private stamp = 0;
  private mask = 0;

  /** Empties the tally, with room for `size` distinct keys. */
  reset(size: number): void {
    let capacity = 8;
    while (capacity < size * 2) capacity *= 2;
    if (capacity > this.keys.length) {
      this.keys = new Float64Array(capacity);
      this.counts = new Uint32Array(capacity);
      this.stamps = new Uint32Array(capacity);
      this.stamp = 0;
    }
    this.mask = this.keys.length - 1;
    this.stamp++;
  }

  add(key: number): void {
    const slot = this.slotOf(key);
    if (this.stamps[slot] !== this.stamp) {
      this.stamps[slot] = this.stamp;
      this.keys[slot] = key;
      this.counts[slot] = 0;
    }
    this.counts[slot]!++;
  }

  count(key: number): number {
    const slot = this.slotOf(key);
    return this.stamps[slot] === this.stamp ? this.counts[slot]! : 0;
  }

  /** The slot holding `key`, or the empty one where it would go. */
  private slotOf(key: number): number {
    let slot = (key >>> 0) & this.mask;
    while (this.stamps[slot] === this.stamp && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    return slot;
  }
}
