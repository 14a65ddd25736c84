import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isArticlePath, readArticleFile } from './read-article-file';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wirediff-read-file-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readArticleFile', () => {
  it('reads a text file into an article', async () => {
    const path = join(dir, '00042_example-com.txt');
    await writeFile(path, 'Ein Titel ohne Punkt\n\nErster Absatz.\n\nZweiter Absatz.\n\n(dpa)');
    const result = await readArticleFile(path);
    if (!('article' in result)) throw new Error(result.error.message);
    expect(result.article).toMatchObject({
      id: path,
      path,
      name: '00042_example-com.txt',
      encoding: 'utf-8',
      size: 60,
      title: 'Ein Titel ohne Punkt',
      credits: ['dpa'],
      outlet: 'example.com',
      warnings: [],
    });
    expect(result.article.paragraphs.map((p) => p.part)).toEqual(['title', 'lead', 'body', 'credit']);
    expect(result.article.mtimeMs).toBeGreaterThan(0);
  });

  it('reads Markdown and passes decoding warnings on', async () => {
    const path = join(dir, 'notiz.md');
    await writeFile(path, '# Viele GrÃ¼ÃŸe\n\nEin Absatz.');
    const result = await readArticleFile(path);
    if (!('article' in result)) throw new Error(result.error.message);
    expect(result.article.title).toBe('Viele GrÃ¼ÃŸe');
    expect(result.article.warnings[0]).toContain('double-encoded');
  });

  it('reads HTML through Readability', async () => {
    const path = join(dir, 'seite.html');
    await writeFile(
      path,
      '<html><head><title>Ein Gipfel | zeitung.de</title></head><body><p>Der erste Absatz ist lang genug für den Leser.</p></body></html>',
    );
    const result = await readArticleFile(path);
    if (!('article' in result)) throw new Error(result.error.message);
    expect(result.article.title).toBe('Ein Gipfel');
    expect(result.article.paragraphs.some((p) => p.text === 'Der erste Absatz ist lang genug für den Leser.')).toBe(
      true,
    );
  });

  it('explains what it cannot read', async () => {
    await writeFile(join(dir, 'bild.jpg'), 'x');
    await writeFile(join(dir, 'leer.txt'), '');
    await writeFile(join(dir, 'gross.txt'), 'x'.repeat(3 * 1024 * 1024));
    await mkdir(join(dir, 'ordner.txt'));
    const message = async (name: string, opts?: { maxBytes?: number }) => {
      const result = await readArticleFile(join(dir, name), opts);
      return 'error' in result ? result.error.message : 'read';
    };
    expect(await message('bild.jpg')).toBe('not a text or HTML file');
    expect(await message('leer.txt')).toBe('empty file');
    expect(await message('fehlt.txt')).toBe('file not found');
    expect(await message('ordner.txt')).toBe('is a folder');
    expect(await message('gross.txt', { maxBytes: 1024 * 1024 })).toBe('too large (3 MB, limit 1 MB)');
  });
});

describe('isArticlePath', () => {
  it('accepts the article extensions in any case', () => {
    expect(['a.txt', 'b.MD', 'c.html', 'd.HTM'].map(isArticlePath)).toEqual([true, true, true, true]);
    expect(['a.pdf', 'b', 'c.txt.bak'].map(isArticlePath)).toEqual([false, false, false]);
  });
});
