/** Typed-array columns of consecutive parts (ranges of articles, finds of workers) as one column. */
export function concatColumns<T extends Uint8Array | Uint32Array | Float32Array | Float64Array>(
  parts: readonly T[],
  Column: new (length: number) => T,
  allocate: (length: number) => T = (length) => new Column(length),
): T {
  const out = allocate(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
