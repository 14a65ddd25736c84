/**
 * `wirediff compare LEFT RIGHT [--json|--html]` and `wirediff scan FOLDER [--json|--html]`: the app's
 * engine and services on the command line, for batch work.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Article } from '../shared/article/article';
import { compareArticles } from '../shared/comparison/compare-articles';
import { readArticleFile } from '../main/services/read-article-file';
import { toArticleJson, toCompareJson, toPairJson } from './article-json';
import { formatComparisonHtml, formatScanHtml } from '../shared/report/html-report';
import { formatComparison, formatScan, makeColours } from './format-text';
import { scanFolder } from './scan-folder';

const USAGE = `Usage:
  wirediff compare LEFT RIGHT [--json|--html]   compare two article files
  wirediff scan FOLDER [--json|--html] [--cache DIR]
                                                read a folder and rank its pairs by reuse

Options:
  --json       print one JSON object (see docs/json-output.md)
  --html       print a standalone HTML report
  --cache DIR  keep cleaned articles and fingerprints in DIR: a rescan reads only changed files
  --no-color   plain text even on a terminal
  -h, --help   show this help`;

class UsageError extends Error {}

/** A mistyped option is a usage error like any other (Node's own message suggests `--` instead). */
function parseOptions(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        html: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        cache: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const option = error instanceof Error ? /'(-[^']*)'/.exec(error.message)?.[1] : undefined;
    throw new UsageError(option ? `Unknown option ${option}.` : 'Unreadable options.');
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseOptions(argv);
  const [command, ...args] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return command || values.help ? 0 : 2;
  }
  if (values.json && values.html) throw new UsageError('Choose one of --json and --html.');
  const colours = makeColours(Boolean(process.stdout.isTTY) && !values['no-color'] && !process.env.NO_COLOR);

  if (command === 'compare') {
    if (args.length !== 2) throw new UsageError('compare takes two files.');
    const [left, right] = await Promise.all([readOrThrow(args[0]!), readOrThrow(args[1]!)]);
    const comparison = compareArticles(left, right);
    print(
      values.json
        ? JSON.stringify(toCompareJson(left, right, comparison), null, 2)
        : values.html
          ? formatComparisonHtml(left, right, comparison)
          : formatComparison(left, right, comparison, colours),
    );
    return 0;
  }

  if (command === 'scan') {
    if (args.length !== 1) throw new UsageError('scan takes one folder.');
    const showProgress = Boolean(process.stderr.isTTY);
    const { articles, pairs, errors } = await scanFolder(args[0]!, {
      cacheDir: values.cache ?? null,
      onProgress: showProgress
        ? (phase, done, total) => process.stderr.write(`\r\u001b[K${phase} ${done}/${total}`)
        : undefined,
    });
    if (showProgress) process.stderr.write('\r\u001b[K');
    // A folder that cannot be listed at all is a failed scan, not an empty one (scripts check the exit code).
    const root = resolve(args[0]!);
    const failed = errors.find((e) => e.path === root);
    if (failed) throw new Error(`${failed.path}: ${failed.message}`);
    print(
      values.json
        ? JSON.stringify({ articles: articles.map(toArticleJson), pairs: pairs.map(toPairJson), errors }, null, 2)
        : values.html
          ? formatScanHtml(articles, pairs, errors)
          : formatScan(articles, pairs, errors, colours),
    );
    return 0;
  }
  throw new UsageError(`Unknown command: ${command}`);
}

async function readOrThrow(path: string): Promise<Article> {
  const read = await readArticleFile(path);
  if ('error' in read) throw new Error(`${read.error.path}: ${read.error.message}`);
  return read.article;
}

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

// Ctrl-C or a kill ends the process through its exit hooks, which remove the scan's scratch
// folder (remove-at-exit.ts); Node's default for these signals skips them.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (process.stderr.isTTY) process.stderr.write('\r\u001b[K');
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`wirediff: ${message}\n`);
    if (error instanceof UsageError) process.stderr.write(`\n${USAGE}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
