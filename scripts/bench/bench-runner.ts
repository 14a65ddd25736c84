/**
 * Prepares the benchmark inputs in a temporary folder (deleted afterwards), runs every case
 * and its baselines in child processes with a time limit, and reduces the runs to medians.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bigParagraphs, distinctParagraphs, heavyEdit } from './big-texts';
import { baselineLabel, CASES, type BenchInputs, type CaseSpec, type Role } from './bench-cases';
import { makeCorpusFolder } from './make-corpus-folder';
import { measureRenderFirstScreen } from './render-first-screen';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const CORPUS = resolve(ROOT, '../shared/corpus');
const CHILD_LIMIT_MS = 10 * 60_000;
/** fast-diff has no time budget; on megabyte texts it is stopped and loses to diff-match-patch. */
const FAST_DIFF_LIMIT_MS = 30_000;

export interface BenchResult {
  case: string;
  ms: number;
  baseline: string | null;
  baselineMs: number | null;
  ratio: number | null;
  peakMB: number;
}

export interface BenchOptions {
  quick: boolean;
  only: string[] | null;
  onCase?: (name: string) => void;
}

/** Sizes of the generated inputs: the real ones, or small ones for a smoke run. */
function sizes(quick: boolean) {
  return quick
    ? { folder10k: 300, folder100k: 1000, bigChars: 100_000, maxRepeats: 3 }
    : { folder10k: 10_000, folder100k: 100_000, bigChars: 1_000_000, maxRepeats: Infinity };
}

/** Measured in Chromium through the browser host, not in a child process like the others. */
const RENDER_CASE = 'render-1mb-first-screen';

export async function runBench(options: BenchOptions): Promise<BenchResult[]> {
  const cases = CASES.filter((c) => !options.only || options.only.includes(c.name));
  const wantsRender = !options.only || options.only.includes(RENDER_CASE);
  if (options.only)
    for (const name of options.only)
      if (name !== RENDER_CASE && !cases.some((c) => c.name === name)) throw new Error(`unknown case ${name}`);
  const work = mkdtempSync(join(tmpdir(), 'wirediff-bench-'));
  const cleanup = () => rmSync(work, { recursive: true, force: true });
  process.once('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  try {
    const inputs = await prepareInputs(work, cases, sizes(options.quick));
    const results: BenchResult[] = [];
    for (const spec of cases) {
      options.onCase?.(spec.name);
      // Small cases keep their repeats even in a quick run: one cold run would be the median.
      const repeats =
        spec.name === 'compare-seed-pair' ? spec.repeats : Math.min(spec.repeats, sizes(options.quick).maxRepeats);
      results.push(measure(spec, inputs, repeats));
    }
    if (wantsRender) {
      options.onCase?.(RENDER_CASE);
      results.push(await measureRender(options.quick));
    }
    return results;
  } finally {
    cleanup();
  }
}

async function measureRender(quick: boolean): Promise<BenchResult> {
  if (!existsSync(join(ROOT, 'out/renderer/index.html'))) {
    throw new Error(`${RENDER_CASE} needs the built app: run npm run build first.`);
  }
  const { ms, baselineMs } = await measureRenderFirstScreen(ROOT, join(CORPUS, 'helsinki-2018'), quick ? 1 : 3);
  const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
  return {
    case: RENDER_CASE,
    ms: round(ms, 1),
    baseline: 'the same two texts as plain <pre> in the same browser',
    baselineMs: round(baselineMs, 1),
    ratio: round(ms / baselineMs, 2),
    // The host runs in this process; Chromium's own memory is not counted here.
    peakMB: Math.round(process.memoryUsage().rss / 1e6),
  };
}

