/**
 * Payload schemas for every request channel of ipc-contract.ts. Both transports validate
 * each message here, in one place, before a service sees it.
 */
import { z } from 'zod';
import type { RequestChannel, RequestPayload } from './ipc-contract';

const path = z.string().min(1).max(4096);
const empty = z.object({}).strict();

const droppedTexts = z
  .array(
    z
      .object({
        name: z.string().min(1).max(4096),
        // Same limit as files read from disk: 20 MB, as base64.
        base64: z
          .string()
          .max(Math.ceil((20 * 1024 * 1024) / 3) * 4)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/),
        size: z.number().nonnegative(),
        lastModified: z.number(),
      })
      .strict(),
  )
  .min(1)
  .max(5000);

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
  'corpus:open-folder': z.object({ path, corpusId: z.number().int().nonnegative() }).strict(),
  'corpus:get-articles': z.object({ ids: z.array(z.string().min(1).max(4096)).min(1).max(16) }).strict(),
  'corpus:add-files': z.object({ paths: z.array(path).min(1).max(10_000) }).strict(),
  'corpus:add-texts': z.object({ files: droppedTexts }).strict(),
  'corpus:open-texts': z
    .object({ corpusId: z.number().int().nonnegative(), label: z.string().min(1).max(4096), files: droppedTexts })
    .strict(),
  'corpus:cancel-load': empty,
  'dialog:choose-folder': empty,
  'dialog:save-report': z
    .object({
      // A name, never a path: where it goes is the user's choice in the dialog.
      fileName: z
        .string()
        .min(1)
        .max(255)
        // eslint-disable-next-line no-control-regex -- control characters are what it refuses
        .regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/)
        .refine((name) => name !== '.' && name !== '..', 'not a file name'),
      html: z.string().max(64 * 1024 * 1024),
    })
    .strict(),
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
