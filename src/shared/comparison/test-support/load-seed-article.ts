/**
 * Test helper: reads a file of the shared test corpus (never copied into the repo) and
 * cleans it into an Article. Tests skip when the corpus is not checked out beside the repo.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../article/article';
import { cleanArticle } from '../../article/clean-article';

const here = dirname(fileURLToPath(import.meta.url));

/** `<repo>/../shared/corpus`, resolved from this file (src/shared/comparison/test-support). */
export const CORPUS_DIR = resolve(here, '../../../../../shared/corpus');
export const SEEDS_DIR = resolve(CORPUS_DIR, 'seeds');

export const SEED_FILES = [
  '000_4ceae6f6854108d6.txt',
  '001_2cfd4a2365473f03.txt',
  '002_b62ac6a634bb1ab5.txt',
  '003_4114daf2e2411cc5.txt',
  '004_e364cb0b1b2b7bdc.txt',
] as const;

export const seedsExist = SEED_FILES.every((file) => existsSync(resolve(SEEDS_DIR, file)));
export const SEEDS_MISSING_REASON = `seed corpus not found at ${SEEDS_DIR}`;

export function loadArticleFile(path: string): Article {
  const text = readFileSync(path, 'utf8');
  const name = basename(path);
  const cleaned = cleanArticle(text, { path, fileName: name });
  const stat = statSync(path);
  return { ...cleaned, id: path, path, name, encoding: 'utf-8', size: stat.size, mtimeMs: stat.mtimeMs };
}

/** A seed by its number prefix ("000") or full file name. */
export function loadSeedArticle(seed: string): Article {
  const file = SEED_FILES.find((f) => f === seed || f.startsWith(`${seed}_`));
  if (!file) throw new Error(`unknown seed ${seed}`);
  return loadArticleFile(resolve(SEEDS_DIR, file));
}
