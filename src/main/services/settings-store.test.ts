import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../shared/ipc-contract';
import { createSettingsStore, DEFAULT_SETTINGS } from './settings-store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wirediff-settings-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createSettingsStore', () => {
  it('starts from defaults and restores what was saved, in a new store', async () => {
    expect(await createSettingsStore(dir).load()).toEqual(DEFAULT_SETTINGS);
    const changed: Settings = {
      ...DEFAULT_SETTINGS,
      theme: 'dark',
      compare: { ...DEFAULT_SETTINGS.compare, foldCase: false },
    };
    await createSettingsStore(dir).save(changed);
    expect(await createSettingsStore(dir).load()).toEqual(changed);
    // Atomic writes leave no temporary files behind.
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it('keeps recent folders newest first, without duplicates, at most ten', async () => {
    const store = createSettingsStore(dir);
    for (let i = 0; i < 12; i++) await store.addRecentFolder(`/f${i}`);
    await store.addRecentFolder('/f5');
    const { recentFolders } = await store.load();
    expect(recentFolders).toEqual(['/f5', '/f11', '/f10', '/f9', '/f8', '/f7', '/f6', '/f4', '/f3', '/f2']);
  });

  it('falls back to defaults for a broken file and keeps valid parts of an old one', async () => {
    await writeFile(join(dir, 'settings.json'), '{ not json');
    expect(await createSettingsStore(dir).load()).toEqual(DEFAULT_SETTINGS);
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ theme: 'light', compare: { foldEszett: false } }));
    const loaded = await createSettingsStore(dir).load();
    expect(loaded.theme).toBe('light');
    expect(loaded.compare).toEqual({ ...DEFAULT_SETTINGS.compare, foldEszett: false });
  });

  it('tells listeners about every save, and serialises quick saves', async () => {
    const store = createSettingsStore(dir);
    const seen: string[] = [];
    store.onChange((s) => seen.push(s.theme));
    await Promise.all([
      store.save({ ...DEFAULT_SETTINGS, theme: 'light' }),
      store.save({ ...DEFAULT_SETTINGS, theme: 'dark' }),
    ]);
    expect(seen).toEqual(['light', 'dark']);
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')).theme).toBe('dark');
  });
});
