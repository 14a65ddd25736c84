/** Every request of either transport (Electron IPC, the browser host) enters the services here. */
import type { RequestChannel, RequestPayload, RequestResult } from '../../shared/ipc-contract';
import { isRequestChannel, parsePayload } from '../../shared/ipc-payload-schemas';

export type RequestHandlers = {
  [C in RequestChannel]: (payload: RequestPayload<C>) => Promise<RequestResult<C>>;
};

/**
 * The one place every incoming message passes: checks the channel and validates the
 * payload before any service runs. Both transports call it.
 */
export async function dispatchRequest(handlers: RequestHandlers, channel: unknown, payload: unknown): Promise<unknown> {
  if (!isRequestChannel(channel)) throw new Error(`Unknown channel: ${String(channel)}`);
  const parsed = parsePayload(channel, payload);
  const handler = handlers[channel] as (p: typeof parsed) => Promise<unknown>;
  return handler(parsed);
}
