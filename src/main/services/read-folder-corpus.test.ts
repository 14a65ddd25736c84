/**
 * The reader on real articles from ../shared/corpus (publishers' text: read from disk,
 * never copied here). Skipped with a note when the corpus is not checked out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../shared/article/article';
import { isComparedPart } from '../../shared/article/article';
import { isLinkListLine } from '../../shared/article/strip-link-markup';
import { normaliseText } from '../../shared/article/text-to-blocks';
import { unframeTextDump } from '../../shared/article/unframe-text-dump';
import { readFolder } from './read-folder';

const corpus = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../shared/corpus');
const seeds = join(corpus, 'seeds');
const helsinki = join(corpus, 'helsinki-2018');
const hasSeeds = existsSync(seeds);
const hasHelsinki = existsSync(helsinki);
if (!hasSeeds) console.info(`skipped seed tests: no corpus at ${seeds}`);
if (!hasHelsinki) console.info(`skipped helsinki tests: no corpus at ${helsinki}`);

const compared = (a: Article) => a.paragraphs.filter((p) => isComparedPart(p.part));
const comparedText = (a: Article) =>
  compared(a)
    .map((p) => p.text)
    .join('\n');

describe.skipIf(!hasSeeds)('seed articles', async () => {
  const { articles, errors } = hasSeeds ? await readFolder(seeds) : { articles: [], errors: [] };
  const seed = (prefix: string) => articles.find((a) => a.name.startsWith(prefix))!;

  it('loads all five without errors', () => {
    expect(errors).toEqual([]);
    expect(articles.map((a) => a.name.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
  });

  it('sets boilerplate apart in every seed', () => {
    for (const a of articles) expect(a.paragraphs.some((p) => p.part === 'boilerplate')).toBe(true);
  });

  it('000: metadata prefix, teaser as boilerplate, dpa credit', () => {
    const a = seed('000');
    expect(a.date?.startsWith('2021-12')).toBe(true);
    expect(a.credits).toContain('dpa');
    expect(a.title.startsWith('date')).toBe(false);
    const teaser = a.paragraphs.find((p) => p.text.startsWith('Mehr zum Thema'));
    expect(teaser?.part).toBe('boilerplate');
  });

  it('001: photo caption first, precise date from the credit line', () => {
    const a = seed('001');
    expect(a.paragraphs.find((p) => p.part !== 'boilerplate')?.part).toBe('caption');
    expect(a.date).toBe('2021-12-29');
    expect(a.credits).toEqual(expect.arrayContaining(['reuters', 'apa']));
    expect(a.dateline).toBe('Washington');
  });

  it('002: widget text out of compared text, "Legende:" is a caption', () => {
    const a = seed('002');
    expect(comparedText(a)).not.toMatch(/Box (auf|zu)klappen/);
    expect(a.paragraphs.find((p) => p.text.startsWith('Legende:'))?.part).toBe('caption');
  });

  it('003: stamps and comment form out of compared text, (AFP) credit', () => {
    const a = seed('003');
    const text = comparedText(a);
    for (const chrome of ['Ausgegeben am:', 'source site-27', 'Leave a Reply']) expect(text).not.toContain(chrome);
    expect(a.paragraphs.find((p) => p.text === '(AFP)')?.part).toBe('credit');
    expect(a.credits).toContain('afp');
  });

  it('004: unframed, rejoined paragraphs without link markup or tails', () => {
    const a = seed('004');
    const paragraphs = compared(a);
    expect(paragraphs.length).toBeGreaterThanOrEqual(8);
    for (const p of paragraphs) {
      expect(p.text).not.toContain('|');
      expect(p.text).not.toMatch(/\[\d+\]/);
      expect(p.text).not.toMatch(/^(LINKS|TAGS|ARTIKEL ZUM THEMA)$/);
    }
    const body = paragraphs.filter((p) => p.part === 'body');
    // Lines were rejoined into sentences: every body paragraph ends a sentence and is longer than a line.
    for (const p of body) expect(p.text).toMatch(/[.!?:]["“”]?$/);
    expect(body.filter((p) => p.text.length > 100).length).toBeGreaterThanOrEqual(8);
    expect(a).toMatchObject({ outlet: 'taz', dateline: 'Washington', date: '2021-12-30' });
    expect(a.credits).toContain('afp');
    expect(a.paragraphs.some((p) => p.part === 'lead')).toBe(true);
    expect(a.paragraphs.some((p) => p.part === 'heading')).toBe(true);
  });

  it('keeps every word of every seed', () => {
    for (const a of articles) {
      let text = normaliseText(readFileSync(a.path, 'utf8'));
      text = unframeTextDump(text) ?? text;
      const raw = text
        .split('\n')
        .filter((l) => !isLinkListLine(l))
        .join('\n')
        .replace(/\[\d+\]/g, ' ');
      const kept = a.paragraphs.map((p) => p.text).join('\n');
      const lost = (raw.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !kept.includes(w));
      expect(lost, a.name).toEqual([]);
    }
  });
});

describe.skipIf(!hasHelsinki)('helsinki-2018', () => {
  it('loads all 598 files without errors', { timeout: 60_000 }, async () => {
    const started = performance.now();
    const { articles, errors } = await readFolder(helsinki);
    const ms = Math.round(performance.now() - started);
    console.info(`helsinki-2018: ${articles.length} articles in ${ms} ms`);
    expect(errors).toEqual([]);
    expect(articles).toHaveLength(598);
    expect(articles.every((a) => a.outlet !== null)).toBe(true);
    // 16 Google News scrapes hold nothing but share buttons and a photo caption.
    expect(articles.filter((a) => compared(a).length > 0).length).toBeGreaterThanOrEqual(580);
  });
});
