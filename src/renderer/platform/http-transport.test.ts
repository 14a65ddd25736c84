import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpTransport } from './http-transport';

/** An EventSource that opens when the test says so. */
class FakeEventSource extends EventTarget {
  static last: FakeEventSource | null = null;
  onmessage: ((message: { data: string }) => void) | null = null;
  constructor(readonly url: string) {
    super();
    FakeEventSource.last = this;
  }
  close(): void {}
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeEventSource.last = null;
});

function stubFetch(calls: string[]) {
  vi.stubGlobal('fetch', async (url: string) => {
    calls.push(url);
    return { json: async () => ({ ok: true, result: { cancelled: true } }) };
  });
}

describe('createHttpTransport', () => {
  it('sends requests only once the event stream is open, so no push is missed', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const calls: string[] = [];
    stubFetch(calls);
    const transport = createHttpTransport('secret');
    const pushes: unknown[] = [];
    transport.subscribe((event) => pushes.push(event));
    const reply = transport.invoke('corpus:cancel-load', {});
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls).toEqual([]);

    FakeEventSource.last!.dispatchEvent(new Event('open'));
    await expect(reply).resolves.toEqual({ cancelled: true });
    expect(calls).toEqual(['/api/invoke/corpus%3Acancel-load']);
    expect(FakeEventSource.last!.url).toBe('/api/events?token=secret');
  });

  it('does not hold requests back when the stream fails to open', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const calls: string[] = [];
    stubFetch(calls);
    const transport = createHttpTransport('secret');
    transport.subscribe(() => undefined);
    const reply = transport.invoke('corpus:cancel-load', {});
    FakeEventSource.last!.dispatchEvent(new Event('error'));
    await expect(reply).resolves.toEqual({ cancelled: true });
    expect(calls).toHaveLength(1);
  });
});
