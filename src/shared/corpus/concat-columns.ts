export type Column = Uint8Array | Uint32Array | Float32Array | Float64Array;

/** Typed-array columns of consecutive parts (ranges of articles, finds of workers) as one column. */
export function concatColumns<T extends Column>(
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

/**
 * Records of such columns (what each worker sends back) as one record, column by column;
 * `allocate`, when given, places every column (in shared memory, for workers to read).
 */
export function concatRecords<R extends { [K in keyof R]: Column }>(
  parts: readonly R[],
  columns: { [K in keyof R]: new (length: number) => R[K] },
  allocate?: (length: number) => R[keyof R],
): R {
  const out = {} as R;
  for (const key of Object.keys(columns) as (keyof R)[]) {
    out[key] = concatColumns(
      parts.map((part) => part[key]),
      columns[key],
      allocate as ((length: number) => R[typeof key]) | undefined,
    );
  }
  return out;
}
