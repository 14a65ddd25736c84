/**
 * `npm run web [-- FOLDER] [--port N]`: starts the browser host on 127.0.0.1 and prints the
 * URL with its token. User data goes to the user's config folder, never the article folder.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createBrowserHost } from './create-browser-host';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

export function defaultUserDataDir(): string {
  if (process.env.WIREDIFF_USER_DATA) return resolve(process.env.WIREDIFF_USER_DATA);
  const config = process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config');
  return join(config, 'Wirediff', 'browser-host');
}

async function run(): Promise<void> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { port: { type: 'string' } },
  });
  const host = await createBrowserHost({
    rendererDir: join(repoRoot, 'out/renderer'),
    demoFolder: join(repoRoot, 'resources/demo-corpus'),
    userDataDir: defaultUserDataDir(),
    startPath: positionals[0] ?? null,
    port: values.port ? Number(values.port) : 0,
    keepWorkers: true,
  });
  process.stdout.write(`Wirediff is running in your browser at ${host.url}\n`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void run().catch((error: unknown) => {
  process.stderr.write(`wirediff: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
