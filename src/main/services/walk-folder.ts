/**
 * The listing step of reading a folder: every path with an article extension that is not a
 * real folder. Symlinked folders are never walked (a link to a parent cannot trap it);
 * symlinked files, FIFOs, sockets and devices are listed so the reader can report them
 * (it never opens what is not a regular file). Hidden folders and dependencies are skipped.
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { ReadError } from '../../shared/article/article';
import { isArticlePath } from './read-article-file';

export interface WalkOptions {
  signal?: AbortSignal;
  /** Called every thousand paths, so a long listing shows it is alive. */
  onFound?: (found: number) => void;
}

/**
 * Documents a journalist may expect to be read: named with the way out, so they do not just
 * go missing. Pictures and other files are left out without a word.
 */
const DOCUMENT_HINTS: Record<string, string> = {
  '.docx': 'a Word document: save it as text (.txt) or HTML to compare it',
  '.doc': 'a Word document: save it as text (.txt) or HTML to compare it',
  '.odt': 'an OpenDocument text: save it as text (.txt) or HTML to compare it',
  '.rtf': 'a rich-text document: save it as text (.txt) to compare it',
  '.pdf': 'a PDF: copy its text into a .txt file to compare it',
  '.pages': 'a Pages document: export it as text (.txt) to compare it',
};

function documentHint(path: string): string | null {
  return DOCUMENT_HINTS[extname(path).toLowerCase()] ?? null;
}

/** Folders a journalist's corpus never means: VCS data, editor state, dependencies. */
function isSkippedName(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** Sorted absolute paths of candidate files, and the folders that could not be listed (and documents left out). */
export async function listArticleFiles(
  root: string,
  options: WalkOptions = {},
): Promise<{ paths: string[]; errors: ReadError[] }> {
  const absoluteRoot = resolve(root);
  const errors: ReadError[] = [];
  const rootInfo = await stat(absoluteRoot).catch((error: NodeJS.ErrnoException) => error);
  if (rootInfo instanceof Error) {
    const message = rootInfo.code === 'EACCES' ? 'permission denied' : 'folder not found';
    return { paths: [], errors: [{ path: absoluteRoot, message }] };
  }
  if (!rootInfo.isDirectory()) return { paths: [], errors: [{ path: absoluteRoot, message: 'not a folder' }] };

  const found: string[] = [];
  const pending: string[] = [absoluteRoot];
  while (pending.length > 0 && !options.signal?.aborted) {
    const dir = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      errors.push({
        path: dir,
        message: code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `could not list folder (${code})`,
      });
      continue;
    }
    for (const entry of entries) {
      if (isSkippedName(entry.name)) continue;
      const path = join(dir, entry.name);
      // Dirent types come from lstat: a symlinked folder is a symlink here, so it is never walked.
      if (entry.isDirectory()) pending.push(path);
      else if (isArticlePath(path)) {
        found.push(path);
        if (found.length % 1000 === 0) options.onFound?.(found.length);
      } else {
        const hint = documentHint(path);
        if (hint) errors.push({ path, message: hint });
      }
    }
  }
  return { paths: found.sort(), errors };
}
