/**
 * Winnowing (Schleimer, Wilkerson, Aiken 2003): of every window of `window` consecutive
 * hashes, keep the smallest (the rightmost on ties). Two texts that share a run of at least
 * `window` shingles share at least one kept hash, whatever surrounds the run: the guarantee
 * that finds a copied passage inside a much longer article, which sampling by hash value
 * alone cannot give.
 */

/**
 * Writes the selected hashes to `into` (room for `count` is enough) and returns how many; a
 * sequence shorter than a window keeps its minimum.
 */
export function winnow(hashes: Uint32Array, count: number, window: number, into: Uint32Array): number {
  if (count === 0) return 0;
  if (count <= window) {
    let min = hashes[0]!;
    for (let i = 1; i < count; i++) if (hashes[i]! <= min) min = hashes[i]!;
    into[0] = min;
    return 1;
  }
  let kept = 0;
  let selected = -1;
  let min = 0;
  for (let end = window; end <= count; end++) {
    const start = end - window;
    if (selected < start) {
      // The last selection left the window: rescan it (rightmost minimum).
      selected = start;
      min = hashes[start]!;
      for (let i = start + 1; i < end; i++) {
        if (hashes[i]! <= min) {
          selected = i;
          min = hashes[i]!;
        }
      }
      into[kept++] = min;
    } else if (hashes[end - 1]! <= min) {
      selected = end - 1;
      min = hashes[selected]!;
      into[kept++] = min;
    }
  }
  return kept;
}
