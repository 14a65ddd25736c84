import { describe, expect, it } from 'vitest';
import { isFramedTextDump, unframeLine, unframeTextDump } from './unframe-text-dump';

describe('unframeLine', () => {
  it('removes the frame but keeps inner bars', () => {
    expect(unframeLine('| Washington afp | Angesichts der Spannungen | |')).toBe(
      'Washington afp | Angesichts der Spannungen',
    );
    expect(unframeLine('| letzte Zeile. |')).toBe('letzte Zeile.');
    expect(unframeLine('ohne Rahmen  ')).toBe('ohne Rahmen');
  });
});

describe('isFramedTextDump', () => {
  it('needs most lines framed', () => {
    expect(isFramedTextDump('| a | |\n| b | |\n| c | |')).toBe(true);
    expect(isFramedTextDump('a | b\nc\nd')).toBe(false);
    expect(isFramedTextDump('| a | |')).toBe(false);
  });
});

describe('unframeTextDump', () => {
  it('returns null for ordinary text', () => {
    expect(unframeTextDump('Ein Absatz.\n\nNoch einer.')).toBeNull();
  });

  it('puts blank lines around headings, quotes, captions, datelines, dates and link lists', () => {
    const dump = [
      '| # zeitung.de -- Titel der Meldung | |',
      '| > Ein Vorspann in zwei | |',
      '| > Zeilen. | |',
      '| Bild: Ein Foto | |',
      '| Berlin dpa | Der erste Satz des | |',
      '| Textes. | |',
      '| ## Zwischentitel | |',
      '| Weiter im Text. | |',
      '| 30 Dec 2021 | |',
      '| ## LINKS | |',
      '| [1] /eins/!1 | |',
      '| [2] /zwei/!2 |',
    ].join('\n');
    expect(unframeTextDump(dump)).toBe(
      [
        '# zeitung.de -- Titel der Meldung',
        '',
        '> Ein Vorspann in zwei',
        '> Zeilen.',
        '',
        'Bild: Ein Foto',
        '',
        'Berlin dpa | Der erste Satz des',
        'Textes.',
        '',
        '## Zwischentitel',
        '',
        'Weiter im Text.',
        '',
        '30 Dec 2021',
        '',
        '## LINKS',
        '',
        '[1] /eins/!1',
        '[2] /zwei/!2',
      ].join('\n'),
    );
  });
});
