import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PushEvent } from '../../shared/ipc-contract';
import { createAppServices, dispatchRequest, type AppServices } from './app-services';

let dir: string;
let dataDir: string;
let services: AppServices;
let events: PushEvent[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wirediff-services-'));
  dataDir = await mkdtemp(join(tmpdir(), 'wirediff-user-data-'));
  events = [];
  await writeFile(join(dir, 'a.txt'), 'Titel A\n\nDer erste Satz steht hier.');
  await writeFile(join(dir, 'b.txt'), 'Titel B\n\nDer erste Satz steht dort.');
});

afterEach(async () => {
  await services.dispose();
  await rm(dir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
});

function start(watch = false, startPath: string | null = null) {
  services = createAppServices({
    transport: 'browser',
    userDataDir: dataDir,
    demoFolder: join(dir, 'demo'),
    startPath,
    emit: (event) => events.push(event),
    watch,
  });
  return services;
}

const waitFor = async (predicate: () => boolean, ms = 5000) => {
  const until = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

describe('createAppServices', () => {
  it('starts on the launch folder, else the demo corpus', async () => {
    expect((await start(false, dir).handlers['app:initial-state']({})).startFolder).toBe(dir);
    await services.dispose();
    expect((await start().handlers['app:initial-state']({})).startFolder).toBe(join(dir, 'demo'));
  });

  it('opens a folder, reports progress, and remembers it as recent', async () => {
    const { handlers } = start();
    const snapshot = await handlers['corpus:open-folder']({ path: dir });
    expect(snapshot.articles.map((a) => a.name)).toEqual(['a.txt', 'b.txt']);
    expect(snapshot.label).toBe(dir.split('/').pop());
    expect(events.some((e) => e.type === 'load-progress')).toBe(true);
    expect((await handlers['app:initial-state']({})).settings.recentFolders).toEqual([dir]);
  });

  it('opens a single file as a corpus of one', async () => {
    const snapshot = await start().handlers['corpus:open-folder']({ path: join(dir, 'a.txt') });
    expect(snapshot.root).toBeNull();
    expect(snapshot.articles).toHaveLength(1);
  });

  it('says clearly when a path does not exist', async () => {
    await expect(start().handlers['corpus:open-folder']({ path: join(dir, 'nope') })).rejects.toThrow(
      `Not found: ${join(dir, 'nope')}`,
    );
  });

  it('validates payloads before any service runs', async () => {
    const { handlers } = start();
    await expect(dispatchRequest(handlers, 'corpus:open-folder', { path: '' })).rejects.toThrow(
      /Invalid payload for corpus:open-folder/,
    );
    await expect(dispatchRequest(handlers, 'nope', {})).rejects.toThrow('Unknown channel: nope');
  });

  it('pushes added, changed and removed files of a watched folder, writing nothing there', async () => {
    const { handlers } = start(true);
    await handlers['corpus:open-folder']({ path: dir });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await writeFile(join(dir, 'c.txt'), 'Titel C\n\nNeu hinzugekommen.');
    await waitFor(() => events.some((e) => e.type === 'article-changed' && e.article.name === 'c.txt'));
    await rm(join(dir, 'a.txt'));
    await waitFor(() => events.some((e) => e.type === 'article-removed' && e.path === join(dir, 'a.txt')));
    expect((await readdir(dir)).sort()).toEqual(['b.txt', 'c.txt']);
  });
});
