import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPARE_OPTIONS, type CompareOptions } from './comparison-types';
import { diffWords } from './diff-words';
import { leftTextOf, renderDiffString, rightTextOf } from './test-support/render-diff-string';

const render = (left: string, right: string, options: Partial<CompareOptions> = {}) =>
  renderDiffString(diffWords(left, right, options).parts);

describe('diffWords', () => {
  it('marks plain edits as delete and insert', () => {
    expect(render('Das alte Haus steht.', 'Das neue Haus steht.')).toBe('Das [-alte-]{+neue+} Haus steht.');
    expect(render('Der Kreml bestätigte.', 'Der Kreml in Moskau bestätigte.')).toBe(
      'Der Kreml {+in Moskau +}bestätigte.',
    );
    expect(render('Es gehe um Beratungen, hieß es.', 'Es gehe um Beratungen.')).toBe(
      'Es gehe um Beratungen[-, hieß es-].',
    );
  });

  it('keeps identical text equal', () => {
    expect(diffWords('Gleich und gleich.', 'Gleich und gleich.').parts).toEqual([
      { op: 'equal', text: 'Gleich und gleich.' },
    ]);
  });

  it('shows ß/ss, case, quotes and regional variants as cosmetic', () => {
    expect(render('des Weißen Hauses', 'des Weissen Hauses')).toBe('des {~Weißen~>Weissen~} Hauses');
    expect(render('sagte Er', 'sagte er')).toBe('sagte {~Er~>er~}');
    expect(render('um eine "Reihe von Themen"', 'um eine „Reihe von Themen“')).toBe(
      'um eine {~"~>„~}Reihe von Themen{~"~>“~}',
    );
    expect(render('der «Welt»', 'der "Welt"')).toBe('der {~«~>"~}Welt{~»~>"~}');
    expect(render('am 10. Jänner', 'am 10. Januar')).toBe('am 10. {~Jänner~>Januar~}');
    expect(render('2014 – 2018', '2014 - 2018')).toBe('2014 {~–~>-~} 2018');
  });

  it('shows compounds written joined, hyphenated or apart as cosmetic', () => {
    expect(render('zu den Separatistengebieten verlegt', 'zu den Separatisten-Gebieten verlegt')).toBe(
      'zu den {~Separatistengebieten~>Separatisten-Gebieten~} verlegt',
    );
    expect(render('Lösung bereit erklärt, aber', 'Lösung bereiterklärt, aber')).toBe(
      'Lösung {~bereit erklärt~>bereiterklärt~}, aber',
    );
    expect(render('Kremlsprecher Peskow', 'Kreml-Sprecher Peskow')).toBe('{~Kremlsprecher~>Kreml-Sprecher~} Peskow');
  });

  it('finds a compound change at the edge of a larger edit', () => {
    expect(render('die Separatistengebiete im Osten', 'die Separatisten-Gebiete in der Ostukraine')).toBe(
      'die {~Separatistengebiete~>Separatisten-Gebiete~} [-im Osten-]{+in der Ostukraine+}',
    );
  });

  it('respects switched-off folds', () => {
    expect(render('des Weißen Hauses', 'des Weissen Hauses', { foldEszett: false })).toBe(
      'des [-Weißen-]{+Weissen+} Hauses',
    );
    expect(render('Kremlsprecher Peskow', 'Kreml-Sprecher Peskow', { foldCompounds: false })).toBe(
      '[-Kremlsprecher-]{+Kreml-Sprecher+} Peskow',
    );
    expect(render('Er sagte', 'er sagte', { foldCase: false })).toBe('[-Er-]{+er+} sagte');
  });

  it('makes punctuation-only changes cosmetic with ignorePunctuation', () => {
    expect(render('am Mittwoch, mit', 'am Mittwoch mit')).toBe('am Mittwoch[-,-] mit');
    expect(render('am Mittwoch, mit', 'am Mittwoch mit', { ignorePunctuation: true })).toBe('am Mittwoch{~,~>~} mit');
    expect(render('in der Welt, man', 'in der «Welt» man', { ignorePunctuation: true })).toBe(
      'in der {~~>«~}Welt{~,~>»~} man',
    );
  });

  it('diffs characters inside changed words with granularity char', () => {
    expect(render('Das Vorgehen', 'Das Vorgehn', { granularity: 'char' })).toBe('Das Vorgeh[-e-]n');
    expect(render('Der Weißen Haus', 'Der Weissen Hof', { granularity: 'char' })).toBe(
      'Der {~Weißen~>Weissen~} H[-aus-]{+of+}',
    );
  });

  it('falls back to delete + insert, flagged, when the edit bound is hit', () => {
    const left = Array.from({ length: 300 }, (_, i) => `a${i}`).join(' ');
    const right = Array.from({ length: 300 }, (_, i) => `b${i}`).join(' ');
    const result = diffWords(left, right, {}, 'de', { maxEditLength: 50, timeout: 10_000 });
    expect(result.truncated).toBe(true);
    expect(result.parts).toEqual([
      { op: 'delete', text: left },
      { op: 'insert', text: right },
    ]);
  });

  it('handles empty sides', () => {
    expect(diffWords('', '').parts).toEqual([]);
    expect(render('', 'neu')).toBe('{+neu+}');
    expect(render('alt', '')).toBe('[-alt-]');
  });

  it('gives back both texts exactly, for random texts and edits (property)', () => {
    const word = fc.constantFrom(
      'Haus',
      'haus',
      'Weißen',
      'Weissen',
      'Kreml',
      'Sprecher',
      'Kremlsprecher',
      'bereit',
      'erklärt',
      'bereiterklärt',
      'Jänner',
      'Januar',
      'der',
      'die',
      '10.000',
      '21.30',
      'U.S.',
      'don’t',
      'Straße',
      'ẞ',
      'x',
    );
    const glue = fc.constantFrom(
      ' ',
      ' ',
      ' ',
      '-',
      '–',
      ', ',
      '. ',
      ' „',
      '“ ',
      '«',
      '» ',
      '\u00ad',
      '\u00a0',
      '  ',
      '\n',
    );
    const text = fc
      .array(fc.tuple(word, glue), { maxLength: 25 })
      .map((pairs) => pairs.map(([w, g]) => w + g).join(''));
    const options = fc.record({
      foldCase: fc.boolean(),
      foldEszett: fc.boolean(),
      foldQuotes: fc.boolean(),
      foldDashes: fc.boolean(),
      foldCompounds: fc.boolean(),
      foldRegional: fc.boolean(),
      ignorePunctuation: fc.boolean(),
      granularity: fc.constantFrom('word' as const, 'char' as const),
    });
    fc.assert(
      fc.property(text, text, options, (left, right, opts) => {
        const { parts } = diffWords(left, right, opts);
        expect(leftTextOf(parts)).toBe(left);
        expect(rightTextOf(parts)).toBe(right);
        for (const part of parts) {
          if (part.op === 'cosmetic') expect(part.text).not.toBe(part.rightText);
          else expect(part.rightText).toBeUndefined();
          expect(part.text.length + (part.rightText?.length ?? 0)).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never reports a change where the texts are identical (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const { parts } = diffWords(text, text, DEFAULT_COMPARE_OPTIONS);
        expect(parts.every((p) => p.op === 'equal')).toBe(true);
      }),
    );
  });
});
