import { describe, expect, it } from 'vitest';
import {
  collapseSpaces,
  endsSentence,
  firstSentence,
  firstWord,
  isHeadlineLike,
  wordAround,
  wordCount,
} from './text-shape';

describe('text shape', () => {
  it('knows sentence ends, also before closing quotes', () => {
    expect(endsSentence('zurückkehren würden“.')).toBe(true);
    expect(endsSentence('„wie er sie noch nie gesehen hat“.')).toBe(true);
    expect(endsSentence('Peskow erklärte:')).toBe(true);
    expect(endsSentence('Präsidenten Putin und B…')).toBe(false);
    expect(endsSentence('Angespannte Lage')).toBe(false);
  });

  it('counts words and finds the first one', () => {
    expect(wordCount('  zwei   Wörter ')).toBe(2);
    expect(firstWord('  Kremlsprecher Dmitri')).toBe('Kremlsprecher');
    expect(collapseSpaces(' a \n\t b ')).toBe('a b');
    for (const text of ['a b', 'a  b', ' a', 'a ', 'a\u00a0b', 'a \u3000 b\t', '', ' ', 'a\u200bb']) {
      expect(collapseSpaces(text)).toBe(text.replace(/\s+/g, ' ').trim());
    }
  });

  it('recognises headlines', () => {
    expect(isHeadlineLike('Angespannte Lage')).toBe(true);
    expect(isHeadlineLike('Will Putin Spare Trump the Lecture?')).toBe(true);
    expect(isHeadlineLike('Der Kreml bestätigte das Telefonat.')).toBe(false);
    expect(isHeadlineLike('30 12 2021')).toBe(false);
    expect(isHeadlineLike('Ein Titel, der „endet“,')).toBe(false);
    expect(isHeadlineLike('Wer fragt?“')).toBe(true);
    expect(isHeadlineLike(Array.from({ length: 24 }, () => 'Wort').join(' '))).toBe(true);
    expect(isHeadlineLike(Array.from({ length: 25 }, () => 'Wort').join(' '))).toBe(false);
  });

  it('derives a title from the first sentence', () => {
    expect(firstSentence('U.S. President Donald Trump played golf on Saturday. He then flew on.')).toBe(
      'U.S. President Donald Trump played golf on Saturday.',
    );
    const long = `${'Wort '.repeat(40)}Ende.`;
    const cut = firstSentence(long, 50);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(51);
  });

  it('reads on past abbreviations, initials and ordinals before a month', () => {
    expect(firstSentence('Virginia Democratic Sen. Mark Warner said Sunday that he wants more. Then more.')).toBe(
      'Virginia Democratic Sen. Mark Warner said Sunday that he wants more.',
    );
    expect(firstSentence('Laut Prof. Dr. Anna Berg endet die Frist am 10. Januar in Genf. Danach nicht.')).toBe(
      'Laut Prof. Dr. Anna Berg endet die Frist am 10. Januar in Genf.',
    );
    expect(firstSentence('The talks were led by Gov. Jay Inslee. He left early.')).toBe(
      'The talks were led by Gov. Jay Inslee.',
    );
  });

  it('reads the first sentence as the pattern it replaced did: code points, stops after lower case', () => {
    const reference = (text: string) =>
      /^.{10,}?[\p{Ll}\p{N}"”“»)][.!?](?=\s+["„“»«]?\p{Lu}|$)/su.exec(text)?.[0] ?? text;
    const texts = [
      'Der U.S. Präsident kam. Dann ging er.',
      'Kurz. Aber nicht zu kurz. Nun ja.',
      '𝑎𝑎𝑎𝑎𝑎𝑎𝑎𝑎𝑎a. Zwei', // astral letters count as one character each
      '𝑎𝑎𝑎𝑎𝑎𝑎𝑎𝑎a. Zwei',
      'Ein langer Satz endet mit 𝑎𝑏. Dann', // one letter alone before a stop would be an initial
      'Er sagte „Ja.“ Dann',
      'Er rief: "Nein!" Und ging.',
      'Sie ging um 10 Uhr.\n\tDann „Kam“ er.',
      'Keine Grenze hier. 123',
      'Ende mit Stopp.',
      '\udc00 lone surrogates \ud835. Here',
    ];
    for (const text of texts) expect(firstSentence(text, 1000)).toBe(reference(text));
  });
});

describe('wordAround', () => {
  it('quotes the word around a place, cut 20 characters past it', () => {
    expect(wordAround('sagte Söder am Abend', 7)).toBe('Söder');
    expect(wordAround('Grüße', 2)).toBe('Grüße');
    expect(wordAround('ein Donaudampfschifffahrtsgesellschaftskapitän', 5)).toBe('Donaudampfschifffahrt');
  });
});
