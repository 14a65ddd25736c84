import { describe, expect, it } from 'vitest';
import { isAllowedHost, readCookie, tokensMatch } from './check-request';
import { resolveStaticPath } from './serve-static';

describe('isAllowedHost', () => {
  it('accepts only loopback names on our port', () => {
    expect(isAllowedHost('127.0.0.1:4000', 4000)).toBe(true);
    expect(isAllowedHost('localhost:4000', 4000)).toBe(true);
    expect(isAllowedHost('[::1]:4000', 4000)).toBe(true);
    expect(isAllowedHost('127.0.0.1:4001', 4000)).toBe(false);
    expect(isAllowedHost('attacker.example:4000', 4000)).toBe(false);
    expect(isAllowedHost(undefined, 4000)).toBe(false);
  });
});

describe('tokensMatch', () => {
  it('needs the exact token', () => {
    expect(tokensMatch('abc123', 'abc123')).toBe(true);
    expect(tokensMatch('abc123', 'abc124')).toBe(false);
    expect(tokensMatch('abc123', 'abc')).toBe(false);
    expect(tokensMatch('abc123', null)).toBe(false);
  });
});

describe('readCookie', () => {
  it('finds a cookie among others', () => {
    expect(readCookie('a=1; wirediff_token=xyz; b=2', 'wirediff_token')).toBe('xyz');
    expect(readCookie('a=1', 'wirediff_token')).toBeNull();
    expect(readCookie(undefined, 'wirediff_token')).toBeNull();
  });
});

describe('resolveStaticPath', () => {
  it('maps / to index.html and stays inside the root', () => {
    expect(resolveStaticPath('/srv/app', '/')).toBe('/srv/app/index.html');
    expect(resolveStaticPath('/srv/app', '/assets/x.js')).toBe('/srv/app/assets/x.js');
    expect(resolveStaticPath('/srv/app', '/../etc/passwd')).toBe('/srv/app/etc/passwd');
    expect(resolveStaticPath('/srv/app', '/%2e%2e/%2e%2e/etc/passwd')).toBe('/srv/app/etc/passwd');
    expect(resolveStaticPath('/srv/app', '/a%00b')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/%E0%A4%A')).toBeNull();
  });
});
