import { describe, expect, it } from 'vitest';
import { buildHyphenVocabulary, detectWrapWidth, joinLine, joinWrappedLines } from './join-wrapped-lines';

describe('joinLine', () => {
  it('joins ordinary wrapped lines with a space', () => {
    expect(joinLine('Der Westen befürchtet', 'seit geraumer Zeit')).toBe('Der Westen befürchtet seit geraumer Zeit');
  });

  it('mends a word hyphenated at the line break', () => {
    expect(joinLine('wegen des Truppen-', 'aufmarsches seit')).toBe('wegen des Truppenaufmarsches seit');
  });

  it('keeps compounds whose second part is capitalised', () => {
    expect(joinLine('sagte der US-', 'Präsident am Mittwoch')).toBe('sagte der US-Präsident am Mittwoch');
    expect(joinLine('von mehreren Nato-', 'Mitgliedern')).toBe('von mehreren Nato-Mitgliedern');
  });

  it('keeps suspended hyphens before a conjunction', () => {
    expect(joinLine('mit Staats-', 'und Regierungschefs')).toBe('mit Staats- und Regierungschefs');
  });

  it('follows how the text itself spells the word', () => {
    const vocabulary = buildHyphenVocabulary('a well-known fact, and another well-known one');
    expect(joinLine('a well-', 'known writer', vocabulary)).toBe('a well-known writer');
    const joined = buildHyphenVocabulary('the dataset is large');
    expect(joinLine('the data-', 'set is', joined)).toBe('the dataset is');
  });
});

describe('detectWrapWidth', () => {
  it('finds the width of hard-wrapped text', () => {
    const lines = ['aaaa bbbb cccc dddd eeee ffff gggg hhhh', 'aaaa bbbb cccc dddd eeee ffff gggg hhh', 'end.'];
    expect(detectWrapWidth(lines)).toBe(39);
  });

  it('says "not wrapped" for one-line paragraphs and for long lines', () => {
    expect(detectWrapWidth(['one paragraph', '', 'another paragraph'])).toBeNull();
    expect(detectWrapWidth(['x'.repeat(400), 'y'.repeat(300)])).toBeNull();
  });
});

describe('joinWrappedLines', () => {
  const wrapped = [
    'Kremlsprecher Dmitri Peskow bestätigte das geplante Telefonat zwischen',
    'Biden und Putin. Es soll am Donnerstagabend stattfinden.',
    'Die US-Regierung ist nach Angaben des US-Regierungsvertreters weiterhin',
    'besorgt.',
  ];

  it('rejoins lines and splits where a sentence ended early', () => {
    expect(joinWrappedLines(wrapped, 72)).toEqual([
      'Kremlsprecher Dmitri Peskow bestätigte das geplante Telefonat zwischen Biden und Putin. Es soll am Donnerstagabend stattfinden.',
      'Die US-Regierung ist nach Angaben des US-Regierungsvertreters weiterhin besorgt.',
    ]);
  });

  it('does not split when the next word would not have fitted', () => {
    expect(joinWrappedLines(['Er sagte am Mittwoch etwas.', 'Donnerstagabendveranstaltung folgt.'], 40)).toEqual([
      'Er sagte am Mittwoch etwas. Donnerstagabendveranstaltung folgt.',
    ]);
  });

  it('keeps every line as a paragraph when the text is not wrapped', () => {
    expect(joinWrappedLines(['By Reuters', 'July 15, 2018'], null)).toEqual(['By Reuters', 'July 15, 2018']);
  });

  it('starts a new paragraph at a list item', () => {
    expect(joinWrappedLines(['Forderungen:', '- keine Osterweiterung', '- keine Stützpunkte'], 60)).toEqual([
      'Forderungen:',
      '- keine Osterweiterung',
      '- keine Stützpunkte',
    ]);
  });
});
