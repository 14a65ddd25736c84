import { describe, expect, it } from 'vitest';
import { isLinkListLine, stripLinkMarkup } from './strip-link-markup';

describe('stripLinkMarkup', () => {
  it('keeps the words of numbered text-browser links', () => {
    expect(stripLinkMarkup('wegen des [1][Truppenaufmarsches] seit')).toBe('wegen des Truppenaufmarsches seit');
    expect(stripLinkMarkup('[2][Biden und Putin hatten sich getroffen] und')).toBe(
      'Biden und Putin hatten sich getroffen und',
    );
  });

  it('drops an opener whose label was cut off', () => {
    expect(stripLinkMarkup('[4][wollen am 10. Januar')).toBe('wollen am 10. Januar');
  });

  it('reduces Markdown links and images to their text', () => {
    expect(stripLinkMarkup('siehe [den Bericht](https://example.org/a) und ![Foto](b.jpg)')).toBe(
      'siehe den Bericht und Foto',
    );
  });

  it('removes footnote numbers glued to words and bold markers', () => {
    expect(stripLinkMarkup('die Nato[3] sagte.[12] **fett**')).toBe('die Nato sagte. fett');
  });

  it('removes single emphasis markers, but not stars and underscores inside words or sums', () => {
    expect(stripLinkMarkup('*Von dpa, 2. Juni 2024*')).toBe('Von dpa, 2. Juni 2024');
    expect(stripLinkMarkup('Er versprach _schnelle und unbürokratische_ Hilfe.')).toBe(
      'Er versprach schnelle und unbürokratische Hilfe.',
    );
    expect(stripLinkMarkup('die *neuen* Lehrer*innen')).toBe('die neuen Lehrer*innen');
    for (const kept of [
      'Bürger*innen und Lehrer*innen',
      '5 * 3 = 15',
      'die Datei daten_2024_final.txt',
      '* Punkt eins',
    ])
      expect(stripLinkMarkup(kept)).toBe(kept);
  });

  it('leaves ordinary brackets alone', () => {
    expect(stripLinkMarkup('Organisation (OSZE) [sic] 2 [3]')).toBe('Organisation (OSZE) [sic] 2 [3]');
  });
});

describe('isLinkListLine', () => {
  it('recognises link-list entries', () => {
    expect(isLinkListLine('[1] /Stoltenberg-appelliert-an-Putin/!5824199')).toBe(true);
    expect(isLinkListLine('  [12]: https://example.org/x')).toBe(true);
    expect(isLinkListLine('[3] taz.de/Gespraech/!5821400')).toBe(true);
  });

  it('does not take prose for a link list', () => {
    expect(isLinkListLine('[1] Biden und Putin')).toBe(false);
    expect(isLinkListLine('Text mit [1] /pfad')).toBe(false);
  });
});
