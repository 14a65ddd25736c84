import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { collectGarbage } from './collect-garbage';

describe('collectGarbage', () => {
  it('frees what nothing refers to any more, at once', async () => {
    // Nothing but the WeakRef refers to the array once this returns.
    const ref = ((size: number) => new WeakRef(new Uint8Array(size)))(64 * 1024 * 1024);
    // A WeakRef's target is kept until the job that made it is over.
    await nextTurn();
    expect(collectGarbage()).toBe(true);
    expect(ref.deref()).toBeUndefined();
  });
});
