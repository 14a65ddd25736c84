import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { makeCorpusFolder } from '../scripts/bench/make-corpus-folder';
import { expect, repoRoot, screenshotDir, test } from './support/browser-host-fixture';

const helsinki = resolve(repoRoot, '../shared/corpus/helsinki-2018');

/** Records, from inside the page, every value the progress bar and the article count take. */
async function recordProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen = { progress: [] as number[], counts: [] as string[] };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('progress');
      if (bar) seen.progress.push(Number(bar.getAttribute('value')));
      const count = document.querySelector('#articles-heading .count')?.textContent;
      if (count && seen.counts.at(-1) !== count) seen.counts.push(count);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/** Drawn article-list rows that overlap the next one, or leave more than their 2 px gap under their content. */
async function articleRowGaps(page: Page): Promise<{ overlaps: number; gaps: number }> {
  return page.locator('.article-list .list-slot').evaluateAll((slots) => {
    const boxes = slots
      .map((slot) => ({ box: slot.getBoundingClientRect(), content: slot.firstElementChild!.getBoundingClientRect() }))
      .sort((a, b) => a.box.top - b.box.top);
    let overlaps = 0;
    let gaps = 0;
    boxes.forEach(({ box, content }, k) => {
      if (k > 0 && box.top < boxes[k - 1]!.box.bottom - 0.5) overlaps++;
      if (box.height - content.height > 2.5) gaps++;
    });
    return { overlaps, gaps };
  });
}

async function openByPath(page: Page, folder: string): Promise<void> {
  await page.getByLabel('Folder path').fill(folder);
  await page.getByLabel('Folder path').press('Enter');
}

test.describe('large folders', () => {
  test.skip(!existsSync(helsinki), `the Helsinki corpus is not at ${helsinki}`);

  test('helsinki-2018 loads all 598 articles with progress, and the lists stay responsive', async ({ page, host }) => {
    await page.goto(host.url);
    await expect(page.locator('.corpus-label')).toHaveText('Demo corpus');
    await recordProgress(page);
    await openByPath(page, helsinki);

    await expect(page.locator('#articles-heading .count')).toHaveText('598', { timeout: 60_000 });
    await expect(page.locator('.read-errors')).toHaveCount(0);
    const seen = await page.evaluate(
      () => (window as unknown as { seen: { progress: number[]; counts: string[] } }).seen,
    );
    expect(seen.progress.length).toBeGreaterThan(0);

    await expect(page.locator('.pair-item').first()).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('#comparison-rows .row').first()).toBeVisible({ timeout: 60_000 });

    // Scrolling the long lists keeps up: a wheel turn moves them at once.
    const list = page.locator('.article-list');
    await list.hover();
    await page.mouse.wheel(0, 4000);
    await expect.poll(() => list.evaluate((el) => el.scrollTop)).toBeGreaterThan(1000);
    const pairs = page.locator('.pair-list');
    await pairs.hover();
    await page.mouse.wheel(0, 3000);
    await expect.poll(() => pairs.evaluate((el) => el.scrollTop)).toBeGreaterThan(500);

    // Rows take the height of their content (a one-line title leaves no gap) and never overlap.
    await expect.poll(() => articleRowGaps(page)).toEqual({ overlaps: 0, gaps: 0 });
    await page.getByLabel('Filter articles and pairs').fill('Treasures of the Tsar');
    await expect(page.locator('.article-list .article-item')).toHaveCount(1);
    await expect
      .poll(() => page.locator('.article-list .list-slot').evaluate((el) => el.getBoundingClientRect().height))
      .toBeLessThan(56);
    await page.getByLabel('Filter articles and pairs').fill('');

    // Stepping through changes keeps up with key repeat. The top pairs are copies both ways
    // (100 %/100 %, ranked first): go down the ranking to one with changes.
    await page.locator('#comparison-rows').focus();
    const changes = page.locator('.status-changes');
    for (let step = 0; step < 20 && /^No changes$/.test((await changes.textContent()) ?? ''); step++) {
      await page.keyboard.press(']');
      await expect(page.locator('.comparing-badge')).toHaveCount(0);
    }
    for (let i = 0; i < 30; i++) await page.keyboard.press('n');
    await expect(page.locator('.status-changes')).toHaveText(/^change \d+ of \d+$/);
    await page.screenshot({ path: join(screenshotDir, 'helsinki.png') });
  });

  test('a synthetic folder of 10,000 articles fills the list while it reads', async ({ page, host }) => {
    test.setTimeout(240_000);
    const folder = await mkdtemp(join(tmpdir(), 'wirediff-10k-'));
    try {
      // Stories printed in 1–30 versions each, reordered, split, merged and edited, as in the benchmark.
      await makeCorpusFolder(resolve(repoRoot, '../shared/corpus'), folder, 10_000);
      await page.goto(host.url);
      await expect(page.locator('.corpus-label')).toHaveText('Demo corpus');
      await recordProgress(page);
      await openByPath(page, folder);

      // Every file is accounted for: read, or listed as unreadable (the generator leaves a few empty).
      const status = page.locator('.status-line');
      await expect(status).toContainText(/\d+ articles/, { timeout: 180_000 });
      await expect
        .poll(
          async () => {
            const text = (await status.textContent()) ?? '';
            const read = Number(/(\d+) articles/.exec(text)?.[1] ?? 0);
            const unreadable = Number(/(\d+) unreadable/.exec(text)?.[1] ?? 0);
            return read + unreadable;
          },
          { timeout: 180_000 },
        )
        .toBe(10_000);
      const seen = await page.evaluate(
        () => (window as unknown as { seen: { progress: number[]; counts: string[] } }).seen,
      );
      // The bar moved: several different values on the way.
      expect(new Set(seen.progress).size).toBeGreaterThan(2);
      // The list filled while reading, not all at once at the end.
      expect(seen.counts.length).toBeGreaterThan(2);
      // Once ranked, the strongest pair is shown.
      await expect(page.locator('#comparison-rows .row').first()).toBeVisible({ timeout: 60_000 });
      await page.screenshot({ path: join(screenshotDir, 'synthetic-10k.png') });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
