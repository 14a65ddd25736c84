/**
 * Settings and recent folders in the user-data folder. Writes are atomic (temp file +
 * rename) so a crash never leaves half a file; a missing or broken file yields defaults.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Settings } from '../../shared/ipc-contract';
import { settingsSchema } from '../../shared/ipc-payload-schemas';
import { DEFAULT_COMPARE_OPTIONS } from '../../shared/comparison/comparison-types';

export const DEFAULT_SETTINGS: Settings = {
  compare: DEFAULT_COMPARE_OPTIONS,
  viewMode: 'side-by-side',
  theme: 'system',
  recentFolders: [],
};

const MAX_RECENT = 10;

export interface SettingsStore {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<Settings>;
  addRecentFolder(path: string): Promise<Settings>;
  /** Called after every save, e.g. to rebuild the menu of recent folders. */
  onChange(listener: (settings: Settings) => void): void;
}

export function createSettingsStore(userDataDir: string): SettingsStore {
  const file = join(userDataDir, 'settings.json');
  let current: Settings | null = null;
  // Serialise writes so two quick saves cannot interleave their renames.
  let queue: Promise<unknown> = Promise.resolve();
  const listeners: ((settings: Settings) => void)[] = [];

  async function load(): Promise<Settings> {
    if (current) return current;
    try {
      const raw: unknown = JSON.parse(await readFile(file, 'utf8'));
      const merged = mergeWithDefaults(raw);
      current = merged;
    } catch {
      current = DEFAULT_SETTINGS;
    }
    return current;
  }

  function save(settings: Settings): Promise<Settings> {
    current = settingsSchema.parse(settings);
    const snapshot = current;
    const write = queue.then(async () => {
      await mkdir(userDataDir, { recursive: true });
      const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(tmp, JSON.stringify(snapshot, null, 2), 'utf8');
      await rename(tmp, file);
      for (const listener of listeners) listener(snapshot);
      return snapshot;
    });
    queue = write.catch(() => undefined);
    return write;
  }

  async function addRecentFolder(path: string): Promise<Settings> {
    const settings = await load();
    const recentFolders = [path, ...settings.recentFolders.filter((p) => p !== path)].slice(0, MAX_RECENT);
    return save({ ...settings, recentFolders });
  }

  return { load, save, addRecentFolder, onChange: (listener) => void listeners.push(listener) };
}

/** Keeps what is valid in a stored file and fills the rest from defaults. */
function mergeWithDefaults(raw: unknown): Settings {
  const stored = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Settings>;
  const candidate: Settings = {
    ...DEFAULT_SETTINGS,
    ...stored,
    compare: { ...DEFAULT_SETTINGS.compare, ...(stored.compare ?? {}) },
  };
  const parsed = settingsSchema.safeParse(candidate);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}
