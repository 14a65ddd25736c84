/**
 * Smoke test of the benchmark on small inputs: it runs end to end and reports the shape the
 * issue asks for. No timing is asserted here (speed is only measured by `npm run bench`).
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS, runBench } from './bench-runner';

const hasCorpus = existsSync(CORPUS);

describe.skipIf(!hasCorpus)(
  hasCorpus ? 'npm run bench --quick' : `bench smoke test skipped: no corpus at ${CORPUS}`,
  () => {
    it('measures a compare case and a scan case against their baselines', { timeout: 180_000 }, async () => {
      const results = await runBench({ quick: true, only: ['compare-seed-pair', 'scan-10k'] });
      expect(results.map((r) => r.case)).toEqual(['compare-seed-pair', 'scan-10k']);
      for (const result of results) {
        expect(Object.keys(result).sort()).toEqual(['baseline', 'baselineMs', 'case', 'ms', 'peakMB', 'ratio']);
        expect(result.ms).toBeGreaterThan(0);
        expect(result.baselineMs).toBeGreaterThan(0);
        expect(result.ratio).toBeGreaterThan(0);
        expect(result.peakMB).toBeGreaterThan(0);
        expect(typeof result.baseline).toBe('string');
      }
    });
  },
);
