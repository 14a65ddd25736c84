import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, screenshotDir, seedsDir, test } from './support/browser-host-fixture';

test.describe('reviewing the seeds from the keyboard', () => {
  test.skip(!existsSync(seedsDir), `the seed corpus is not at ${seedsDir}`);
  test.use({ startPath: seedsDir });

  for (const theme of ['light', 'dark'] as const) {
    test(`walks changes and pairs, toggles folds, shows help (${theme} theme)`, async ({ page, host }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(host.url);
      await expect(page.locator('.article-item')).toHaveCount(5);

      // The top ranked pair opens by itself.
      const topPair = page.locator('.pair-item').first();
      await expect(topPair).toHaveAttribute('aria-current', 'true');
      // Files named by ids (000_4ceae6f6854108d6.txt, 002_…) without an outlet go by their titles.
      await expect(topPair).toContainText('Angespannte Sicherheitslage');
      await expect(topPair).toContainText('US-Präsident Joe Biden wird morgen');

      const status = page.locator('.status-changes');
      await expect(status).toHaveText(/^\d+ changes$/);
      const total = Number((await status.textContent())!.split(' ')[0]);
      expect(total).toBeGreaterThan(8);

      await page.locator('body').click({ position: { x: 5, y: 5 } });
      const seen: number[] = [];
      for (let step = 1; step <= 8; step++) {
        await page.keyboard.press('n');
        await expect(status).toHaveText(`change ${step} of ${total}`);
        const current = page.locator('[data-current="true"]').first();
        await expect(current).toBeInViewport();
        const row = await current.evaluate((el) => Number(el.closest('[data-row]')?.getAttribute('data-row')));
        seen.push(row);
      }
      // In order: each change sits in the same row as the previous one or a later row.
      expect([...seen].sort((a, b) => a - b)).toEqual(seen);
      await page.screenshot({ path: join(screenshotDir, `review-change-8-${theme}.png`) });

      await page.keyboard.press('p');
      await expect(status).toHaveText(`change 7 of ${total}`);

      // Cosmetic fold: Weißen/Weissen is quiet, then marked as an edit once the folds are off.
      const quiet = page.locator('#comparison-rows .cosmetic', { hasText: 'Weißen' }).first();
      await expect(quiet).toBeVisible();
      await page.keyboard.press('c');
      await expect(page.locator('#comparison-rows del.deleted', { hasText: 'Weißen' }).first()).toBeVisible();
      await expect(page.locator('#comparison-rows .cosmetic', { hasText: 'Weißen' })).toHaveCount(0);
      // The header says so: no "cosmetic 0" that looks like a finding.
      await expect(page.getByText('cosmetic folds off')).toHaveCount(2);
      await page.keyboard.press('c');
      await expect(page.getByText('cosmetic folds off')).toHaveCount(0);
      await expect(page.locator('#comparison-rows .cosmetic', { hasText: 'Weißen' }).first()).toBeVisible();

      // ] goes to the next ranked pair, which opens at its top wherever the last one was read.
      const rows = page.locator('#comparison-rows');
      // Scrolled away from the current change, n goes on from what is on screen.
      await rows.evaluate((el) => (el.scrollTop = el.scrollHeight));
      // The scroll event comes with the next frame, as it does for a reader's wheel.
      await rows.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await page.keyboard.press('n');
      await expect(status).not.toHaveText(`change 7 of ${total}`);
      await expect(status).not.toHaveText(`change 8 of ${total}`);
      expect(Number((await status.textContent())!.match(/change (\d+)/)![1])).toBeGreaterThan(8);
      await expect(page.locator('[data-current="true"]').first()).toBeInViewport();
      await rows.evaluate((el) => (el.scrollTop = 600));
      await page.keyboard.press(']');
      await expect(page.locator('.pair-item').nth(1)).toHaveAttribute('aria-current', 'true');
      await expect.poll(() => rows.evaluate((el) => el.scrollTop)).toBe(0);
      await page.keyboard.press('[');
      await expect(topPair).toHaveAttribute('aria-current', 'true');
      // In the list, ↓ and ↑ open the next and previous pair, and focus follows.
      await page.keyboard.press('Control+1');
      await expect(topPair).toBeFocused();
      // The list is one Tab stop: Tab leaves it instead of visiting every pair.
      await page.keyboard.press('Tab');
      await expect(page.locator('.pair-item:focus')).toHaveCount(0);
      await page.keyboard.press('Control+1');
      await expect(topPair).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(page.locator('.pair-item').nth(1)).toHaveAttribute('aria-current', 'true');
      await expect(page.locator('.pair-item').nth(1)).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await expect(topPair).toHaveAttribute('aria-current', 'true');
      await page.locator('body').click({ position: { x: 5, y: 5 } });

      // ? shows the help overlay; Esc closes it.
      const leftPicker = page.getByRole('combobox', { name: 'Left article' });
      const shown = [(await status.textContent())!, await leftPicker.inputValue()];
      await page.keyboard.press('?');
      const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await expect(help).toBeVisible();
      await expect(help).toContainText('Next change');
      await page.screenshot({ path: join(screenshotDir, `help-${theme}.png`) });
      // Keys do not act behind the help: the comparison stays as it was.
      await page.keyboard.press('n');
      await page.keyboard.press('s');
      await page.keyboard.press('Escape');
      await expect(help).toBeHidden();
      expect([await status.textContent(), await leftPicker.inputValue()]).toEqual(shown);

      // Ctrl+F goes to the filter (the folder path box comes first on the page).
      await page.keyboard.press('Control+f');
      await expect(page.locator('#corpus-filter')).toBeFocused();

      const axe = await new AxeBuilder({ page }).analyze();
      const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.length} nodes`)).toEqual([]);
    });
  }

  test('the filter narrows both lists, says when nothing matches, and Esc clears it', async ({ page, host }) => {
    await page.goto(host.url);
    await expect(page.locator('.article-item')).toHaveCount(5);
    await expect(page.locator('#pairs-heading .count')).toHaveText('10');
    await page.keyboard.press('Control+f');
    const filter = page.locator('#corpus-filter');
    await page.keyboard.type('taz');
    await expect(page.locator('#articles-heading .count')).toHaveText('1 of 5');
    await expect(page.locator('#pairs-heading .count')).toHaveText('4 of 10');
    await expect(page.locator('.pair-item')).toHaveCount(4);

    await filter.fill('zzzz');
    await expect(page.getByText('No article matches the filter.')).toBeVisible();
    await expect(page.getByText('No pair matches the filter.')).toBeVisible();
    await page.screenshot({ path: join(screenshotDir, 'filter-no-match.png') });
    await filter.press('Escape');
    await expect(filter).toHaveValue('');
    await expect(page.locator('.article-item')).toHaveCount(5);
  });

  test('inline view, swapping sides and the options panel', async ({ page, host }) => {
    await page.goto(host.url);
    await expect(page.locator('.article-item')).toHaveCount(5);
    const left = page.getByRole('combobox', { name: 'Left article' });
    const before = await left.inputValue();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('s');
    await expect(page.getByRole('combobox', { name: 'Right article' })).toHaveValue(before);

    await page.keyboard.press('i');
    await expect(page.locator('#comparison-rows')).toHaveClass(/rows-inline/);
    await page.screenshot({ path: join(screenshotDir, 'inline-view.png') });
    await page.keyboard.press('i');
    await expect(page.locator('#comparison-rows')).toHaveClass(/rows-side-by-side/);

    await page.keyboard.press('Control+,');
    const options = page.getByRole('dialog', { name: 'Options' });
    await expect(options).toBeVisible();
    await options.getByLabel(/ß and ss/).uncheck();
    await page.screenshot({ path: join(screenshotDir, 'options.png') });
    await page.keyboard.press('Escape');
    // Sides are swapped, so the rt/dpa spelling is now on the right, marked as inserted.
    await expect(page.locator('#comparison-rows ins.inserted', { hasText: 'Weißen' }).first()).toBeVisible();

    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
      [],
    );
  });
});
