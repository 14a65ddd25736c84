import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchFolder, type FolderChange } from './watch-folder';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wirediff-watch-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function waitFor(check: () => boolean, timeoutMs = 8000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting for a watch event');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('watchFolder', () => {
  it('reports added, changed and removed article files, and nothing else', { timeout: 30_000 }, async () => {
    await writeFile(join(dir, 'before.txt'), 'schon da');
    const events: FolderChange[] = [];
    const watch = watchFolder(dir, (e) => events.push(e));
    try {
      await watch.ready;
      const article = join(dir, 'neu.txt');
      await writeFile(join(dir, 'bild.jpg'), 'kein Artikel');
      await mkdir(join(dir, '.git'));
      await writeFile(join(dir, '.git', 'versteckt.txt'), 'versteckt');
      await writeFile(article, 'Erste Fassung.');
      await waitFor(() => events.some((e) => e.type === 'add' && e.path === article));

      await writeFile(article, 'Zweite, längere Fassung des Textes.');
      await waitFor(() => events.some((e) => e.type === 'change' && e.path === article));

      await unlink(article);
      await waitFor(() => events.some((e) => e.type === 'unlink' && e.path === article));

      expect(events.every((e) => e.path === article)).toBe(true);
      expect([...new Set(events.map((e) => e.type))]).toEqual(['add', 'change', 'unlink']);
    } finally {
      await watch.close();
    }
  });
});
