/**
 * Diff parts as one compact string, in jsdiff's style, for terminals and tests:
 *
 *   equal      text as is
 *   delete     [-text-]
 *   insert     {+text+}
 *   cosmetic   {~left~>right~}      e.g. {~Weißen~>Weissen~}
 *   moved      [>text<] on the left, {>text<} on the right: a passage reordered inside the row;
 *              inside one that is not verbatim, [>-changed-<] / {>+changed+<} and [>~spelling~<]
 *
 * So "Das [-alte-]{+neue+} Haus des {~Weißen~>Weissen~} Hauses" reads as the left text
 * with the edits to reach the right one.
 */
import type { DiffPart } from './comparison-types';

/** How a terminal colours each kind of part; plain text by default. */
export interface CompactStyle {
  del(text: string): string;
  ins(text: string): string;
  quiet(text: string): string;
}

const PLAIN: CompactStyle = { del: (t) => t, ins: (t) => t, quiet: (t) => t };

export function compactDiff(parts: readonly DiffPart[], style: CompactStyle = PLAIN): string {
  return parts
    .map((part) => {
      switch (part.op) {
        case 'equal':
          return part.text;
        case 'delete':
          return part.moved ? style.quiet(`[>${movedText(part, '-')}<]`) : style.del(`[-${part.text}-]`);
        case 'insert':
          return part.moved ? style.quiet(`{>${movedText(part, '+')}<}`) : style.ins(`{+${part.text}+}`);
        case 'cosmetic':
          return style.quiet(`{~${part.text}~>${part.rightText ?? part.text}~}`);
      }
    })
    .join('');
}

function movedText(part: DiffPart, edit: '-' | '+'): string {
  if (part.movedEdit === 'changed') return `${edit}${part.text}${edit}`;
  return part.movedEdit === 'cosmetic' ? `~${part.text}~` : part.text;
}
