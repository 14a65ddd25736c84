/**
 * Stable LSD radix sort of (key, value) pairs of 32-bit unsigned integers: linear, where a
 * comparison sort of packed doubles was the slowest step of building gram tables and corpus
 * indexes. Large inputs take two passes of 16 bits, small ones four of 8 bits (a 65,536-slot
 * count table would cost more than the sort). `keys` and `values` are used as scratch.
 */
export function sortByKey(keys: Uint32Array, values: Uint32Array): { keys: Uint32Array; values: Uint32Array } {
  const bits = keys.length < 50_000 ? 8 : 16;
  const size = 1 << bits;
  const mask = size - 1;
  let fromKeys: Uint32Array = keys;
  let fromValues: Uint32Array = values;
  let toKeys: Uint32Array = new Uint32Array(keys.length);
  let toValues: Uint32Array = new Uint32Array(keys.length);
  const counts = new Uint32Array(size + 1);
  for (let shift = 0; shift < 32; shift += bits) {
    counts.fill(0);
    for (let i = 0; i < fromKeys.length; i++) counts[((fromKeys[i]! >>> shift) & mask) + 1]!++;
    for (let d = 1; d <= size; d++) counts[d]! += counts[d - 1]!;
    scatterByDigit(fromKeys, fromValues, counts, shift, mask, toKeys, toValues);
    [fromKeys, toKeys] = [toKeys, fromKeys];
    [fromValues, toValues] = [toValues, fromValues];
  }
  // An even number of passes: the sorted pairs are back in the input arrays.
  return { keys: fromKeys, values: fromValues };
}

/**
 * One stable pass of an LSD radix sort: each (key, value) pair goes to toKeys/toValues at the
 * next free place of its digit, (key >>> shift) & mask, where counts[digit] says where that
 * is (advanced as pairs land). `fromValues` null: each pair's value is its index.
 */
export function scatterByDigit(
  fromKeys: Uint32Array,
  fromValues: Uint32Array | null,
  counts: Uint32Array,
  shift: number,
  mask: number,
  toKeys: Uint32Array,
  toValues: Uint32Array,
): void {
  const n = fromKeys.length;
  if (fromValues === null) {
    for (let i = 0; i < n; i++) {
      const key = fromKeys[i]!;
      const to = counts[(key >>> shift) & mask]!++;
      toKeys[to] = key;
      toValues[to] = i;
    }
    return;
  }
  for (let i = 0; i < n; i++) {
    const key = fromKeys[i]!;
    const to = counts[(key >>> shift) & mask]!++;
    toKeys[to] = key;
    toValues[to] = fromValues[i]!;
  }
}
