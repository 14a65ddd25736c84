/** Readable terminal output for `compare` and `scan`, with colour only on a terminal. */
import { basename } from 'node:path';
import type { Article, ReadError } from '../shared/article/article';
import type { Comparison, ComparisonRow, PairScore } from '../shared/comparison/comparison-types';
import { compactDiff } from '../shared/comparison/compact-diff';
import { countLabel } from '../shared/count-label';

export interface Colours {
  ins(text: string): string;
  del(text: string): string;
  quiet(text: string): string;
  bold(text: string): string;
}

export function makeColours(enabled: boolean): Colours {
  const wrap = (open: string, close: string) => (text: string) =>
    enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return { ins: wrap('32', '39'), del: wrap('31', '39'), quiet: wrap('2', '22'), bold: wrap('1', '22') };
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** A row's diff in compact form (compactDiff), coloured on a terminal. */
export function renderRowDiff(row: ComparisonRow, c: Colours): string {
  return compactDiff(row.diff, c);
}

export function formatComparison(left: Article, right: Article, comparison: Comparison, c: Colours): string {
  const { stats } = comparison;
  const lines = [
    `${c.bold('L')} ${left.title || left.name}  (${basename(left.path)})`,
    `${c.bold('R')} ${right.title || right.name}  (${basename(right.path)})`,
    // What the reader noticed about a file (encoding repaired, mojibake) matters before any figure.
    ...left.warnings.map((w) => c.quiet(`L: ${w}`)),
    ...right.warnings.map((w) => c.quiet(`R: ${w}`)),
    '',
    `${percent(stats.left.reuse)} of L (${stats.left.reusedWords}/${stats.left.words} words) is in R; ${percent(stats.right.reuse)} of R (${stats.right.reusedWords}/${stats.right.words} words) is in L.`,
    `${comparison.links.length} linked passages; reused words of L: ${stats.left.verbatim} verbatim, ${stats.left.cosmetic} cosmetic, ${stats.left.rewritten} rewritten.`,
    '',
  ];
  for (const row of comparison.rows) {
    const where = `${row.left.map((p) => `L¶${p + 1}`).join('+') || '—'} ⇄ ${row.right.map((p) => `R¶${p + 1}`).join('+') || '—'}`;
    const tags = [row.moved ? 'moved' : '', row.setApart ? 'set apart' : ''].filter(Boolean).join(', ');
    lines.push(c.bold(where) + (tags ? c.quiet(` (${tags})`) : ''));
    lines.push(renderRowDiff(row, c), '');
  }
  return lines.join('\n');
}

export function formatScan(articles: Article[], pairs: PairScore[], errors: ReadError[], c: Colours): string {
  const name = (id: string) => basename(id);
  const lines = [
    `${countLabel(articles.length, 'article')}, ${countLabel(pairs.length, 'pair')}, ${errors.length} unreadable`,
    '',
  ];
  for (const pair of pairs.slice(0, 50)) {
    lines.push(
      `${percent(pair.score).padStart(4)}  ${name(pair.left)} ~ ${name(pair.right)}  ${c.quiet(`(${percent(pair.leftReuse)} / ${percent(pair.rightReuse)})`)}`,
    );
  }
  if (pairs.length > 50) lines.push(c.quiet(`… ${pairs.length - 50} more pairs (use --json for all)`));
  for (const error of errors) lines.push(c.del(`unreadable: ${error.path}: ${error.message}`));
  return lines.join('\n');
}
