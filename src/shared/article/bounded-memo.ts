/**
 * A string function that remembers its answers: a folder's thousands of files repeat a few
 * sites and credits. All answers are forgotten at `limit` entries, so a long session stays small.
 */
export function boundedMemo<T>(compute: (key: string) => T, limit = 10_000): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    if (known.has(key)) return known.get(key)!;
    const value = compute(key);
    if (known.size >= limit) known.clear();
    known.set(key, value);
    return value;
  };
}
