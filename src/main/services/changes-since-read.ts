/**
 * What changed in a folder between its read and the moment its watcher is ready. The watcher
 * reports only what happens after its own first scan, and the folder is listed before it is
 * read: a file a journalist saves in between would otherwise be missing until saved again.
 */
import { stat } from 'node:fs/promises';
import type { FolderChange } from './watch-folder';
import { listArticleFiles } from './walk-folder';

/** A file as it was read; null for one that could not be read (nothing to compare it by). */
export type ReadFileState = { size: number; mtimeMs: number } | null;

/** Stats at a time: a folder of 100k files must not open 100k handles at once. */
const STATS_AT_ONCE = 64;

/**
 * Changes between `read` (absolute paths as read) and the folder now: files added, files
 * whose size or modification time moved, and files gone. Listing rules are the read's own.
 */
export async function changesSinceRead(
  root: string,
  read: ReadonlyMap<string, ReadFileState>,
): Promise<FolderChange[]> {
  const { paths } = await listArticleFiles(root);
  const listed = new Set(paths);
  const changes: FolderChange[] = [];
  // Only articles can go: a failed path may be a folder that could not be listed.
  for (const [path, state] of read) if (state !== null && !listed.has(path)) changes.push({ type: 'unlink', path });
  const compared = paths.filter((path) => {
    if (!read.has(path)) changes.push({ type: 'add', path });
    return read.get(path) != null;
  });
  for (let from = 0; from < compared.length; from += STATS_AT_ONCE) {
    const batch = compared.slice(from, from + STATS_AT_ONCE);
    const infos = await Promise.all(batch.map((path) => stat(path).catch(() => null)));
    batch.forEach((path, k) => {
      const was = read.get(path)!;
      const now = infos[k];
      // Gone since the listing: the watcher, ready by now, reports that itself.
      if (now && (now.size !== was.size || now.mtimeMs !== was.mtimeMs)) changes.push({ type: 'change', path });
    });
  }
  return changes;
}
