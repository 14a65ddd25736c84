/**
 * Payload schemas for every request channel of ipc-contract.ts. Both transports validate
 * each message here, in one place, before a service sees it.
 */
import { z } from 'zod';
import type { RequestChannel, RequestPayload } from './ipc-contract';

const path = z.string().min(1).max(4096);
const empty = z.object({}).strict();

const compareOptions = z
  .object({
    foldCase: z.boolean(),
    foldEszett: z.boolean(),
    foldQuotes: z.boolean(),
    foldDashes: z.boolean(),
    foldCompounds: z.boolean(),
    foldRegional: z.boolean(),
    ignorePunctuation: z.boolean(),
    granularity: z.enum(['word', 'char']),
  })
  .strict();

export const settingsSchema = z
  .object({
    compare: compareOptions,
    viewMode: z.enum(['side-by-side', 'inline']),
    theme: z.enum(['system', 'light', 'dark']),
    recentFolders: z.array(path).max(20),
  })
  .strict();

export const payloadSchemas: { [C in RequestChannel]: z.ZodType<RequestPayload<C>> } = {
  'app:initial-state': empty,
  'corpus:open-folder': z.object({ path }).strict(),
  'corpus:read-files': z.object({ paths: z.array(path).min(1).max(10_000) }).strict(),
  'corpus:cancel-load': empty,
  'dialog:choose-folder': empty,
  'settings:save': z.object({ settings: settingsSchema }).strict(),
};

export class PayloadError extends Error {}

export function isRequestChannel(value: unknown): value is RequestChannel {
  return typeof value === 'string' && Object.hasOwn(payloadSchemas, value);
}

/** Parses a payload for a channel; throws PayloadError with a readable reason. */
export function parsePayload<C extends RequestChannel>(channel: C, payload: unknown): RequestPayload<C> {
  const result = payloadSchemas[channel].safeParse(payload);
  if (!result.success) {
    throw new PayloadError(`Invalid payload for ${channel}: ${result.error.issues.map((i) => i.message).join('; ')}`);
  }
  return result.data;
}
