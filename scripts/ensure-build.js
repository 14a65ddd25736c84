// Builds the renderer once when `out/` is missing, so `npm start` and `npm run web` work on a fresh clone.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export function ensureBuild() {
  if (existsSync(new URL('../out/renderer/index.html', import.meta.url))) return;
  console.log('Building Wirediff for the first time…');
  const result = spawnSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
