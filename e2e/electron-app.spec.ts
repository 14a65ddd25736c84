/**
 * Real-Electron journeys. They need Electron's binary, which cannot be downloaded on every
 * machine (not on our CI); there they skip and say why.
 */
import { _electron as electron } from '@playwright/test';
import { findElectronBinary } from '../scripts/find-electron.js';
import { expect, repoRoot, test } from './support/browser-host-fixture';

const binary = findElectronBinary(repoRoot) as string | null;
const skipReason = 'no Electron binary on this machine (node_modules/electron has no downloaded dist/)';
if (binary === null) console.log(`Skipping the real-Electron specs: ${skipReason}.`);

test.describe('the Electron app', () => {
  test.skip(binary === null, skipReason);

  test('starts on the demo corpus with a secure window', async () => {
    const app = await electron.launch({ executablePath: binary!, args: [repoRoot] });
    const window = await app.firstWindow();
    await expect(window.locator('.corpus-label')).toHaveText('Demo corpus');
    // Isolated and sandboxed: no Node in the page, and the bridge exposes only the contract.
    const page = await window.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: Object.keys((window as unknown as { wirediff: object }).wirediff).sort(),
    }));
    expect(page).toEqual({ require: 'undefined', process: 'undefined', bridge: ['pathForDroppedFile', 'transport'] });
    await app.close();
  });
});
