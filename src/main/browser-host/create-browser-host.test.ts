import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBrowserHost, type BrowserHost } from './create-browser-host';

let dir: string;
let host: BrowserHost;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wirediff-host-'));
  await mkdir(join(dir, 'renderer'));
  await writeFile(join(dir, 'renderer/index.html'), '<!doctype html><title>t</title>');
  await mkdir(join(dir, 'articles'));
  await writeFile(join(dir, 'articles/a.txt'), 'Titel A\n\nDer Satz steht hier.');
  await writeFile(join(dir, 'articles/b.txt'), 'Titel B\n\nDer Satz steht dort.');
  host = await createBrowserHost({
    rendererDir: join(dir, 'renderer'),
    demoFolder: join(dir, 'articles'),
    userDataDir: join(dir, 'user-data'),
    watch: false,
  });
});

afterEach(async () => {
  await host.close();
  await rm(dir, { recursive: true, force: true });
});

const invoke = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`http://127.0.0.1:${host.port}/api/invoke/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wirediff-token': host.token, ...headers },
    body: JSON.stringify(body),
  });

describe('the browser host', () => {
  it('serves the renderer with the token and the CSP, and refuses without the token', async () => {
    const ok = await fetch(host.url);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('<title>t</title>');
    expect(ok.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await fetch(`http://127.0.0.1:${host.port}/`)).status).toBe(403);
  });

  it('answers request channels with the services behind them, and pushes corpus events', async () => {
    const stream = await fetch(`http://127.0.0.1:${host.port}/api/events`, {
      headers: { 'x-wirediff-token': host.token },
    });
    const reader = stream.body!.getReader();
    const response = await invoke('corpus:open-folder', { path: join(dir, 'articles'), corpusId: 3 });
    const body = (await response.json()) as { ok: boolean; result: { label: string } };
    expect(body).toEqual({
      ok: true,
      result: { root: join(dir, 'articles'), path: join(dir, 'articles'), label: 'Demo corpus', articles: 2 },
    });
    let received = '';
    while (!received.includes('"type":"done"')) received += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
    expect(received).toContain('"corpusId":3');
    expect(received).toContain('"name":"a.txt"');
  });

  it('rejects unknown channels and invalid payloads in one place', async () => {
    const unknown = (await (await invoke('fs:delete-everything', {})).json()) as { ok: boolean; error: string };
    expect(unknown).toEqual({ ok: false, error: 'Unknown channel: fs:delete-everything' });
    const invalid = await invoke('corpus:open-folder', { path: 42 });
    expect(invalid.status).toBe(400);
    const extra = await invoke('corpus:open-folder', { path: '/tmp', corpusId: 1, evil: true });
    expect(extra.status).toBe(400);
  });

  it('saves settings in the user-data folder and never in the article folder', async () => {
    const initial = (await (await invoke('app:initial-state', {})).json()) as { result: { settings: object } };
    const settings = { ...initial.result.settings, theme: 'dark' };
    const saved = (await (await invoke('settings:save', { settings })).json()) as {
      ok: boolean;
      result: { theme: string };
    };
    expect(saved.result.theme).toBe('dark');
    expect(await readdir(join(dir, 'user-data'))).toEqual(['settings.json']);
    expect(await readdir(join(dir, 'articles'))).toEqual(['a.txt', 'b.txt']);
  });
});
