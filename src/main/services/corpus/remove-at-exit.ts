/**
 * Temporary folders the app made (a session's scratch folder, the warm-up's folder) are
 * removed when the process exits, even when it exits without closing what made them: the
 * Electron shell quits without waiting for the services to close.
 */
import { rmSync } from 'node:fs';

const folders = new Set<string>();
/** One exit hook for the process: one per folder would pile up (Node warns past ten). */
let exitHooked = false;

export function removeAtExit(folder: string): void {
  if (!exitHooked) {
    exitHooked = true;
    process.once('exit', () => {
      for (const open of folders) rmSync(open, { recursive: true, force: true });
    });
  }
  folders.add(folder);
}

/** The folder has been removed already (or is kept on purpose): nothing to do at exit. */
export function forgetAtExit(folder: string): void {
  folders.delete(folder);
}
