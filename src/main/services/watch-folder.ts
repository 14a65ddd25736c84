/**
 * Tells the app when article files in an open folder appear, change or go away, so a
 * journalist can keep editing files while comparing. chokidar 4 underneath; symlinks are
 * not followed (same rule as the folder walk) and only article extensions are reported.
 */
import { watch } from 'chokidar';
import type { Stats } from 'node:fs';
import { resolve, sep } from 'node:path';
import { isArticlePath } from './read-article-file';

export interface FolderChange {
  type: 'add' | 'change' | 'unlink';
  path: string;
}

/** Hidden entries (`.git`, editor swap files) and `node_modules`, anywhere below the root. */
function isSkipped(path: string, root: string): boolean {
  if (path === root) return false;
  const relative = path.startsWith(root + sep) ? path.slice(root.length + 1) : path;
  return relative.split(sep).some((part) => part.startsWith('.') || part === 'node_modules');
}

export interface FolderWatch {
  close(): Promise<void>;
  /** Resolves once the initial scan is done; changes before that are not reported. */
  ready: Promise<void>;
}

export function watchFolder(root: string, onChange: (e: FolderChange) => void): FolderWatch {
  const absoluteRoot = resolve(root);
  const watcher = watch(absoluteRoot, {
    ignoreInitial: true,
    followSymlinks: false,
    // Files are ignored by extension only once chokidar knows they are files: "2021.d" may be a folder.
    ignored: (path: string, stats?: Stats) =>
      isSkipped(path, absoluteRoot) || (stats?.isFile() === true && !isArticlePath(path)),
    // Editors save in several writes; wait until the size settles before reporting.
    awaitWriteFinish: { stabilityThreshold: 150, pollInterval: 50 },
  });
  const report = (type: FolderChange['type']) => (path: string) => {
    if (isArticlePath(path)) onChange({ type, path: resolve(path) });
  };
  watcher.on('add', report('add'));
  watcher.on('change', report('change'));
  watcher.on('unlink', report('unlink'));
  // A vanished or unreadable subfolder must not crash the app; the next open reports it.
  watcher.on('error', () => {});
  const ready = new Promise<void>((resolveReady) => watcher.once('ready', () => resolveReady()));
  return { close: () => watcher.close(), ready };
}
