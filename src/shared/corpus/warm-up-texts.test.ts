import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../article/clean-article';
import { warmUpTexts } from './warm-up-texts';

const DEMO = join(__dirname, '../../../resources/demo-corpus');
const seeds = readdirSync(DEMO)
  .sort()
  .map((name) => readFileSync(join(DEMO, name), 'utf8'));

const texts = warmUpTexts(seeds, 240);

describe('warmUpTexts', () => {
  it('makes the same folder every time, of the size asked for', () => {
    expect(texts).toHaveLength(240);
    expect(warmUpTexts(seeds, 240)).toEqual(texts);
    expect(new Set(texts).size).toBeGreaterThan(200);
  });

  it('comes in the shapes real folders do, so that reading them runs most of the reader', () => {
    const count = (test: (text: string) => boolean) => texts.filter(test).length;
    expect(count((t) => /^\| .* \|$/m.test(t))).toBeGreaterThan(5); // text-browser frames
    expect(count((t) => t.includes('\r\n'))).toBeGreaterThan(5);
    expect(count((t) => t.includes('](https://'))).toBeGreaterThan(20); // link markup
    expect(count((t) => t.startsWith('# '))).toBeGreaterThan(20);
    expect(count((t) => t.includes('(dpn/afp)') || t.includes('(Reuters, APA, red)'))).toBeGreaterThan(20);
    expect(count((t) => t.includes('[1] https://'))).toBeGreaterThan(5);
    // Hard-wrapped: lines ending mid-sentence at a width under 80.
    expect(count((t) => t.split('\n').filter((l) => l.length > 50 && l.length <= 80).length > 5)).toBeGreaterThan(20);
  });

  it('keeps most articles the seeds’ stories, with some unrelated ones of the same shape', () => {
    const seedWords = new Set(seeds.join(' ').match(/\p{L}{6,}/gu));
    const share = (text: string) => {
      const words = text.match(/\p{L}{6,}/gu) ?? [];
      return words.filter((w) => seedWords.has(w)).length / Math.max(1, words.length);
    };
    const related = texts.filter((t) => share(t) > 0.6).length;
    const unrelated = texts.filter((t) => share(t) < 0.2).length;
    expect(related).toBeGreaterThan(150);
    expect(unrelated).toBeGreaterThan(10);
  });

  it('reads as articles: every one has a title and text', () => {
    for (const text of texts.slice(0, 40)) {
      const article = cleanArticle(text, { path: 'warm.txt', fileName: 'warm.txt' });
      expect(article.title).not.toBe('');
      expect(article.paragraphs.some((p) => p.part === 'body' || p.part === 'lead')).toBe(true);
    }
  });

  it('makes nothing of seeds without a story', () => {
    expect(warmUpTexts([], 10)).toEqual([]);
    expect(warmUpTexts(['Nur ein Absatz.'], 10)).toEqual([]);
  });
});
