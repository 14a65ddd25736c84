import { readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { describe, expect, it } from 'vitest';
import { WORKER_NICE } from './lower-thread-priority';
import { startWorkerPool } from './worker-pool';

/** Nice value of every thread of this process, by thread id. */
function niceOfThreads(): Map<number, number> {
  const out = new Map<number, number>();
  for (const task of readdirSync('/proc/self/task')) {
    const stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
    // Fields after the command name: state is field 3, nice field 19.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    out.set(Number(task), Number(fields[16]));
  }
  return out;
}

describe('corpus workers run at a lower priority', () => {
  it.skipIf(process.platform !== 'linux')(
    'lowers the workers, not the thread that started them (Linux only: elsewhere a priority is per process)',
    async () => {
      const mainBefore = getPriority(process.pid);
      const before = niceOfThreads();
      const pool = await startWorkerPool(2);
      try {
        const lowered = [...niceOfThreads()].filter(([task, nice]) => !before.has(task) && nice === WORKER_NICE);
        expect(lowered.length).toBe(2);
        expect(getPriority(process.pid)).toBe(mainBefore);
      } finally {
        await pool.terminate();
      }
    },
  );
});
