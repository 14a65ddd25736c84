import { mkdir, mkdtemp, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changesSinceRead, type ReadFileState } from './changes-since-read';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wirediff-changes-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The state a read would have recorded for `path` as it is now. */
async function asRead(path: string): Promise<ReadFileState> {
  const info = await stat(path);
  return { size: info.size, mtimeMs: info.mtimeMs };
}

describe('changesSinceRead', () => {
  it('finds files added, changed and gone since the read, and nothing for files as read', async () => {
    const same = join(dir, 'same.txt');
    const edited = join(dir, 'edited.txt');
    const touched = join(dir, 'touched.txt');
    await writeFile(same, 'Unverändert.');
    await writeFile(edited, 'Erste Fassung.');
    await writeFile(touched, 'Gleich lang.');
    const read = new Map<string, ReadFileState>([
      [same, await asRead(same)],
      [edited, await asRead(edited)],
      [touched, await asRead(touched)],
      [join(dir, 'gone.txt'), { size: 3, mtimeMs: 1 }],
      // A failed read (here a folder that could not be listed) is neither gone nor compared.
      [join(dir, 'locked'), null],
    ]);
    await writeFile(edited, 'Zweite, längere Fassung.');
    await utimes(touched, new Date(2020, 0, 1), new Date(2020, 0, 1));
    await writeFile(join(dir, 'new.txt'), 'Neu.');
    await writeFile(join(dir, 'picture.jpg'), 'kein Artikel');
    await mkdir(join(dir, '.git'));
    await writeFile(join(dir, '.git', 'hidden.txt'), 'versteckt');

    const changes = await changesSinceRead(dir, read);
    const shown = changes.map((c) => `${c.type} ${c.path.slice(dir.length + 1)}`).sort();
    expect(shown).toEqual(['add new.txt', 'change edited.txt', 'change touched.txt', 'unlink gone.txt']);
  });

  it('reports nothing for a folder read as it is', async () => {
    const paths = ['a.txt', 'b.md'].map((name) => join(dir, name));
    for (const path of paths) await writeFile(path, `Text von ${path}.`);
    const read = new Map<string, ReadFileState>();
    for (const path of paths) read.set(path, await asRead(path));
    expect(await changesSinceRead(dir, read)).toEqual([]);
  });
});
