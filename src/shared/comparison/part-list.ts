/** Diff parts as they are appended: empty ones dropped, neighbours of the same op merged. */
import type { DiffPart } from './comparison-types';

export class PartList {
  readonly list: DiffPart[] = [];

  push(part: DiffPart): void {
    if (part.text === '' && !part.rightText) return;
    const last = this.list[this.list.length - 1];
    if (
      last &&
      last.op === part.op &&
      last.moved === part.moved &&
      last.movedEdit === part.movedEdit &&
      last.movedTo === part.movedTo
    ) {
      last.text += part.text;
      if (part.op === 'cosmetic') last.rightText = (last.rightText ?? '') + (part.rightText ?? '');
      return;
    }
    this.list.push(
      part.op === 'cosmetic'
        ? { op: 'cosmetic', text: part.text, rightText: part.rightText ?? '' }
        : part.moved
          ? {
              op: part.op,
              text: part.text,
              moved: part.moved,
              ...(part.movedEdit && { movedEdit: part.movedEdit }),
              ...(part.movedTo !== undefined && { movedTo: part.movedTo }),
            }
          : { op: part.op, text: part.text },
    );
  }
}
