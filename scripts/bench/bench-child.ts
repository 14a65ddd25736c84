/**
 * Runs one case (or one of its baselines) a number of times in this process and prints, as
 * the last line, JSON with the run times and the process's peak resident memory (worker
 * threads included: they live in this process). Started by run-bench.ts.
 */
import { readFileSync } from 'node:fs';
import { CASES, type BenchInputs, type Role } from './bench-cases';

interface ChildArgs {
  case: string;
  role: Role;
  repeats: number;
  inputs: BenchInputs;
}

/** Peak RSS of this process in MB: VmHWM where /proc exists, else what libuv reports. */
export function peakMegabytes(): number {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    if (match) return Math.round(Number(match[1]) / 1024);
  } catch {
    // not Linux
  }
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2] ?? '{}') as ChildArgs;
  const spec = CASES.find((c) => c.name === args.case);
  if (!spec) throw new Error(`unknown case ${args.case}`);
  // Scans have no warm-up run: the app's workers are warm from the demo corpus (prepare),
  // not from the folder measured. Comparisons warm up, since compiling the code is not comparing.
  if (args.role === 'case') await spec.prepare?.();
  const slowBaseline = args.role === 'fast-diff' && args.case !== 'compare-seed-pair';
  for (let i = 0; i < (slowBaseline ? 0 : (spec.warmup ?? 0)); i++) await spec.run(args.inputs, args.role);
  const times: number[] = [];
  for (let i = 0; i < args.repeats; i++) {
    const started = performance.now();
    await spec.run(args.inputs, args.role);
    times.push(performance.now() - started);
  }
  process.stdout.write(`${JSON.stringify({ times, peakMB: peakMegabytes() })}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
