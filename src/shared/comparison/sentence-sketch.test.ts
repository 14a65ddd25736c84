import { describe, expect, it } from 'vitest';
import { compactLetters, dice, mergeSketches, sharedGrams, sketchText } from './sentence-sketch';

describe('sentence sketches', () => {
  it('ignore case, spaces, hyphens, punctuation and ß/ss', () => {
    expect(compactLetters('Kreml-Sprecher, „Weißen“')).toBe('kremlsprecherweissen');
    expect(dice(sketchText('Separatisten-Gebieten'), sketchText('Separatistengebieten'))).toBe(1);
    expect(dice(sketchText('Kreml Sprecher'), sketchText('Kremlsprecher'))).toBe(1);
  });

  it('score an edited sentence well above an unrelated one', () => {
    const a = sketchText('Die Regierung dementiert jegliche Angriffspläne und weist die Kritik zurück.');
    const b = sketchText('Moskau dementiert alle Angriffspläne und weist Kritik zurück.');
    const c = sketchText('Am Wochenende regnete es in weiten Teilen des Landes kräftig.');
    expect(dice(a, b)).toBeGreaterThan(0.5);
    expect(dice(a, c)).toBeLessThan(0.2);
  });

  it('are sorted and duplicate-free, and merge as sets', () => {
    const a = sketchText('abcabcabc');
    expect([...a]).toEqual([...new Set(a)].sort((x, y) => x - y));
    const merged = mergeSketches([a, sketchText('xyzxyz')]);
    expect(sharedGrams(merged, a)).toBe(a.length);
  });

  it('handle empty and very short text', () => {
    expect(sketchText('—').length).toBe(0);
    expect(sketchText('Ja').length).toBe(1);
    expect(dice(new Uint32Array(0), new Uint32Array(0))).toBe(0);
  });
});
