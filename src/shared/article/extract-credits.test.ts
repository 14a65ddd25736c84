import { describe, expect, it } from 'vitest';
import { captionCredits, parseCreditLine, splitTrailingCredit } from './extract-credits';
import { agenciesIn, normaliseAgency } from './news-agencies';

describe('parseCreditLine', () => {
  it.each([
    ['(AFP)', ['afp']],
    ['(rt/dpa/reuters/tass)', ['rt', 'dpa', 'reuters', 'tass']],
    ['(Reuters, APA, red, 29.12.2021)', ['reuters', 'apa', 'red']],
    ['(red)', ['red']],
    ['By Reuters', ['reuters']],
    ['By The Associated Press', ['ap']],
    ['The Associated Press', ['ap']],
    ['Credit: The Associated Press', ['ap']],
    ['RND/dpa', ['rnd', 'dpa']],
    ['Keystone-SDA', ['keystone-sda']],
    ['The Associated Press | Monday, July 16, 2018, 7:24 a.m.', ['ap']],
    ['By Jane Doe', []],
    ['By Mark Landler and Julie Hirschfeld Davis New York Times', []],
    ['Authored by Caitlin Johnstone via Medium.com,', []],
    ['Authored by Federico Pieraccini via The Strategic Culture Foundation,', []],
    ['By Philip Rucker, Anton Troianovski and Seung Min Kim The Washington Post', []],
    ['By S.A. Miller - The Washington Times - Updated: 7:32 a.m. on Monday, July 16, 2018', []],
    ['Justin Caruso | Senior Media Reporter', []],
    // People, then their agency: a byline or a photo credit without "By".
    ['Jamey Keaten, Associated Press', ['ap']],
    ['Jonathan Lemire and Jill Colvin, Associated Press', ['ap']],
    ['Justin Sink, Margaret Talev and Ilya Arkhipov, Bloomberg', ['bloomberg']],
    ['Jill Colvin, The Associated Press •', ['ap']],
    ['Pablo Martinez Monsivais, AP', ['ap']],
    ['WILL OLIVER, EPA-EFE', ['epa']],
    ['Pool photo by Tatyana Zenkovich , EPA-EFE', ['epa']],
    ['By MATTHEW LEE, AP Diplomatic Writer | on', ['ap']],
    ['By JEREMY DIAMOND, CNN, AP', ['cnn', 'ap']],
    ['Anna Beispiel, dpa', ['dpa']],
  ])('%s → %j', (line, names) => {
    expect(parseCreditLine(line)).toEqual(names);
  });

  it('rejects text that only looks like a credit', () => {
    expect(parseCreditLine('(OSZE)')).toBeNull();
    expect(parseCreditLine('By Monday, the troops had left.')).toBeNull();
    expect(
      parseCreditLine('By the end of the week the two leaders and their aides had agreed on nothing at all'),
    ).toBeNull();
    expect(parseCreditLine('Angespannte Lage')).toBeNull();
    expect(parseCreditLine('Trump | Putin summit: what the reporter saw')).toBeNull();
    expect(parseCreditLine('Die Reporterin | Ein Porträt')).toBeNull();
    expect(parseCreditLine('(Sean Gallup/Getty Images)')).toEqual(['getty']);
    // A list or a headline ending in an agency's name is no byline.
    expect(parseCreditLine('Trump, Putin and the AP')).toBeNull();
    expect(parseCreditLine('Facebook, Google and Twitter, Reuters reports')).toBeNull();
    expect(parseCreditLine('Sanctions against Russia hit hard, Reuters')).toBeNull();
    expect(parseCreditLine('Es regnet, sagt dpa')).toBeNull();
    expect(parseCreditLine('Bild: Zwei Präsidenten, AP')).toBeNull();
  });
});

describe('splitTrailingCredit', () => {
  it('splits a credit off the last sentence', () => {
    expect(splitTrailingCredit('Sie wollen beraten. (Reuters, APA, red, 29.12.2021)')).toEqual({
      body: 'Sie wollen beraten.',
      credit: '(Reuters, APA, red, 29.12.2021)',
      names: ['reuters', 'apa', 'red'],
    });
  });

  it('keeps parentheses that are not agency credits', () => {
    expect(splitTrailingCredit('Beratungen mit der Organisation für Sicherheit (OSZE)')).toBeNull();
    expect(splitTrailingCredit('Dann folgt die Runde. (OSZE)')).toBeNull();
  });
});

describe('captionCredits', () => {
  it('finds agencies but not photographers', () => {
    expect(captionCredits('Putin und Biden in der Schweiz. Foto: AP/Alexander Zemlianichenko')).toEqual(['ap']);
    expect(captionCredits('Legende: Die beiden trafen sich im Juni. Keystone')).toEqual(['keystone']);
    expect(captionCredits('Trump shakes hands with Kim. (AP Photo/Evan Vucci, File)')).toEqual(['ap']);
    expect(captionCredits('Photograph by Brendan Smialowski / AFP / Getty')).toEqual(['afp', 'getty']);
    expect(captionCredits('Ein Foto ohne Quelle.')).toEqual([]);
  });
});

describe('news agencies', () => {
  it('normalises spellings', () => {
    expect(normaliseAgency('Agence France-Presse')).toBe('afp');
    expect(normaliseAgency('REUTERS')).toBe('reuters');
    expect(normaliseAgency('Weltwoche')).toBeNull();
    expect(agenciesIn('Saul Loeb | AFP | Getty Images')).toEqual(['afp', 'getty']);
  });
});
