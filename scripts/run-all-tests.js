// `npm test`: typecheck, lint, unit tests, build, end-to-end tests — every step runs, and
// the last line counts every test: `N passed, N failed, N skipped`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const results = join(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const node = process.execPath;
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);
const useXvfb = process.platform === 'linux' && !process.env.DISPLAY && spawnSync('which', ['xvfb-run']).status === 0;

const steps = [
  { name: 'typecheck (node)', cmd: node, args: [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.node.json', '--noEmit'] },
  { name: 'typecheck (web)', cmd: node, args: [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.web.json', '--noEmit'] },
  { name: 'typecheck (e2e)', cmd: node, args: [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.e2e.json', '--noEmit'] },
  { name: 'eslint', cmd: node, args: [bin('eslint', 'bin/eslint.js'), '.'] },
  { name: 'prettier', cmd: node, args: [bin('prettier', 'bin/prettier.cjs'), '--check', '.'] },
  {
    name: 'unit tests',
    cmd: node,
    args: [
      bin('vitest', 'vitest.mjs'),
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(results, 'unit.json')}`,
    ],
    report: 'unit.json',
  },
  { name: 'build', cmd: node, args: [bin('electron-vite', 'bin/electron-vite.js'), 'build'] },
  {
    name: 'e2e tests',
    cmd: useXvfb ? 'xvfb-run' : node,
    args: [...(useXvfb ? ['-a', node] : []), bin('@playwright/test', 'cli.js'), 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: join(results, 'e2e.json') },
    report: 'e2e.json',
  },
];

const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const run = spawnSync(step.cmd, step.args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...step.env } });
  const counted = step.report ? countReport(join(results, step.report)) : null;
  if (counted) {
    totals.passed += counted.passed;
    totals.failed += counted.failed;
    totals.skipped += counted.skipped;
  }
  if (run.status !== 0) {
    failedSteps.push(step.name);
    // A check with no test report (typecheck, lint, build) counts as one failed test.
    if (!counted || counted.failed === 0) totals.failed += 1;
  }
}

if (failedSteps.length > 0) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length > 0 ? 1 : 0);

/** Reads a Vitest or Playwright JSON report into counts. */
function countReport(file) {
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if ('numPassedTests' in report) {
    return {
      passed: report.numPassedTests,
      failed: report.numFailedTests,
      skipped: report.numPendingTests + (report.numTodoTests ?? 0),
    };
  }
  const stats = report.stats ?? {};
  return {
    passed: stats.expected ?? 0,
    failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0),
    skipped: stats.skipped ?? 0,
  };
}
