// `npm run web`: the browser host, directly.
import { ensureBuild, repoRoot } from './ensure-build.js';
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

ensureBuild();
register();
await import(pathToFileURL(join(repoRoot, 'src/main/browser-host/run-browser-host.ts')).href);
