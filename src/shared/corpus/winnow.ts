/**
 * Winnowing (Schleimer, Wilkerson, Aiken 2003): of every window of `window` consecutive
 * hashes, keep the smallest (the rightmost on ties). Two texts that share a run of at least
 * `window` shingles share at least one kept hash, whatever surrounds the run: the guarantee
 * that finds a copied passage inside a much longer article, which sampling by hash value
 * alone cannot give.
 */

/** Calls `visit(hash)` for each selected hash; a sequence shorter than a window keeps its minimum. */
export function winnow(hashes: Uint32Array, count: number, window: number, visit: (hash: number) => void): void {
  if (count === 0) return;
  if (count <= window) {
    let min = hashes[0]!;
    for (let i = 1; i < count; i++) if (hashes[i]! <= min) min = hashes[i]!;
    visit(min);
    return;
  }
  let selected = -1;
  for (let end = window; end <= count; end++) {
    const start = end - window;
    if (selected < start) {
      // The last selection left the window: rescan it (rightmost minimum).
      selected = start;
      for (let i = start + 1; i < end; i++) if (hashes[i]! <= hashes[selected]!) selected = i;
      visit(hashes[selected]!);
    } else if (hashes[end - 1]! <= hashes[selected]!) {
      selected = end - 1;
      visit(hashes[selected]!);
    }
  }
}
