import { cp, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, repoRoot, screenshotDir, testInFolder } from './support/browser-host-fixture';

/** A copy of the demo corpus, opened at launch: the test writes into it, never into the repo. */
const watchedTest = testInFolder('watched', (folder) =>
  cp(join(repoRoot, 'resources/demo-corpus'), folder, { recursive: true }),
);

watchedTest('shows files saved into it and drops files deleted from it', async ({ page, host, folder }) => {
  await page.goto(host.url);
  const items = page.locator('.article-item');
  await expect(items).toHaveCount(4);

  // Saved right after the folder opened: the watcher may still be starting.
  await writeFile(
    join(folder, '05_bergpost.txt'),
    'Nachtrag: Erste Güterzüge rollen wieder durch das Grauhorn\n\n' +
      'Der Grauhorn-Basistunnel ist für Güterzüge seit heute Morgen wieder offen. ' +
      'Reisezüge fahren weiterhin über die Bergstrecke, wie die Bahn mitteilte.',
  );
  await expect(items).toHaveCount(5);
  await expect(items.filter({ hasText: 'Erste Güterzüge rollen wieder' })).toBeVisible();

  await unlink(join(folder, '04_stadtanzeiger.txt'));
  await expect(items).toHaveCount(4);
  await expect(items.filter({ hasText: 'Felsacher Firmen' })).toHaveCount(0);
  await page.screenshot({ path: join(screenshotDir, 'watched-folder.png') });
});
