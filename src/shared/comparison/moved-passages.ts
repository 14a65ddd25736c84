/**
 * Passages reordered inside a row (aligned, but off the row's in-order chain, see diff-rows.ts)
 * or aligned with a paragraph in another row. Each side shows its own copy where it stands,
 * flagged `moved`; a copy that is not verbatim
 * carries the passage's word diff, projected onto that side, so the changed words still show.
 */
import type { DiffPart, PassageLink } from './comparison-types';
import type { PartList } from './part-list';

/** Where a moved passage stands on one side. */
export interface MovedSpan {
  start: number;
  end: number;
  link: PassageLink;
  /** The other side's paragraph that holds the passage, when that lies outside the row. */
  to?: number;
}

/** The passages off the chain, by side and position. */
export function movedSpans<
  T extends { link: PassageLink; leftStart: number; leftEnd: number; rightStart: number; rightEnd: number },
>(placed: readonly T[], chain: readonly T[]): { left: MovedSpan[]; right: MovedSpan[] } {
  const inChain = new Set(chain);
  const off = placed.filter((item) => !inChain.has(item));
  return {
    left: off.map((p) => ({ start: p.leftStart, end: p.leftEnd, link: p.link })).sort((a, b) => a.start - b.start),
    right: off.map((p) => ({ start: p.rightStart, end: p.rightEnd, link: p.link })).sort((a, b) => a.start - b.start),
  };
}

/**
 * text[from, to) as `op` parts, the moved spans in it flagged; the whitespace around a moved
 * passage goes with it, so a lone space or line break is never shown as an edit beside it.
 */
export function pushFlagged(
  parts: PartList,
  op: 'delete' | 'insert',
  text: string,
  [from, to]: [number, number],
  spans: readonly MovedSpan[],
): void {
  let at = from;
  for (const span of spans) {
    if (span.start >= to) break; // sorted by start: the rest lie beyond this gap
    const start = Math.max(span.start, at);
    const end = Math.min(span.end, to);
    if (start >= end) continue;
    let before = start;
    let after = end;
    while (before > at && /\s/.test(text[before - 1]!)) before--;
    while (after < to && /\s/.test(text[after]!)) after++;
    const moved = span.link.kind;
    const flags = span.to === undefined ? { moved } : { moved, movedTo: span.to };
    parts.push({ op, text: text.slice(at, before) });
    parts.push({ op, text: text.slice(before, start), ...flags });
    // A passage cut by another one's place (two links on one sentence) is shown whole, unmarked inside.
    const whole = start === span.start && end === span.end;
    if (whole && moved !== 'verbatim') for (const part of sideOf(span.link.diff, op)) parts.push({ ...part, ...flags });
    else parts.push({ op, text: text.slice(start, end), ...flags });
    parts.push({ op, text: text.slice(end, after), ...flags });
    at = after;
  }
  parts.push({ op, text: text.slice(at, to) });
}

/** A passage's word diff as one side reads it: its own words, the changed ones marked. */
function sideOf(diff: readonly DiffPart[], op: 'delete' | 'insert'): DiffPart[] {
  const left = op === 'delete';
  return diff.flatMap((part): DiffPart[] => {
    if (part.op === 'equal') return [{ op, text: part.text }];
    if (part.op === 'cosmetic') return [{ op, text: left ? part.text : (part.rightText ?? ''), movedEdit: 'cosmetic' }];
    return part.op === op ? [{ op, text: part.text, movedEdit: 'changed' }] : [];
  });
}
