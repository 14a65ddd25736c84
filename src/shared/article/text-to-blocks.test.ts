import { describe, expect, it } from 'vitest';
import { normaliseText, textToBlocks } from './text-to-blocks';

describe('normaliseText', () => {
  it('unifies line ends, composes umlauts and drops invisible characters', () => {
    expect(normaliseText('a\r\nb\rc')).toBe('a\nb\nc');
    expect(normaliseText('Gru\u0308\u00dfe')).toBe('Grüße');
    expect(normaliseText('Trup\u00adpen\u200b!\u0007')).toBe('Truppen! ');
  });
});

describe('textToBlocks', () => {
  it('splits blank-line paragraphs and keeps one-line paragraphs apart', () => {
    expect(textToBlocks('Titel\n\nErster Absatz.\n\nZweiter Absatz.')).toEqual([
      { text: 'Titel', kind: 'text' },
      { text: 'Erster Absatz.', kind: 'text' },
      { text: 'Zweiter Absatz.', kind: 'text' },
    ]);
  });

  it('reads Markdown headings, quotes and links', () => {
    expect(
      textToBlocks('# Der Titel\n\n> Ein Vorspann\n\n## Zwischentitel\n\nText mit [Link](https://x.org/a).'),
    ).toEqual([
      { text: 'Der Titel', kind: 'title' },
      { text: 'Ein Vorspann', kind: 'quote' },
      { text: 'Zwischentitel', kind: 'heading' },
      { text: 'Text mit Link.', kind: 'text' },
    ]);
  });

  it('rejoins hard-wrapped lines and mends hyphenation', () => {
    const wrapped = [
      'Der Westen befürchtet wegen des Truppen-',
      'aufmarsches seit geraumer Zeit, dass US-',
      'Präsident Joe Biden reagieren muss.',
    ].join('\n');
    expect(textToBlocks(wrapped)).toEqual([
      {
        text: 'Der Westen befürchtet wegen des Truppenaufmarsches seit geraumer Zeit, dass US-Präsident Joe Biden reagieren muss.',
        kind: 'text',
      },
    ]);
  });

  it('unframes a text-browser dump and drops its link list', () => {
    const dump = [
      '| # zeitung.de -- Der Titel | |',
      '| Berlin dpa | Der erste Satz des Textes steht | |',
      '| hier [1][mit Link]. | |',
      '| ## LINKS | |',
      '| [1] /artikel/!123 | |',
    ].join('\n');
    expect(textToBlocks(dump)).toEqual([
      { text: 'zeitung.de -- Der Titel', kind: 'title' },
      { text: 'Berlin dpa | Der erste Satz des Textes steht hier mit Link.', kind: 'text' },
      { text: 'LINKS', kind: 'heading' },
    ]);
  });
});
