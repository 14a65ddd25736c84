import { describe, expect, it } from 'vitest';
import { normaliseText, ODD_SPACE_CHARS, textToBlocks } from './text-to-blocks';

describe('normaliseText', () => {
  it('unifies line ends, composes umlauts and drops invisible characters', () => {
    expect(normaliseText('a\r\nb\rc')).toBe('a\nb\nc');
    expect(normaliseText('Gru\u0308\u00dfe')).toBe('Grüße');
    expect(normaliseText('Trup\u00adpen\u200b!\u0007')).toBe('Truppen! ');
  });

  it('skips NFC only for characters NFC leaves alone, also next to each other', () => {
    // The ranges normaliseText trusts without a normalize pass.
    const safe: string[] = [];
    for (let c = 0; c <= 0x2ff; c++) safe.push(String.fromCharCode(c));
    for (let c = 0x2002; c <= 0x20cf; c++) safe.push(String.fromCharCode(c));
    let changed = 0;
    for (const a of safe) {
      if (a.normalize('NFC') !== a) changed++;
      for (const b of safe) if ((a + b).normalize('NFC') !== a + b) changed++;
    }
    expect(changed).toBe(0);
    expect(normaliseText('e\u0301 \u2000')).toBe('\u00e9 \u2002');
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

  it('starts a paragraph at each first-line indent of hard-wrapped text without blank lines', () => {
    const indented = [
      '    Der Pegel der Aare stieg in der Nacht auf den höchsten Stand',
      'seit zwanzig Jahren, meldete die Stadt am frühen Morgen dann.',
      '    Feuerwehrkommandant Peter Gerber räumte zwei Keller und',
      'sperrte die Uferwege bis auf Weiteres, wie er am Mittag sagte.',
      '    Am Abend sank der Pegel wieder leicht.',
    ].join('\n');
    expect(textToBlocks(indented).map((b) => b.text)).toEqual([
      'Der Pegel der Aare stieg in der Nacht auf den höchsten Stand seit zwanzig Jahren, meldete die Stadt am frühen Morgen dann.',
      'Feuerwehrkommandant Peter Gerber räumte zwei Keller und sperrte die Uferwege bis auf Weiteres, wie er am Mittag sagte.',
      'Am Abend sank der Pegel wieder leicht.',
    ]);
    // A hanging indent (the continued lines indented) is no paragraph mark: read as if flush.
    const hanging = [
      'Der Pegel der Aare stieg in der Nacht auf den höchsten Stand',
      '  seit zwanzig Jahren, meldete die Stadt am frühen Morgen dann.',
      'Feuerwehrkommandant Peter Gerber räumte zwei Keller und',
      '  sperrte die Uferwege bis auf Weiteres, wie er am Mittag sagte.',
    ].join('\n');
    expect(textToBlocks(hanging)).toEqual(textToBlocks(hanging.replace(/^ +/gm, '')));
  });

  it('collapses odd whitespace, also where stripping markup leaves it', () => {
    expect(textToBlocks('a  b\tc\u00a0d \n\ne [1][] f\n\n**g** h\n\n\u3000i\u2003j')).toEqual([
      { text: 'a b c d', kind: 'text' },
      { text: 'e f', kind: 'text' },
      { text: 'g h', kind: 'text' },
      { text: 'i j', kind: 'text' },
    ]);
    expect(textToBlocks('# Titel  mit\u00a0Lücke\n\n> zitiert  hier\n> und  da')).toEqual([
      { text: 'Titel mit Lücke', kind: 'title' },
      { text: 'zitiert hier', kind: 'quote' },
      { text: 'und da', kind: 'quote' },
    ]);
  });

  it('knows which characters are odd whitespace', () => {
    const listed = new RegExp(`[${ODD_SPACE_CHARS}]`);
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (listed.test(ch) !== /[^\S \n]/.test(ch)) throw new Error(`U+${c.toString(16)}`);
    }
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

  it('collapses odd whitespace also in text that holds characters normalising may change', () => {
    // Emoji and Cyrillic survive NFC: the lines found before normalising stay valid.
    expect(textToBlocks('Gruß 😀\u00a0aus  Köln\n\nПривет\tмир\n\nohne')).toEqual([
      { text: 'Gruß 😀 aus Köln', kind: 'text' },
      { text: 'Привет мир', kind: 'text' },
      { text: 'ohne', kind: 'text' },
    ]);
    // A character that is both (an em quad) and one NFC changes, before and after odd spaces.
    expect(textToBlocks('a\u00a0b\n\nc\u2001d  e\n\nTrup\u00adpen\u00a0f\n\ne\u0301\tg')).toEqual([
      { text: 'a b', kind: 'text' },
      { text: 'c d e', kind: 'text' },
      { text: 'Truppen f', kind: 'text' },
      { text: '\u00e9 g', kind: 'text' },
    ]);
  });

  it('reads Windows line ends and form feeds as line ends', () => {
    expect(textToBlocks('Titel\r\n\r\nErster  Absatz.\r\n\fZweiter\u2028Absatz.')).toEqual([
      { text: 'Titel', kind: 'text' },
      { text: 'Erster Absatz.', kind: 'text' },
      { text: 'Zweiter', kind: 'text' },
      { text: 'Absatz.', kind: 'text' },
    ]);
  });
});
