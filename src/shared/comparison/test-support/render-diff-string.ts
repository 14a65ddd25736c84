/** Test helpers around compactDiff: the compact string of a diff, and each side's text. */
import type { DiffPart } from '../comparison-types';
import { compactDiff } from '../compact-diff';

/** See compactDiff: the form tests compare to literals. */
export function renderDiffString(parts: readonly DiffPart[]): string {
  return compactDiff(parts);
}

/** The left side's text: equal, cosmetic (left spelling) and deleted parts. */
export function leftTextOf(parts: readonly DiffPart[]): string {
  return parts.map((p) => (p.op === 'insert' ? '' : p.text)).join('');
}

/** The right side's text: equal, cosmetic (right spelling) and inserted parts. */
export function rightTextOf(parts: readonly DiffPart[]): string {
  return parts.map((p) => (p.op === 'delete' ? '' : p.op === 'cosmetic' ? (p.rightText ?? '') : p.text)).join('');
}
