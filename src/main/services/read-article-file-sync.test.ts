import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleFile } from './read-article-file';
import { readArticleFileSync } from './read-article-file-sync';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wirediff-read-sync-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const messageOf = (result: ReturnType<typeof readArticleFileSync>) =>
  'error' in result ? result.error.message : 'read';

describe('readArticleFileSync', () => {
  it('reads what the async reader reads, to the same Article', async () => {
    const files: Record<string, string | Buffer> = {
      'utf8.txt': 'Grüße aus Köln\n\nEin Absatz mit „Zitat“.\n\n(dpa)',
      'cp1252.txt': Buffer.from([0x47, 0x72, 0xfc, 0xdf, 0x65, 0x0a, 0x0a, 0x4b, 0xf6, 0x6c, 0x6e, 0x2e]),
      'notiz.md': '# Viele GrÃ¼ÃŸe\n\nEin Absatz.',
    };
    for (const [name, content] of Object.entries(files)) {
      const path = join(dir, name);
      await writeFile(path, content);
      expect(readArticleFileSync(path)).toEqual(await readArticleFile(path));
    }
  });

  it('gives the async reader’s messages for what it cannot read', async () => {
    await writeFile(join(dir, 'bild.jpg'), 'x');
    await writeFile(join(dir, 'leer.txt'), '');
    await writeFile(join(dir, 'blank.txt'), ' \n\t\n');
    await writeFile(join(dir, 'gross.txt'), 'x'.repeat(3 * 1024 * 1024));
    await writeFile(join(dir, 'noise.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256)));
    await mkdir(join(dir, 'ordner.txt'));
    await mkdir(join(dir, 'ordner'));
    await symlink(join(dir, 'nirgends.txt'), join(dir, 'broken.txt'));
    await symlink('/dev/zero', join(dir, 'zero.txt'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    const expected: [string, string, { maxBytes?: number }?][] = [
      ['bild.jpg', 'not a text or HTML file'],
      ['leer.txt', 'empty file'],
      ['blank.txt', 'empty file'],
      ['fehlt.txt', 'file not found'],
      // Without an article extension: what is wrong comes before the extension.
      ['fehlt', 'file not found'],
      ['ordner', 'is a folder'],
      ['ordner.txt', 'is a folder'],
      ['broken.txt', 'broken link'],
      ['zero.txt', 'not a regular file'],
      ['pipe.txt', 'not a regular file'],
      ['noise.txt', 'binary file'],
      ['gross.txt', 'too large (3 MB, limit 1 MB)', { maxBytes: 1024 * 1024 }],
    ];
    for (const [name, message, opts] of expected) {
      expect([name, messageOf(readArticleFileSync(join(dir, name), opts))]).toEqual([name, message]);
      expect([name, messageOf(await readArticleFile(join(dir, name), opts))]).toEqual([name, message]);
    }
  });
});
