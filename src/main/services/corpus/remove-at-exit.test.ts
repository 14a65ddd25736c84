/** On a real process: folders registered are gone after it exits, forgotten ones stay. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

it('removes the folders registered when the process exits, but not the ones forgotten', async () => {
  const root = await mkdtemp(join(tmpdir(), 'wirediff-exit-test-'));
  try {
    const removed = join(root, 'removed');
    const kept = join(root, 'kept');
    for (const folder of [removed, kept]) {
      await mkdir(folder);
      await writeFile(join(folder, 'a.txt'), 'text');
    }
    const script = join(root, 'exit.mts');
    const module = resolve(__dirname, 'remove-at-exit.ts');
    await writeFile(
      script,
      `import { forgetAtExit, removeAtExit } from ${JSON.stringify(module)};\n` +
        `removeAtExit(${JSON.stringify(removed)});\nremoveAtExit(${JSON.stringify(kept)});\n` +
        `forgetAtExit(${JSON.stringify(kept)});\n`,
    );
    execFileSync(process.execPath, [resolve(__dirname, '../../../../bin/run-ts.js'), script]);
    expect(existsSync(removed)).toBe(false);
    expect(existsSync(kept)).toBe(true);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
