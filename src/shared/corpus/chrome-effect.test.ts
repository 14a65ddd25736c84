import { describe, expect, it } from 'vitest';
import type { ParagraphPart } from '../article/article';
import { KeySet } from '../article/key-set';
import { repairedTitle } from '../article/title-hints';
import { makeArticle } from '../comparison/test-support/make-article';
import { analyseArticle, partOf } from './article-analysis';
import { chromeEffect } from './chrome-effect';

const ARTICLE = makeArticle('a', [
  ['title', 'Der Stadtrat beschließt den Haushalt'],
  ['heading', 'Lange Debatte im Rathaus'],
  'Der Stadtrat hat am Dienstag den neuen Haushalt für das kommende Jahr beschlossen.',
  'Jetzt abonnieren',
]);
const analysis = analyseArticle(ARTICLE, 1);
const parts: ParagraphPart[] = Array.from(analysis.parts, (_, k) => partOf(analysis, k));

describe('chromeEffect', () => {
  it('counts the words that are not chrome', () => {
    expect(chromeEffect(analysis, new KeySet([]))).toEqual({ words: 24, held: false, retitle: false });
    expect(chromeEffect(analysis, new KeySet([analysis.keys[3]!]))).toEqual({ words: 22, held: true, retitle: false });
  });

  it('asks for a new title only when chrome took every title paragraph', () => {
    const titleIsChrome = new KeySet([analysis.keys[0]!]);
    expect(chromeEffect(analysis, titleIsChrome)).toEqual({ words: 19, held: true, retitle: true });
  });

  it('never says the title stays when repairedTitle would change it', () => {
    const hints = [
      'Der Stadtrat beschließt den Haushalt',
      'Lange Debatte im Rathaus',
      'Der Stadtrat hat am Dienstag …',
      '',
    ];
    // Every subset of paragraphs as chrome.
    for (let mask = 0; mask < 1 << analysis.keys.length; mask++) {
      const marks = parts.map((_, k) => (mask & (1 << k)) !== 0);
      const chrome = new KeySet([...analysis.keys].filter((_, k) => marks[k]));
      if (chromeEffect(analysis, chrome).retitle) continue;
      expect(repairedTitle('Der Stadtrat beschließt den Haushalt', parts, marks, hints)).toBe(
        'Der Stadtrat beschließt den Haushalt',
      );
    }
  });
});
