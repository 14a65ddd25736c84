/**
 * A barrier for workers sharing one task: each arrives, then blocks until all have. Chrome
 * learning needs it between marking shared story text and deciding (learnChromePart).
 * Atomics on shared memory; a worker that never arrives is an error, not a hang.
 */
export function arriveAndWait(counter: Int32Array, parties: number, timeoutMs = 120_000): void {
  arrive(counter);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const arrived = Atomics.load(counter, 0);
    if (arrived >= parties) return;
    const left = deadline - Date.now();
    if (left <= 0) throw new Error('a corpus worker did not arrive');
    Atomics.wait(counter, 0, arrived, Math.min(left, 1000));
  }
}

/** Counts one party in and wakes those waiting; a party that fails arrives so that none waits for it. */
export function arrive(counter: Int32Array): void {
  Atomics.add(counter, 0, 1);
  Atomics.notify(counter, 0);
}
