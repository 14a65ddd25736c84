/**
 * Each test gets its own browser host (the real services, transport and built renderer) on
 * a random port, with a fresh user-data folder.
 */
import { test as base } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBrowserHost, type BrowserHost } from '../../src/main/browser-host/create-browser-host';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const seedsDir = resolve(repoRoot, '../shared/corpus/seeds');
export const screenshotDir = join(repoRoot, 'e2e-output');

export const test = base.extend<{ host: BrowserHost; startPath: string | null }>({
  startPath: [null, { option: true }],
  host: async ({ startPath }, use) => {
    const userDataDir = await mkdtemp(join(tmpdir(), 'wirediff-e2e-'));
    const host = await createBrowserHost({
      rendererDir: join(repoRoot, 'out/renderer'),
      demoFolder: join(repoRoot, 'resources/demo-corpus'),
      userDataDir,
      startPath,
      // As the app runs: one warm worker pool lent to every open.
      keepWorkers: true,
    });
    await use(host);
    await host.close();
    await rm(userDataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
