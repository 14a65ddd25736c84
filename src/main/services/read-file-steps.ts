/**
 * The decisions both file readers share (the async one for the main thread, the blocking one
 * for workers): how big the next chunk is, when a read is complete, whether the file held
 * still while it was read, and what a failed stat means. Only the I/O calls differ.
 */
import type { Stats } from 'node:fs';

/**
 * Collects a file's chunks, never past the limit (a file may grow while it is read). The
 * first buffer fits the size the handle reported plus one byte to notice growth: a fixed
 * 1 MB buffer per read made reading a folder of small files mostly allocation and GC.
 */
export function createChunkCollector(maxBytes: number, expected: number) {
  const chunks: Buffer[] = [];
  let total = 0;
  let next = Math.min(expected + 1, maxBytes + 1);
  return {
    /** A buffer for the next read. */
    nextBuffer(): Buffer {
      return Buffer.allocUnsafe(Math.max(1, Math.min(next, maxBytes + 1 - total)));
    },
    /** Keeps what a read put into `chunk`; false once the file is read to its end. */
    take(chunk: Buffer, bytesRead: number): boolean {
      if (bytesRead === 0) return false;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw new ReadProblem(tooLarge(total, maxBytes));
      // The file grew (or lied about its size): continue in larger steps.
      if (bytesRead === chunk.length) next = Math.min(1024 * 1024, Math.max(next, 64 * 1024));
      else if (total >= expected) return false;
      return true;
    },
    bytes(): Uint8Array {
      return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
    },
  };
}

/**
 * True when the file held still during the read and all of it was read. Both readers pass
 * the open handle's stat as `after`, so it is always the same file: one renamed over ours
 * leaves the handle on the complete old file (a consistent copy), while a save in place
 * moves size or mtime.
 */
export function unchangedDuringRead(before: Stats, after: Stats, bytesRead: number): boolean {
  return after.size === before.size && after.mtimeMs === before.mtimeMs && bytesRead === before.size;
}

/** Whether a failed stat may be a dangling link (then the caller looks at the link itself). */
export function mayBeBrokenLink(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ELOOP' || code === 'ENOTDIR';
}

/** What a failed stat means to a user, given the lstat of the path where it was looked at. */
export function describeStatFailure(error: unknown, link: Stats | null): string {
  if (!mayBeBrokenLink(error)) return describeIoError(error);
  return link?.isSymbolicLink() ? 'broken link' : 'file not found';
}

/** A read that must stop with this message for the user (wrong type, too large). */
export class ReadProblem extends Error {}

export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EISDIR') return 'is a folder';
  if (code === 'EAGAIN' || code === 'ENXIO') return 'not a regular file';
  return `could not read (${code ?? (error instanceof Error ? error.message : String(error))})`;
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb < 10 ? Math.round(mb * 10) / 10 : Math.round(mb)} MB`;
}

export function tooLarge(size: number, limit: number): string {
  return `too large (${megabytes(size)}, limit ${megabytes(limit)})`;
}