async function prepareInputs(work: string, cases: CaseSpec[], size: ReturnType<typeof sizes>): Promise<BenchInputs> {
  const names = new Set(cases.map((c) => c.name));
  const inputs: BenchInputs = {
    seedLeft: join(CORPUS, 'seeds', '000_4ceae6f6854108d6.txt'),
    seedRight: join(CORPUS, 'seeds', '002_b62ac6a634bb1ab5.txt'),
    bigBase: join(work, 'big-base.txt'),
    bigHeavy: join(work, 'big-heavy.txt'),
    bigUnrelated: join(work, 'big-unrelated.txt'),
    folder10k: join(work, 'folder-10k'),
    folder100k: join(work, 'folder-100k'),
  };
  if (names.has('compare-1mb-heavy') || names.has('compare-1mb-unrelated')) {
    const source = distinctParagraphs(join(CORPUS, 'helsinki-2018'));
    const base = bigParagraphs(source, size.bigChars, 0);
    writeFileSync(inputs.bigBase, base.join('\n\n'));
    writeFileSync(inputs.bigHeavy, heavyEdit(base, 1).join('\n\n'));
    writeFileSync(inputs.bigUnrelated, bigParagraphs(source, size.bigChars, 7).join('\n\n'));
  }
  if ([...names].some((name) => name.startsWith('scan-10k'))) {
    await makeCorpusFolder(CORPUS, inputs.folder10k, size.folder10k, 1);
  }
  if (names.has('scan-100k')) await makeCorpusFolder(CORPUS, inputs.folder100k, size.folder100k, 2);
  return inputs;
}

interface ChildResult {
  times: number[];
  peakMB: number;
}

function runChild(spec: CaseSpec, role: Role, inputs: BenchInputs, repeats: number, limit: number): ChildResult | null {
  const child = spawnSync(
    process.execPath,
    [
      join(ROOT, 'bin/run-ts.js'),
      join(ROOT, 'scripts/bench/bench-child.ts'),
      JSON.stringify({ case: spec.name, role, repeats, inputs }),
    ],
    { encoding: 'utf8', timeout: limit, maxBuffer: 16 * 1024 * 1024 },
  );
  if (child.status !== 0) {
    if (child.error || child.signal) return null; // stopped at the limit
    throw new Error(`${spec.name} (${role}) failed:\n${child.stderr}`);
  }
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as ChildResult;
}

function measure(spec: CaseSpec, inputs: BenchInputs, repeats: number): BenchResult {
  const own = runChild(spec, 'case', inputs, repeats, CHILD_LIMIT_MS);
  if (!own) throw new Error(`${spec.name} did not finish within ${CHILD_LIMIT_MS / 1000} s`);
  let best: { label: string; ms: number } | null = null;
  for (const role of spec.baselines) {
    const slow = role === 'fast-diff' && spec.name !== 'compare-seed-pair';
    const run = runChild(spec, role, inputs, slow ? 1 : repeats, slow ? FAST_DIFF_LIMIT_MS : CHILD_LIMIT_MS);
    const ms = run ? median(run.times) : Infinity;
    if (!best || ms < best.ms) best = { label: baselineLabel(role), ms };
  }
  const ms = round(median(own.times));
  const baselineMs = best && Number.isFinite(best.ms) ? round(best.ms) : null;
  return {
    case: spec.name,
    ms,
    baseline: baselineMs === null ? null : best!.label,
    baselineMs,
    ratio: baselineMs ? Math.round((ms / baselineMs) * 100) / 100 : null,
    peakMB: own.peakMB,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function round(ms: number): number {
  return ms < 10 ? Math.round(ms * 100) / 100 : Math.round(ms);
}

/** The table for people: case, median, baseline, ratio, peak memory, and what is asked. */
export function formatTable(results: BenchResult[]): string {
  const rows = results.map((r) => [
    r.case,
    `${r.ms} ms`,
    r.baseline ?? '—',
    r.baselineMs === null ? '—' : `${r.baselineMs} ms`,
    r.ratio === null ? '—' : `${r.ratio}`,
    `${r.peakMB} MB`,
    CASES.find((c) => c.name === r.case)?.target ?? '',
  ]);
  const header = ['case', 'median', 'baseline', 'baseline median', 'ratio', 'peak', 'target'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
