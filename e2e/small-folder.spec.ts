import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, noiseBytes, screenshotDir, testInFolder } from './support/browser-host-fixture';

/** Two short articles and a file that is no text: a folder whose comparison is one screen's fraction. */
const smallTest = testInFolder('small', async (folder) => {
  await writeFile(join(folder, 'a.txt'), 'Tunnel gesperrt\n\nDer Grauhorn-Tunnel bleibt bis Ende Januar zu.');
  await writeFile(join(folder, 'b.txt'), 'Tunnel zu\n\nDer Grauhorn-Tunnel bleibt bis Ende Jänner zu.');
  await writeFile(join(folder, 'c.txt'), noiseBytes(3000));
});

smallTest('a small folder still fills the window, and counts of one are singular', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('.article-item')).toHaveCount(2);
  const status = page.getByRole('status').filter({ hasText: 'articles' });
  await expect(status).toContainText('2 articles, 1 unreadable');
  await expect(page.getByText('1 file could not be read')).toBeVisible();

  // No notice is shown: the workspace takes the free height and the status bar stays one line.
  const viewport = page.viewportSize()!;
  const footer = (await page.locator('.status-bar').boundingBox())!;
  const workspace = (await page.locator('.workspace').boundingBox())!;
  expect(footer.height).toBeLessThan(40);
  expect(footer.y + footer.height).toBeCloseTo(viewport.height, 0);
  expect(workspace.y + workspace.height).toBeCloseTo(footer.y, 0);
  await page.screenshot({ path: join(screenshotDir, 'small-folder.png') });
});

smallTest('a single file opened by its path stays in the path box', async ({ page, host, folder }) => {
  await page.goto(host.url);
  await expect(page.locator('.article-item')).toHaveCount(2);
  const file = join(folder, 'a.txt');
  await page.locator('#folder-path').fill(file);
  await page.locator('#folder-path').press('Enter');
  await expect(page.locator('.article-item')).toHaveCount(1);
  await expect(page.locator('.corpus-label')).toHaveText('a.txt');
  await expect(page.locator('#folder-path')).toHaveValue(file);
  await expect(page.getByText('One article is open: drop a second file on the window')).toBeVisible();
});

/** Nothing readable: an empty file and one of noise. */
const unreadableTest = testInFolder('unreadable', async (folder) => {
  await writeFile(join(folder, 'leer.txt'), '');
  await writeFile(join(folder, 'rauschen.txt'), noiseBytes(3000));
});

unreadableTest('a folder with nothing readable says why for each file, without a click', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByText(/No articles found in/)).toBeVisible();
  await expect(page.getByText('2 files could not be read')).toBeVisible();
  await expect(page.getByText('leer.txt: empty file')).toBeVisible();
  await expect(page.getByText(/rauschen\.txt: /)).toBeVisible();
  await page.screenshot({ path: join(screenshotDir, 'unreadable-folder.png') });
});
