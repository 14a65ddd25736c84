import type { Notice } from './app-state';

/** A failed action as the notice bar shows it: what failed, then why. */
export function errorNotice(prefix: string, error: unknown): Notice & { kind: 'error' } {
  return { kind: 'error', text: `${prefix}: ${error instanceof Error ? error.message : String(error)}` };
}
