import { execFileSync } from 'node:child_process';
import { chmod, lstat, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFolder } from './read-folder';

/** Original text for the encoding checks (written for this test). */
const GERMAN = [
  'Grüße aus Köln: „Straßenfest“ fällt aus',
  '',
  'Die Veranstalter sagten am Mittwoch, das Fest müsse wegen des Unwetters ausfallen. Übermorgen soll entschieden werden, ob es nachgeholt wird.',
  '',
  'Anwohner äußerten sich enttäuscht. „Wir hatten uns sehr gefreut“, sagte eine Nachbarin.',
].join('\n');

let root: string;
const isRoot = process.getuid?.() === 0;

/** Names, types, sizes and mtimes of everything under a folder, without following links. */
async function snapshot(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    for (const name of (await readdir(d)).sort()) {
      const path = join(d, name);
      const info = await lstat(path);
      const type = info.isSymbolicLink() ? 'link' : info.isDirectory() ? 'dir' : info.isFIFO() ? 'fifo' : 'file';
      out.push(`${relative(root, path)} ${type} ${info.size} ${info.mtimeMs}`);
      if (type === 'dir') await walk(path);
    }
  };
  await walk(dir);
  return out;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'wirediff-hostile-'));
  const noise = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
  await writeFile(join(root, 'noise.txt'), noise);
  execFileSync('mkfifo', [join(root, 'pipe.txt')]);
  await symlink('/dev/zero', join(root, 'zero.txt'));
  await symlink(join(root, 'does-not-exist.txt'), join(root, 'broken.txt'));
  await mkdir(join(root, 'sub'));
  await symlink('..', join(root, 'sub', 'up')); // a folder link to its parent: a loop
  await symlink(root, join(root, 'sub', 'loop.txt')); // the same loop, named like an article
  await mkdir(join(root, 'x.txt'));
  await writeFile(join(root, 'x.txt', 'inside.md'), 'Ein Absatz in einem Ordner namens x.txt.');
  await writeFile(join(root, 'huge.txt'), Buffer.alloc(60 * 1024 * 1024, 0x61));
  await writeFile(join(root, 'empty.txt'), '');
  await writeFile(
    join(root, 'utf8-bom.txt'),
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GERMAN, 'utf8')]),
  );
  await writeFile(
    join(root, 'utf16le-bom.txt'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GERMAN, 'utf16le')]),
  );
  await writeFile(join(root, 'cp1252.txt'), iconv.encode(GERMAN, 'windows-1252'));
  await symlink(join(root, 'cp1252.txt'), join(root, 'link-to-file.txt'));
  await writeFile(join(root, 'picture.jpg'), 'not an article');
  await writeFile(join(root, 'bericht.docx'), 'PK not read');
  await mkdir(join(root, '.git'));
  await writeFile(join(root, '.git', 'notes.txt'), 'hidden');
  await mkdir(join(root, 'node_modules'));
  await writeFile(join(root, 'node_modules', 'readme.txt'), 'dependency');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('readFolder on a hostile folder', () => {
  it('finishes, reports every bad file, loads the good ones and changes nothing', { timeout: 60_000 }, async () => {
    const before = await snapshot(root);
    const progress: { done: number; total: number }[] = [];
    const seen: string[] = [];
    const started = performance.now();
    const { articles, errors } = await readFolder(root, {
      onProgress: (p) => progress.push({ done: p.done, total: p.total }),
      onArticle: (a) => seen.push(a.name),
    });
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(20_000);

    const messages = Object.fromEntries(errors.map((e) => [relative(root, e.path), e.message]));
    expect(messages).toMatchObject({
      'noise.txt': 'binary file',
      'pipe.txt': 'not a regular file',
      'zero.txt': 'not a regular file',
      'broken.txt': 'broken link',
      'huge.txt': 'too large (60 MB, limit 20 MB)',
      'empty.txt': 'empty file',
      // Left out, with the way to include it; the picture goes unmentioned.
      'bericht.docx': 'a Word document: save it as text (.txt) or HTML to compare it',
    });
    expect(errors).toHaveLength(7);

    const names = articles.map((a) => relative(root, a.path));
    expect(names).toEqual(['cp1252.txt', 'link-to-file.txt', 'utf16le-bom.txt', 'utf8-bom.txt', 'x.txt/inside.md']);
    expect([...seen].sort()).toEqual(articles.map((a) => a.name).sort());

    const byName = (n: string) => articles.find((a) => a.name === n)!;
    const encodings = ['utf8-bom.txt', 'utf16le-bom.txt', 'cp1252.txt'].map((n) => byName(n).encoding);
    expect(encodings).toEqual(['utf-8', 'utf-16le', 'windows-1252']);
    const texts = ['utf8-bom.txt', 'utf16le-bom.txt', 'cp1252.txt'].map((n) => byName(n).paragraphs.map((p) => p.text));
    expect(texts[1]).toEqual(texts[0]);
    expect(texts[2]).toEqual(texts[0]);
    expect(texts[0]).toEqual(GERMAN.split('\n\n'));
    expect(byName('utf8-bom.txt').title).toBe('Grüße aus Köln: „Straßenfest“ fällt aus');

    const last = progress[progress.length - 1]!;
    expect(last.done).toBe(last.total);
    expect(await snapshot(root)).toEqual(before);
  });

  if (isRoot) console.info('skipped "permission denied" check: tests run as root, who can read any file');
  it.skipIf(isRoot)('reports unreadable files as "permission denied"', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wirediff-locked-'));
    try {
      await writeFile(join(dir, 'locked.txt'), 'secret');
      await chmod(join(dir, 'locked.txt'), 0o000);
      const result = await readFolder(dir);
      expect(result.errors).toEqual([{ path: join(dir, 'locked.txt'), message: 'permission denied' }]);
    } finally {
      await chmod(join(dir, 'locked.txt'), 0o644).catch(() => {});
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('stops early when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await readFolder(root, { signal: controller.signal });
    expect(result.articles).toEqual([]);
  });

  it('reports a missing folder instead of throwing', async () => {
    const result = await readFolder(join(root, 'nowhere'));
    expect(result).toEqual({ articles: [], errors: [{ path: join(root, 'nowhere'), message: 'folder not found' }] });
  });
});
