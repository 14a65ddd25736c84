// Starts the TypeScript worker from source (Vitest, the CLI and the browser host run on tsx):
// registers tsx in this thread, then imports the entry the session passed. The built app
// starts out/main/corpus-worker.js directly and never loads this file.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
