/**
 * Who may talk to the browser host: only pages it served itself, on loopback, holding the
 * token. The Host check stops DNS rebinding (a remote page resolving its name to 127.0.0.1).
 */
import { timingSafeEqual } from 'node:crypto';

export const TOKEN_HEADER = 'x-wirediff-token';
export const TOKEN_COOKIE = 'wirediff_token';

export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}` || hostHeader === `[::1]:${port}`;
}

export function tokensMatch(expected: string, given: string | undefined | null): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function readCookie(cookieHeader: string | undefined, name: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}
