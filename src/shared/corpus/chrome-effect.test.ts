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
/** Its title comes from the first text paragraph (see withTitleRepaired). */
const UNTITLED = makeArticle('b', [
  ['heading', 'Lange Debatte im Rathaus'],
  'Der Stadtrat hat am Dienstag den neuen Haushalt für das kommende Jahr beschlossen.',
  'Die Opposition stimmte dagegen.',
  'Jetzt abonnieren',
]);
const untitled = analyseArticle(UNTITLED, 1);
const untitledParts: ParagraphPart[] = Array.from(untitled.parts, (_, k) => partOf(untitled, k));

/** Every subset of the paragraphs of `a` as chrome: its marks and its key set. */
function everyChrome(a: typeof analysis): { marks: boolean[]; chrome: KeySet }[] {
  return Array.from({ length: 1 << a.keys.length }, (_, mask) => {
    const marks = Array.from(a.keys, (_, k) => (mask & (1 << k)) !== 0);
    return { marks, chrome: new KeySet([...a.keys].filter((_, k) => marks[k])) };
  });
}

describe('chromeEffect', () => {
  it('says whether the article holds chrome', () => {
    expect(chromeEffect(analysis, new KeySet([]))).toEqual({ held: false, retitle: false });
    expect(chromeEffect(analysis, new KeySet([analysis.keys[3]!]))).toEqual({ held: true, retitle: false });
  });

  it('asks for a new title only when chrome took every title paragraph', () => {
    const titleIsChrome = new KeySet([analysis.keys[0]!]);
    expect(chromeEffect(analysis, titleIsChrome)).toEqual({ held: true, retitle: true });
  });

  it('never says the title stays when repairedTitle would change it', () => {
    const hints = [
      'Der Stadtrat beschließt den Haushalt',
      'Lange Debatte im Rathaus',
      'Der Stadtrat hat am Dienstag …',
      '',
    ];
    for (const { marks, chrome } of everyChrome(analysis)) {
      if (chromeEffect(analysis, chrome).retitle) continue;
      expect(repairedTitle('Der Stadtrat beschließt den Haushalt', parts, marks, hints)).toBe(
        'Der Stadtrat beschließt den Haushalt',
      );
    }
  });

  it('in an article without a title, asks only when chrome took its first text paragraph', () => {
    expect(untitledParts).toEqual(['heading', 'body', 'body', 'body']);
    expect(chromeEffect(untitled, new KeySet([untitled.keys[3]!])).retitle).toBe(false);
    expect(chromeEffect(untitled, new KeySet([untitled.keys[0]!])).retitle).toBe(false);
    expect(chromeEffect(untitled, new KeySet([untitled.keys[1]!])).retitle).toBe(true);
    const hints = ['Lange Debatte im Rathaus', 'Der Stadtrat hat am Dienstag …', 'Die Opposition stimmte dagegen.', ''];
    for (const { marks, chrome } of everyChrome(untitled)) {
      if (chromeEffect(untitled, chrome).retitle) continue;
      expect(repairedTitle('Der Stadtrat hat am Dienstag …', untitledParts, marks, hints)).toBe(
        'Der Stadtrat hat am Dienstag …',
      );
    }
  });
});
