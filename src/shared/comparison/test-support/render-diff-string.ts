/**
 * Renders diff parts as one compact string for tests, in jsdiff's style:
 *
 *   equal      text as is
 *   delete     [-text-]
 *   insert     {+text+}
 *   cosmetic   {~left~>right~}      e.g. {~Weißen~>Weissen~}
 *   moved      [>text<] on the left, {>text<} on the right: a passage reordered inside the row
 *
 * So "Das [-alte-]{+neue+} Haus des {~Weißen~>Weissen~} Hauses" reads as the left text
 * with the edits to reach the right one.
 */
import type { DiffPart } from '../comparison-types';

export function renderDiffString(parts: readonly DiffPart[]): string {
  return parts
    .map((part) => {
      switch (part.op) {
        case 'equal':
          return part.text;
        case 'delete':
          return part.moved ? `[>${part.text}<]` : `[-${part.text}-]`;
        case 'insert':
          return part.moved ? `{>${part.text}<}` : `{+${part.text}+}`;
        case 'cosmetic':
          return `{~${part.text}~>${part.rightText ?? ''}~}`;
      }
    })
    .join('');
}

/** The left side's text: equal, cosmetic (left spelling) and deleted parts. */
export function leftTextOf(parts: readonly DiffPart[]): string {
  return parts.map((p) => (p.op === 'insert' ? '' : p.text)).join('');
}

/** The right side's text: equal, cosmetic (right spelling) and inserted parts. */
export function rightTextOf(parts: readonly DiffPart[]): string {
  return parts.map((p) => (p.op === 'delete' ? '' : p.op === 'cosmetic' ? (p.rightText ?? '') : p.text)).join('');
}
