/**
 * A set of paragraph key hashes (integers below 2^53) in one typed array. The ranking asks
 * "is this paragraph chrome?" for every paragraph of a folder; a Set of numbers boxes each
 * double read from a Float64Array to ask, which at a hundred thousand articles is millions
 * of allocations. Open addressing on the key's low 32 bits (already a hash); -1 is empty.
 */
export interface KeyLookup {
  readonly size: number;
  has(key: number): boolean;
}

export class KeySet implements KeyLookup {
  readonly size: number;
  private readonly slots: Float64Array;
  private readonly mask: number;

  constructor(list: ArrayLike<number>) {
    // At most half full, so that probes stay short.
    let capacity = 8;
    while (capacity < list.length * 2) capacity *= 2;
    this.slots = new Float64Array(capacity).fill(-1);
    this.mask = capacity - 1;
    let size = 0;
    for (let i = 0; i < list.length; i++) {
      const key = list[i]!;
      let slot = (key >>> 0) & this.mask;
      while (this.slots[slot] !== -1 && this.slots[slot] !== key) slot = (slot + 1) & this.mask;
      if (this.slots[slot] === -1) {
        this.slots[slot] = key;
        size++;
      }
    }
    this.size = size;
  }

  has(key: number): boolean {
    const slots = this.slots;
    let slot = (key >>> 0) & this.mask;
    for (;;) {
      const held = slots[slot]!;
      if (held === key) return true;
      if (held === -1) return false;
      slot = (slot + 1) & this.mask;
    }
  }
}
