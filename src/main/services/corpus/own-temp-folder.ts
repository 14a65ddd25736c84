/**
 * Temporary folders of this process, named with its process id: a folder is removed when the
 * process exits (remove-at-exit.ts), and one that outlived its process (a crash, a kill) is
 * removed by the next process that makes one, while folders of processes still running stay.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeAtExit } from './remove-at-exit';

/** Folders named before they carried their process (`prefix` and six random characters) count as orphans after this long. */
const UNOWNED_STALE_MS = 24 * 60 * 60 * 1000;

/** `prefix` + pid + "-" + six random characters, in the system's temporary folder; removed at exit. */
export async function makeOwnTempFolder(prefix: string, root = tmpdir()): Promise<string> {
  await removeOrphanedTempFolders(prefix, root);
  const folder = await mkdtemp(join(root, `${prefix}${process.pid}-`));
  removeAtExit(folder);
  return folder;
}

/** Removes the folders of `prefix` in `root` whose process is gone. */
export async function removeOrphanedTempFolders(prefix: string, root = tmpdir()): Promise<void> {
  const names = await readdir(root).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const owner = /^(\d+)-/.exec(name.slice(prefix.length));
    const path = join(root, name);
    if (owner) {
      // This process's own folders count as running too.
      if (processIsRunning(Number(owner[1]))) continue;
    } else {
      const info = await stat(path).catch(() => null);
      if (!info?.isDirectory() || Date.now() - info.mtimeMs <= UNOWNED_STALE_MS) continue;
    }
    await rm(path, { recursive: true, force: true });
  }
}

/** Signal 0 only asks whether the process exists; EPERM: it does, under another user. */
export function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
