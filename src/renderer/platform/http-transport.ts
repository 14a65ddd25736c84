/**
 * The browser host's side of the IPC contract: JSON over fetch, pushes over server-sent
 * events. The token rides in a header (and the host's same-site cookie for the stream).
 */
import type { IpcTransport, PushEvent, RequestChannel, RequestPayload, RequestResult } from '../../shared/ipc-contract';

export function createHttpTransport(token: string): IpcTransport {
  return {
    async invoke<C extends RequestChannel>(channel: C, payload: RequestPayload<C>): Promise<RequestResult<C>> {
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
      source.onmessage = (message: MessageEvent<string>) => listener(JSON.parse(message.data) as PushEvent);
      return () => source.close();
    },
  };
}
