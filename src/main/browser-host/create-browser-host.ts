/**
 * The browser host: the second transport of the IPC contract. A loopback HTTP server that
 * serves the built renderer and answers the same request channels as JSON, with pushes as
 * server-sent events. It needs the random token and checks the Host header on every request.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy';
import type { PushEvent } from '../../shared/ipc-contract';
import { PayloadError } from '../../shared/ipc-payload-schemas';
import { createAppServices, type AppServicesOptions } from '../services/app-services';
import { dispatchRequest } from '../services/dispatch-request';
import { isAllowedHost, readCookie, TOKEN_COOKIE, TOKEN_HEADER, tokensMatch } from './check-request';
import { serveStatic } from './serve-static';

// Dropped texts travel in one request; the reader's own limit is 20 MB a file.
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface BrowserHostOptions extends Omit<AppServicesOptions, 'emit' | 'transport'> {
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface BrowserHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function createBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const clients = new Set<ServerResponse>();
  const emit = (event: PushEvent) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const client of clients) client.write(frame);
  };
  const services = createAppServices({ ...options, transport: 'browser', emit, watch: options.watch ?? true });
  let port = 0;

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: messageOf(error) });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    if (!isAllowedHost(req.headers.host, port)) return sendText(res, 421, 'Wrong host.');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const given =
      url.searchParams.get('token') ??
      req.headers[TOKEN_HEADER]?.toString() ??
      readCookie(req.headers.cookie, TOKEN_COOKIE);
    if (!tokensMatch(token, given))
      return sendText(res, 403, 'This page needs the token from the URL Wirediff printed.');

    if (url.pathname === '/') {
      // The cookie lets the page's own scripts, styles and event stream in without the token in every URL.
      res.setHeader('set-cookie', `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    }
    if (url.pathname === '/api/events' && req.method === 'GET') return openEventStream(res);
    if (url.pathname.startsWith('/api/invoke/') && req.method === 'POST') {
      const channel = decodeURIComponent(url.pathname.slice('/api/invoke/'.length));
      if (req.headers['content-type']?.split(';')[0] !== 'application/json') {
        return sendJson(res, 415, { ok: false, error: 'JSON only.' });
      }
      const payload: unknown = JSON.parse(await readBody(req));
      try {
        const result = await dispatchRequest(services.handlers, channel, payload);
        return sendJson(res, 200, { ok: true, result });
      } catch (error) {
        return sendJson(res, error instanceof PayloadError ? 400 : 200, { ok: false, error: messageOf(error) });
      }
    }
    if (req.method === 'GET' && (await serveStatic(options.rendererDir, url.pathname, res))) return;
    sendText(res, 404, 'Not found.');
  }

  function openEventStream(res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': connected\n\n');
    clients.add(res);
    res.on('close', () => clients.delete(res));
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    async close() {
      for (const client of clients) client.end();
      await services.dispose();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('content-security-policy', `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('cross-origin-opener-policy', 'same-origin');
  res.setHeader('cross-origin-resource-policy', 'same-origin');
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('Request too large.'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8') || '{}'));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
