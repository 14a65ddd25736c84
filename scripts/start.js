// `npm start`: the Electron app; where no Electron binary can be had, the browser host instead.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureBuild, repoRoot } from './ensure-build.js';
import { findElectronBinary } from './find-electron.js';

const args = process.argv.slice(2);
ensureBuild();

let electron = findElectronBinary(repoRoot);
if (!electron && !process.env.WIREDIFF_NO_ELECTRON) {
  // Electron fetches its binary on first use; try once, quietly, with a time limit.
  spawnSync(process.execPath, [join(repoRoot, 'node_modules/electron/install.js')], {
    cwd: repoRoot,
    stdio: 'ignore',
    timeout: 120_000,
  });
  electron = findElectronBinary(repoRoot);
}

if (!electron) {
  console.log(
    'Electron is unavailable here (its binary could not be downloaded), so Wirediff starts in your browser instead.',
  );
  await import('./web.js');
} else {
  const started = Date.now();
  const child = spawn(electron, [repoRoot, ...args], { stdio: 'inherit' });
  child.on('exit', async (code) => {
    // A start that dies at once (no display, missing libraries) falls back too.
    if (code !== 0 && Date.now() - started < 5000) {
      console.log('Electron could not start here, so Wirediff starts in your browser instead.');
      await import('./web.js');
    } else process.exit(code ?? 0);
  });
}
