/**
 * Background work yields to the window. Reading, ranking and aligning a folder can keep every
 * core busy for seconds; at a lower priority they still get all the time nothing else wants,
 * while the renderer comparing the open pair and the user's other programs come first.
 * Linux gives each thread its own nice value (a thread is a task with an id of its own);
 * elsewhere this does nothing.
 */
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** The nice value of corpus workers: below normal programs, above idle-time batch jobs. */
export const WORKER_NICE = 10;

/** Lowers the calling thread's priority; true when it did. */
export function lowerThreadPriority(nice = WORKER_NICE): boolean {
  if (process.platform !== 'linux') return false;
  try {
    const thread = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(thread)) return false;
    // Never raise it: a process started at a lower priority stays there.
    if (getPriority(thread) < nice) setPriority(thread, nice);
    return true;
  } catch {
    return false;
  }
}
