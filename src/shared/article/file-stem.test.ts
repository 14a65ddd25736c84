import { describe, expect, it } from 'vitest';
import { fileNameOf, fileStem } from './file-stem';

describe('file names', () => {
  it('takes the extension off a name, not a leading dot', () => {
    expect(fileStem('03_taz.txt')).toBe('03_taz');
    expect(fileStem('.hidden')).toBe('.hidden');
  });

  it('finds the name in a path with either separator', () => {
    expect(fileNameOf('/a/b/03_taz.txt')).toBe('03_taz.txt');
    expect(fileNameOf('C:\\Artikel\\03_taz.txt')).toBe('03_taz.txt');
    expect(fileNameOf('03_taz.txt')).toBe('03_taz.txt');
  });
});
