import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, repoRoot, seedsDir, test } from './support/browser-host-fixture';

const helsinki = resolve(repoRoot, '../shared/corpus/helsinki-2018');

test.describe('the folder path box', () => {
  test.skip(!existsSync(helsinki) || !existsSync(seedsDir), `the corpus is not at ${resolve(repoRoot, '../shared')}`);
  // 598 articles: the folder given at launch takes a moment to open, long enough to type.
  test.use({ startPath: helsinki });

  test('keeps a path being typed when the folder opened at launch finishes loading', async ({ page, host }) => {
    await page.goto(host.url);
    const box = page.getByLabel('Folder path');
    const label = page.locator('.corpus-label');
    await box.fill(seedsDir);
    test.skip((await label.textContent()) === 'helsinki-2018', 'the launch folder opened before the path was typed');
    await expect(label).toHaveText('helsinki-2018');
    await expect(box).toHaveValue(seedsDir);

    await box.press('Enter');
    await expect(label).toHaveText('seeds');
    await expect(page.getByRole('heading', { name: /Articles/ })).toContainText('5');
    // Once opened, the box follows the open folder again.
    await expect(box).toHaveValue(seedsDir);
    // …and keys are the comparison's again: `s` swaps the sides instead of typing into the box.
    await expect(box).not.toBeFocused();
    await expect(page.locator('#comparison-rows .row').first()).toBeVisible();
    const left = page.getByRole('combobox', { name: 'Left article' });
    const before = await left.inputValue();
    await page.keyboard.press('s');
    await expect(left).not.toHaveValue(before);
    await expect(box).toHaveValue(seedsDir);
  });
});
