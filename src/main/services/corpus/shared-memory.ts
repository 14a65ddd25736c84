/**
 * Typed arrays in shared memory. The ranking's large columns (packed analyses, fingerprints,
 * postings) are read by every worker: in a SharedArrayBuffer a message passes a reference,
 * where an ArrayBuffer would be copied into each worker (at 100,000 articles, one copy of
 * the postings is some 120 MB).
 */
import type { AllocateU32 } from '../../../shared/corpus/corpus-index';

export const sharedU32: AllocateU32 = (length) => new Uint32Array(new SharedArrayBuffer(4 * length));

export function sharedF64(length: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(8 * length));
}

export function sharedBytes(length: number): Uint8Array {
  return new Uint8Array(new SharedArrayBuffer(length));
}

/** The buffers of `arrays` that a message may transfer: shared ones are passed as they are. */
export function transferable(...arrays: ArrayBufferView[]): ArrayBuffer[] {
  return arrays.flatMap((array) => (array.buffer instanceof ArrayBuffer ? [array.buffer] : []));
}

/**
 * `parts` one after another in one shared segment, each at an 8-byte aligned offset (a packed
 * analysis holds a Float64Array view); returns the segment and where each part starts.
 */
export function sharedConcat(parts: readonly Uint8Array[]): { segment: SharedArrayBuffer; offsets: number[] } {
  const aligned = (length: number) => Math.ceil(length / 8) * 8;
  let size = 0;
  for (const part of parts) size += aligned(part.length);
  const out = sharedBytes(size);
  const offsets: number[] = [];
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    offsets.push(at);
    at += aligned(part.length);
  }
  return { segment: out.buffer as SharedArrayBuffer, offsets };
}
