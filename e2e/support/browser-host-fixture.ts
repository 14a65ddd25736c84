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

/**
 * A test whose app opens, at launch, a fresh temporary folder that `fill` writes: tests that
 * change files or need odd ones make their own, never touching the repo or the shared corpus.
 */
export function testInFolder(name: string, fill: (folder: string) => Promise<void>) {
  return test.extend<{ folder: string }>({
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from its first argument
    folder: async ({}, use) => {
      const folder = await mkdtemp(join(tmpdir(), `wirediff-${name}-`));
      await fill(folder);
      await use(folder);
      await rm(folder, { recursive: true, force: true });
    },
    startPath: async ({ folder }, use) => use(folder),
  });
}

/** Bytes no text encoding reads (every byte value in turn, NULs among them): a binary file. */
export function noiseBytes(length: number): Buffer {
  return Buffer.from(Array.from({ length }, (_, i) => (i * 7919) % 256));
}
