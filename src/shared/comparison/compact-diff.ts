/**
 * Diff parts as one compact string, in jsdiff's style, for terminals and tests:
 *
 *   equal      text as is
 *   delete     [-text-]
 *   insert     {+text+}
 *   cosmetic   {~left~>right~}      e.g. {~Weißen~>Weissen~}
 *   moved      [>text<] on the left, {>text<} on the right: a passage reordered inside the row
 *              or aligned with a paragraph of another row;
 *              inside one that is not verbatim, -changed- / +changed+ and ~spelling~ words,
 *              as in [>Russland weist -die Vorwürfe- zurück<]
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
    .map((part, k) => {
      switch (part.op) {
        case 'equal':
          return part.text;
        case 'delete':
        case 'insert': {
          const [open, close, edit] = part.op === 'delete' ? (['[', ']', '-'] as const) : (['{', '}', '+'] as const);
          if (!part.moved)
            return (part.op === 'delete' ? style.del : style.ins)(`${open}${edit}${part.text}${edit}${close}`);
          // One bracket around a moved passage, however many parts its changed words make.
          const first = !sameMove(parts[k - 1], part);
          const last = !sameMove(parts[k + 1], part);
          return style.quiet(`${first ? `${open}>` : ''}${movedText(part, edit)}${last ? `<${close}` : ''}`);
        }
        case 'cosmetic':
          return style.quiet(`{~${part.text}~>${part.rightText ?? part.text}~}`);
      }
    })
    .join('');
}

function sameMove(neighbour: DiffPart | undefined, part: DiffPart): boolean {
  return neighbour !== undefined && neighbour.op === part.op && neighbour.moved !== undefined;
}

function movedText(part: DiffPart, edit: '-' | '+'): string {
  if (part.movedEdit === 'changed') return `${edit}${part.text}${edit}`;
  return part.movedEdit === 'cosmetic' ? `~${part.text}~` : part.text;
}
