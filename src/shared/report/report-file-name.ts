import { fileStem } from '../article/file-stem';

/** A report's file name from the two articles' names: "wirediff-<left>-vs-<right>.html". */
export function reportFileName(left: { name: string }, right: { name: string }): string {
  return `wirediff-${stem(left.name)}-vs-${stem(right.name)}.html`;
}

/** A ranking report's file name from the folder's label: "wirediff-ranking-<folder>.html". */
export function rankingReportFileName(folder: string): string {
  return `wirediff-ranking-${stem(folder)}.html`;
}

/** The name without its extension, in characters every file system takes, at most 60. */
function stem(name: string): string {
  const safe = fileStem(name)
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return safe.slice(0, 60) || 'article';
}
