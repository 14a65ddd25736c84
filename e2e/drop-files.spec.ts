import { join } from 'node:path';
import { expect, screenshotDir, test } from './support/browser-host-fixture';

test('dropping two files onto the window adds them to the corpus', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('.article-item')).toHaveCount(4);

  const transfer = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(
      new File(['Erster Titel\n\nDer Zug fährt heute nicht nach Bern.'], 'eins.txt', { type: 'text/plain' }),
    );
    data.items.add(
      new File(['Zweiter Titel\n\nDer Zug fährt morgen nicht nach Bern.'], 'zwei.txt', { type: 'text/plain' }),
    );
    return data;
  });
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
  await expect(page.getByText('Drop to add articles')).toBeVisible();
  await page.screenshot({ path: join(screenshotDir, 'drop-overlay.png') });
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });

  await expect(page.locator('.article-item')).toHaveCount(6);
  await expect(page.locator('.article-item', { hasText: 'Erster Titel' })).toBeVisible();
  await expect(page.locator('.article-item', { hasText: 'Zweiter Titel' })).toBeVisible();
  await expect(page.getByText('Drop to add articles')).toBeHidden();
});

test('a non-text drop gets a clear message', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('.article-item')).toHaveCount(4);
  const transfer = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array([137, 80, 78, 71])], 'photo.png', { type: 'image/png' }));
    return data;
  });
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  await expect(page.getByRole('status').filter({ hasText: 'skipped: photo.png' })).toBeVisible();
  await expect(page.locator('.article-item')).toHaveCount(4);
});

test('dropped files are read as files on disk are: a Windows-1252 text and an HTML page', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('.article-item')).toHaveCount(4);
  const transfer = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    // "Grüße aus Köln" in Windows-1252: ü, ß and ö are single bytes.
    const title = [71, 114, 0xfc, 0xdf, 101, 32, 97, 117, 115, 32, 75, 0xf6, 108, 110];
    const body = Array.from(new TextEncoder().encode('\n\nDer Dom bleibt heute geschlossen.'));
    data.items.add(new File([new Uint8Array([...title, ...body])], 'alt.txt', { type: 'text/plain' }));
    const html =
      '<html><head><title>Domplatte gesperrt</title></head><body><nav>Startseite</nav>' +
      '<article><h1>Domplatte gesperrt</h1><p>Die Domplatte bleibt bis Montag gesperrt.</p></article></body></html>';
    data.items.add(new File([html], 'seite.html', { type: 'text/html' }));
    return data;
  });
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  await expect(page.locator('.article-item', { hasText: 'Grüße aus Köln' })).toBeVisible();
  await expect(page.locator('.article-item', { hasText: 'Domplatte gesperrt' })).toBeVisible();
  await expect(page.locator('.article-item')).toHaveCount(6);
});
