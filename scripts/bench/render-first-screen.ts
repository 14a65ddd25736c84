/**
 * `render-1mb-first-screen`: how long the app takes, in Debian's Chromium through the browser
 * host, from opening a folder with a 1 MB pair (every paragraph edited) to the first screen
 * of aligned rows. Baseline, in the same browser and run: showing the same two texts as
 * plain preformatted text, which is the least any viewer must do.
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/support/chromium-options';
import { createBrowserHost } from '../../src/main/browser-host/create-browser-host';
import { bigParagraphs, distinctParagraphs, heavyEdit } from './big-texts';

export interface RenderResult {
  ms: number;
  baselineMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function measureRenderFirstScreen(
  repoRoot: string,
  corpusFolder: string,
  runs = 3,
): Promise<RenderResult> {
  const rendererDir = join(repoRoot, 'out/renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error('Build the app first (npm run build).');
  const work = await mkdtemp(join(tmpdir(), 'wirediff-render-bench-'));
  const source = bigParagraphs(distinctParagraphs(corpusFolder), 1_000_000, 0);
  const left = source.join('\n\n');
  const right = heavyEdit(source, 7).join('\n\n');
  await writeFile(join(work, 'articles-a.txt'), left);
  await writeFile(join(work, 'articles-b.txt'), right);

  const host = await createBrowserHost({
    rendererDir,
    demoFolder: join(repoRoot, 'resources/demo-corpus'),
    userDataDir: join(work, 'user-data'),
    startPath: work,
    watch: false,
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    const appRuns: number[] = [];
    const baselineRuns: number[] = [];
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const started = performance.now();
      await page.goto(host.url);
      await page.locator('#comparison-rows .row').first().waitFor({ state: 'visible', timeout: 60_000 });
      appRuns.push(performance.now() - started);
      await page.close();

      const plain = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const escape = (text: string) => text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
      const html = `<!doctype html><body style="display:grid;grid-template-columns:1fr 1fr"><pre style="white-space:pre-wrap">${escape(left)}</pre><pre style="white-space:pre-wrap">${escape(right)}</pre></body>`;
      const plainStarted = performance.now();
      await plain.setContent(html, { waitUntil: 'load' });
      await plain.locator('pre').first().waitFor({ state: 'visible' });
      baselineRuns.push(performance.now() - plainStarted);
      await plain.close();
    }
    return { ms: median(appRuns), baselineMs: median(baselineRuns) };
  } finally {
    await browser.close();
    await host.close();
    await rm(work, { recursive: true, force: true });
  }
}
