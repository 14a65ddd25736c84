/**
 * Finds the folder or file a user gave on the command line (`wirediff-app /path`), in a
 * plain or packaged launch, ignoring Chromium switches and the app path itself.
 */
export function findLaunchPath(argv: readonly string[], isPackaged: boolean): string | null {
  // Unpackaged: electron <app path> [args]; packaged: wirediff-app [args].
  const args = argv.slice(isPackaged ? 1 : 2);
  const candidate = args.find((arg) => !arg.startsWith('-'));
  return candidate ?? null;
}
