import type { Progress } from '../store/app-state';

const PHASE_LABELS: Record<Progress['phase'], string> = {
  listing: 'Listing files',
  reading: 'Reading',
  ranking: 'Ranking pairs',
  aligning: 'Aligning pairs',
};

const COUNT = new Intl.NumberFormat('en');

/** "Aligning pairs 1,536 of 27,439"; a phase of one step ("0 of 1") says only its name. */
export function progressLabel(progress: Progress | null): string {
  if (!progress) return 'Reading…';
  return progress.total > 1
    ? `${PHASE_LABELS[progress.phase]} ${COUNT.format(progress.done)} of ${COUNT.format(progress.total)}`
    : `${PHASE_LABELS[progress.phase]}…`;
}
