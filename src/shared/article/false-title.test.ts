import { describe, expect, it } from 'vitest';
import type { Paragraph } from './article';
import { isFalseTitle } from './false-title';

// Original text written for these tests.
const ENGLISH: Paragraph[] = [
  {
    part: 'lead',
    text: 'The city council of Northbridge indicted two of its own members on Monday, and the mayor said that the vote was the hardest of her term.',
  },
  { part: 'body', text: 'The members denied any wrongdoing and said they would appeal the decision in court.' },
];
const GERMAN: Paragraph[] = [
  {
    part: 'lead',
    text: 'Der Stadtrat von Nordbrück hat am Montag zwei eigene Mitglieder angezeigt. Die Bürgermeisterin sprach von der schwersten Abstimmung ihrer Amtszeit.',
  },
];

describe('isFalseTitle', () => {
  it.each([
    ['Council indicts two of its members', ENGLISH],
    // "indicts" finds "indicted" by its first five letters; capitalised words find lower-case ones.
    ['Northbridge Mayor: Hardest Vote', ENGLISH],
    ['Angespannte Lage', GERMAN],
    ['Stadtrat zeigt Mitglieder an', GERMAN],
    // German text keeps its title: a short German headline may share no word with the text.
    ['Wetter: Sonnig bei zwölf Grad', GERMAN],
  ])('keeps "%s"', (title, paragraphs) => {
    expect(isFalseTitle(title, paragraphs)).toBe(false);
  });

  it.each([
    // Labels above English text: an author, a place, a section, a ticker.
    ['Robert Malley', ENGLISH],
    ['Helsinki, Finland', ENGLISH],
    ['Bergen County', ENGLISH],
    ['US 30-YR', ENGLISH],
    // About something else: a widget, a player's notice, another story's headline.
    ['Sunday, Jul 15th 2018 5-Day Forecast', ENGLISH],
    ['Media playback is unsupported on your device', ENGLISH],
    ['Three hurt as storm hits harbour town', ENGLISH],
  ])('drops "%s"', (title, paragraphs) => {
    expect(isFalseTitle(title, paragraphs)).toBe(true);
  });

  it('keeps any title when there is no text to tell by', () => {
    expect(isFalseTitle('Sunday, Jul 15th 2018 5-Day Forecast', [{ part: 'caption', text: 'A photo.' }])).toBe(false);
  });
});
