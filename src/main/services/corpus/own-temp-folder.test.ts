/** On real folders and real processes: what outlived its process goes, what is in use stays. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeOwnTempFolder, processIsRunning, removeOrphanedTempFolders } from './own-temp-folder';

const PREFIX = 'wirediff-test-scratch-';
let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'wirediff-own-temp-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function folderIn(name: string, ageMs = 0): Promise<void> {
  const path = join(root, name);
  await mkdir(path);
  await writeFile(join(path, 'article.bin'), 'cached');
  const when = new Date(Date.now() - ageMs);
  await utimes(path, when, when);
}

/** The id of a process that has ended. */
function endedPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid!;
}

describe('temporary folders owned by a process', () => {
  it('removes folders of ended processes and old unowned ones, and keeps those in use', async () => {
    const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      const day = 24 * 60 * 60 * 1000;
      await folderIn(`${PREFIX}${process.pid}-aaaaaa`);
      await folderIn(`${PREFIX}${running.pid}-bbbbbb`, 2 * day);
      await folderIn(`${PREFIX}${endedPid()}-cccccc`);
      await folderIn(`${PREFIX}dddddd`, 2 * day);
      await folderIn(`${PREFIX}eeeeee`, 60 * 60 * 1000);
      await folderIn('someone-else-ffffff', 2 * day);
      await removeOrphanedTempFolders(PREFIX, root);
      expect((await readdir(root)).sort()).toEqual(
        [
          `${PREFIX}${process.pid}-aaaaaa`,
          `${PREFIX}${running.pid}-bbbbbb`,
          `${PREFIX}eeeeee`,
          'someone-else-ffffff',
        ].sort(),
      );
    } finally {
      running.kill();
    }
  });

  it('names a new folder after this process and sweeps the orphans of its prefix first', async () => {
    await folderIn(`${PREFIX}${endedPid()}-cccccc`);
    const folder = await makeOwnTempFolder(PREFIX, root);
    expect(basename(folder)).toMatch(new RegExp(`^${PREFIX}${process.pid}-.{6}$`));
    expect(await readdir(root)).toEqual([basename(folder)]);
  });

  it('cleans up after a process that was killed', async () => {
    const module = resolve(__dirname, 'own-temp-folder.ts');
    const script = join(root, 'make.mts');
    await writeFile(
      script,
      `import { makeOwnTempFolder } from ${JSON.stringify(module)};\n` +
        `console.log(await makeOwnTempFolder(${JSON.stringify(PREFIX)}, ${JSON.stringify(root)}));\n` +
        `setTimeout(() => {}, 60000);\n`,
    );
    const child = spawn(process.execPath, [resolve(__dirname, '../../../../bin/run-ts.js'), script]);
    const made = await new Promise<string>((done) =>
      child.stdout.once('data', (data: Buffer) => done(data.toString().trim())),
    );
    child.kill('SIGKILL');
    await new Promise((done) => child.once('exit', done));
    // Killed: no exit hook ran, the folder is still there until another process makes one.
    expect(existsSync(made)).toBe(true);
    const mine = await makeOwnTempFolder(PREFIX, root);
    expect(existsSync(made)).toBe(false);
    expect(existsSync(mine)).toBe(true);
  });

  it('tells running processes from ended ones', () => {
    expect(processIsRunning(process.pid)).toBe(true);
    expect(processIsRunning(endedPid())).toBe(false);
  });
});
