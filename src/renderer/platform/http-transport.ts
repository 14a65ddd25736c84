/**
 * The browser host's side of the IPC contract: JSON over fetch, pushes over server-sent
 * events. The token rides in a header (and the host's same-site cookie for the stream).
 */
import type { IpcTransport, PushEvent, RequestChannel, RequestPayload, RequestResult } from '../../shared/ipc-contract';

export function createHttpTransport(token: string): IpcTransport {
  /**
   * Settles once the event stream is open (or has failed). The host pushes only to connected
   * streams, so a request sent earlier could be answered by events nobody receives: a folder
   * opened while the page still connects would show no articles.
   */
  let streamOpen: Promise<void> = Promise.resolve();
  return {
    async invoke<C extends RequestChannel>(channel: C, payload: RequestPayload<C>): Promise<RequestResult<C>> {
      await streamOpen;
      const response = await fetch(`/api/invoke/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-wirediff-token': token },
        body: JSON.stringify(payload),
      });
      const body = (await response.json()) as { ok: true; result: RequestResult<C> } | { ok: false; error: string };
      if (!body.ok) throw new Error(body.error);
      return body.result;
    },
    subscribe(listener) {
      const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
      streamOpen = new Promise((resolve) => {
        source.addEventListener('open', () => resolve(), { once: true });
        source.addEventListener('error', () => resolve(), { once: true });
      });
      source.onmessage = (message: MessageEvent) => listener(JSON.parse(message.data as string) as PushEvent);
      return () => source.close();
    },
  };
}
