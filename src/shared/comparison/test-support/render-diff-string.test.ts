import { describe, expect, it } from 'vitest';
import { leftTextOf, renderDiffString, rightTextOf } from './render-diff-string';

describe('renderDiffString', () => {
  const parts = [
    { op: 'equal' as const, text: 'Das ' },
    { op: 'delete' as const, text: 'alte' },
    { op: 'insert' as const, text: 'neue' },
    { op: 'equal' as const, text: ' Haus des ' },
    { op: 'cosmetic' as const, text: 'Weißen', rightText: 'Weissen' },
  ];

  it('uses the documented notation', () => {
    expect(renderDiffString(parts)).toBe('Das [-alte-]{+neue+} Haus des {~Weißen~>Weissen~}');
  });

  it('recovers each side', () => {
    expect(leftTextOf(parts)).toBe('Das alte Haus des Weißen');
    expect(rightTextOf(parts)).toBe('Das neue Haus des Weissen');
  });
});
