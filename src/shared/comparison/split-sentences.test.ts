import { describe, expect, it } from 'vitest';
import { isRegExpSpace, splitSentences } from './split-sentences';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at sentence marks followed by a capital', () => {
    expect(sentences('Der Kreml bestätigte. Wann? Heute! Gut …  Ende.')).toEqual([
      'Der Kreml bestätigte.',
      'Wann?',
      'Heute!',
      'Gut …',
      'Ende.',
    ]);
  });

  it('keeps German abbreviations, ordinals before months and times inside', () => {
    expect(sentences('Es geht z. B. um Nr. 5 bzw. Dr. Meier am 10. Januar um 21.30 Uhr. Danach ging er.')).toEqual([
      'Es geht z. B. um Nr. 5 bzw. Dr. Meier am 10. Januar um 21.30 Uhr.',
      'Danach ging er.',
    ]);
    expect(sentences('Im 20. Jahrhundert war das so. Zum 3. Mal.')).toEqual([
      'Im 20. Jahrhundert war das so.',
      'Zum 3. Mal.',
    ]);
  });

  it('ends a sentence on a year or count before a capital', () => {
    expect(sentences('Der Krieg begann 2014. Die Ukraine wehrt sich.')).toEqual([
      'Der Krieg begann 2014.',
      'Die Ukraine wehrt sich.',
    ]);
  });

  it('keeps English abbreviations and initials inside', () => {
    expect(sentences('Mr. Smith met J. R. R. Tolkien in the U.S. Senate. St. Louis was next.')).toEqual([
      'Mr. Smith met J. R. R. Tolkien in the U.S. Senate.',
      'St. Louis was next.',
    ]);
  });

  it('keeps closing quotes with the sentence', () => {
    expect(sentences('Er sagte: „Wir sind bereit.“ Dann ging er. «Nein.» Sie blieb. "Yes." He left.')).toEqual([
      'Er sagte: „Wir sind bereit.“',
      'Dann ging er.',
      '«Nein.»',
      'Sie blieb.',
      '"Yes."',
      'He left.',
    ]);
  });

  it('reads "No." and "Nr." as abbreviations only before a number', () => {
    expect(sentences('It is No. 5 on the list. The answer was no. She left.')).toEqual([
      'It is No. 5 on the list.',
      'The answer was no.',
      'She left.',
    ]);
  });

  it('does not split before a lower-case word', () => {
    expect(sentences('Das kostet ca. zehn Euro usw. und mehr.')).toEqual(['Das kostet ca. zehn Euro usw. und mehr.']);
  });

  it('trims whitespace and handles text without a final mark', () => {
    expect(sentences('  Angespannte Lage  ')).toEqual(['Angespannte Lage']);
    expect(sentences('')).toEqual([]);
  });

  it('cuts run-on text into bounded pieces at whitespace', () => {
    const text = 'wort '.repeat(1000).trim();
    const spans = splitSentences(text, 300);
    expect(spans.length).toBeGreaterThan(10);
    for (const span of spans) {
      expect(span.end - span.start).toBeLessThanOrEqual(300);
      expect(text.slice(span.start, span.end)).toMatch(/^wort( wort)*$/);
    }
  });
});

describe('isRegExpSpace', () => {
  it('matches /\\s/ on every code unit (exhaustive)', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isRegExpSpace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    }
    expect(differ).toEqual([]);
  });
});
