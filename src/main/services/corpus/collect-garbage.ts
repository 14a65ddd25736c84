/**
 * A full garbage collection now, where the runtime allows one. When a large folder is closed,
 * its summaries and analyses (hundreds of megabytes at 100,000 articles) are garbage, but the
 * collector may wait until the heap has grown again: the next folder would then be read on
 * top of the last one. Closing a large corpus asks for the memory back at once.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null | undefined;

/** Runs a full collection; false where the runtime offers none. */
export function collectGarbage(): boolean {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      // A new context sees the flag: the way to reach gc() without starting with --expose-gc.
      const found: unknown = runInNewContext('typeof gc === "function" ? gc : null');
      collect = typeof found === 'function' ? (found as () => void) : null;
    } catch {
      collect = null;
    }
  }
  collect?.();
  return collect !== null;
}
