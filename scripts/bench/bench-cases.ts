/**
 * The benchmark cases and their baselines, as functions of prepared inputs. Each runs inside
 * its own child process (bench-child.ts), so peak memory belongs to one case alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../src/shared/article/article';
import { cleanArticle } from '../../src/shared/article/clean-article';
import { compareArticles } from '../../src/shared/comparison/compare-articles';
import { countWords } from '../../src/shared/comparison/tokenize-fast';
import { createCorpusSession, defaultWorkerCount } from '../../src/main/services/corpus/create-corpus-session';
import { warmUpWithOpens } from '../../src/main/services/corpus/warm-up-opens';
import { createWorkerPoolKeeper } from '../../src/main/services/corpus/worker-pool-keeper';
import { listArticleFiles } from '../../src/main/services/walk-folder';
import { diffMatchPatchWords, fastDiffWords } from './word-diff-baselines';

/** Where the prepared inputs are (see run-bench.ts). */
export interface BenchInputs {
  seedLeft: string;
  seedRight: string;
  bigBase: string;
  bigHeavy: string;
  bigUnrelated: string;
  folder10k: string;
  folder100k: string;
}

export type Role = 'case' | 'fast-diff' | 'diff-match-patch' | 'floor';

export interface CaseSpec {
  name: string;
  /** Baselines measured for this case; the faster one is reported. */
  baselines: Role[];
  /** Runs of the case and of each baseline; the median is reported. */
  repeats: number;
  /** Unmeasured runs first (compiling the code is not what a comparison costs). */
  warmup?: number;
  /** What the issue asks of this case, for the table. */
  target: string;
  /** Unmeasured, once, before any run (what the app does before the user opens a folder). */
  prepare?(): Promise<void>;
  run(inputs: BenchInputs, role: Role): Promise<void> | void;
}

function articleOf(path: string): Article {
  const text = readFileSync(path, 'utf8');
  const cleaned = cleanArticle(text, { path, fileName: basename(path) });
  return { ...cleaned, id: path, path, name: basename(path), encoding: 'utf-8', size: text.length, mtimeMs: 0 };
}

/** The whole pipeline from raw text: clean both, align, diff, stats. */
function comparePair(left: string, right: string, role: Role): void {
  if (role === 'case') {
    const { stats } = compareArticles(articleOf(left), articleOf(right));
    if (stats.left.words === 0) throw new Error(`nothing to compare in ${left}`);
    return;
  }
  const a = readFileSync(left, 'utf8');
  const b = readFileSync(right, 'utf8');
  if (role === 'fast-diff') fastDiffWords(a, b);
  else diffMatchPatchWords(a, b);
}

/** Read every file and count its words with the fast scanner: nothing less can scan a folder. */
function readTokenizeFloor(folder: string): number {
  let words = 0;
  for (const name of readdirSync(folder).sort()) words += countWords(readFileSync(join(folder, name), 'utf8'));
  return words;
}

/**
 * The workers as the app keeps them (app-services.ts): started at launch, warmed on the demo
 * corpus and on opens of a folder made from it (warm-up-opens.ts), lent to every open. The
 * scans below open their folder in a fresh session each run.
 */
let keeper = createWorkerPoolKeeper(defaultWorkerCount(availableParallelism()), { keep: true });
const DEMO = fileURLToPath(new URL('../../resources/demo-corpus', import.meta.url));
async function warmWorkers(): Promise<void> {
  const { paths } = await listArticleFiles(DEMO);
  await keeper.warm(paths);
  await warmUpWithOpens(keeper, paths);
}

/** As the app on a machine with one core to spare: how much the scan gains from the second worker. */
async function warmOneWorker(): Promise<void> {
  await keeper.close();
  keeper = createWorkerPoolKeeper(1, { keep: true });
  await warmWorkers();
}

/** `cold`: the session starts and stops its own workers, so every run pays for the threads and the JIT. */
async function scan(folder: string, exact: boolean, cold = false): Promise<void> {
  const session = createCorpusSession(cold ? {} : { keeper });
  let pairs = 0;
  await session.open(folder, { exact, cacheDir: null }, (event) => {
    if (event.type === 'pairs') pairs = event.pairs.length;
  });
  await session.close();
  if (pairs === 0) throw new Error(`no pairs found in ${folder}`);
}

/**
 * A scan of a generated folder against the floor of the same folder. No warm-up run: the app's
 * workers are warm from the demo corpus (prepare), not from the folder measured.
 */
function scanCase(
  name: string,
  folder: 'folder10k' | 'folder100k',
  spec: Pick<CaseSpec, 'repeats' | 'target' | 'prepare'> & { exact?: boolean; cold?: boolean },
): CaseSpec {
  return {
    name,
    baselines: ['floor'],
    warmup: 0,
    repeats: spec.repeats,
    target: spec.target,
    prepare: spec.prepare,
    run: (inputs, role) =>
      role === 'floor'
        ? void readTokenizeFloor(inputs[folder])
        : scan(inputs[folder], spec.exact ?? false, spec.cold ?? false),
  };
}

const COMPARE_BASELINES: Role[] = ['fast-diff', 'diff-match-patch'];

export const CASES: CaseSpec[] = [
  {
    name: 'compare-seed-pair',
    baselines: COMPARE_BASELINES,
    // Milliseconds each: enough runs that the JIT has settled and the median is steady.
    warmup: 10,
    repeats: 41,
    target: 'ratio ≤ 1.0',
    run: (inputs, role) => comparePair(inputs.seedLeft, inputs.seedRight, role),
  },
  {
    name: 'compare-1mb-heavy',
    baselines: COMPARE_BASELINES,
    warmup: 1,
    repeats: 5,
    target: '< 500 ms',
    run: (inputs, role) => comparePair(inputs.bigBase, inputs.bigHeavy, role),
  },
  {
    name: 'compare-1mb-unrelated',
    baselines: COMPARE_BASELINES,
    warmup: 1,
    repeats: 5,
    target: '< 1000 ms',
    run: (inputs, role) => comparePair(inputs.bigBase, inputs.bigUnrelated, role),
  },
  scanCase('scan-10k', 'folder10k', { repeats: 5, target: 'ratio ≤ 2.0', prepare: warmWorkers }),
  scanCase('scan-10k-one-worker', 'folder10k', {
    repeats: 5,
    target: 'none (scan-10k on one worker thread)',
    prepare: warmOneWorker,
  }),
  scanCase('scan-10k-cold', 'folder10k', {
    repeats: 5,
    target: 'none (starts its workers in each run)',
    cold: true,
  }),
  scanCase('scan-10k-aligned', 'folder10k', {
    repeats: 3,
    target: '< 10000 ms',
    prepare: warmWorkers,
    exact: true,
  }),
  scanCase('scan-100k', 'folder100k', { repeats: 3, target: '< 15000 ms, peak < 1500 MB', prepare: warmWorkers }),
];

/** The label of a baseline in the results. */
export function baselineLabel(role: Role): string {
  if (role === 'floor') return 'read-tokenize-floor';
  return role === 'fast-diff' ? 'fast-diff (word mode)' : 'diff-match-patch (word mode)';
}
