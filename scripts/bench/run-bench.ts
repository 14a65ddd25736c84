/**
 * `npm run bench`: how fast Wirediff compares and scans, against baselines measured in the
 * same run on the same input. Options: --json (machine-readable), --quick (small inputs, a
 * smoke test), --only CASE[,CASE…]. Inputs are generated from ../shared/corpus into a
 * temporary folder that is deleted afterwards.
 */
import { parseArgs } from 'node:util';
import { formatTable, runBench } from './bench-runner';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { json: { type: 'boolean' }, quick: { type: 'boolean' }, only: { type: 'string', multiple: true } },
});

const only = values.only ? values.only.flatMap((list) => list.split(',')).filter(Boolean) : null;
const results = await runBench({
  quick: Boolean(values.quick),
  only,
  onCase: values.json ? undefined : (name) => process.stderr.write(`running ${name}…\n`),
});
process.stdout.write(values.json ? `${JSON.stringify({ results }, null, 2)}\n` : `${formatTable(results)}\n`);
