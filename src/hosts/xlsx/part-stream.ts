/**
 * A part of a zip, inflated once and handed over chunk by chunk, held to the size its directory
 * declares: a part that inflates past it is a zip bomb (stopped there, never inflated whole), one
 * that stops short, or whose deflate stream is broken, a damaged file. Inflating with fflate (the
 * same code everywhere) unless the host hands over its own native inflater (`StreamOptions.inflate`):
 * the command line's zlib inflates several times faster, on a thread of its own. Pure (no Node or DOM API).
 */
import { Inflate } from 'fflate';
import type { ZipPart } from './inspect';

/** Why a part could not be read whole. */
export class PartError extends Error {
  constructor(
    readonly kind: 'past-size' | 'damaged',
    message: string,
  ) {
    super(message);
  }
}

/** Compressed bytes handed to the inflater at a time: at most about 16 MB come out of one (1,032:1). */
const SLICE = 1 << 14;

/**
 * A host's inflater of raw deflate data: calls `onChunk` with the inflated bytes in order and
 * resolves at the stream's end; rejects when the data is no deflate stream or is cut short, and
 * with what `onChunk` threw (then it stops inflating at once: a zip bomb is never inflated whole).
 */
export type RawInflater = (data: Uint8Array, onChunk: (chunk: Uint8Array) => void) => Promise<void>;

export interface StreamOptions {
  /** Called between slices; may wait (the browser's worker yields there to hear "cancel"). */
  pause?: () => void | Promise<void>;
  /** The host's own inflater, when it has a faster one than fflate. */
  inflate?: RawInflater;
}

/**
 * Calls `onChunk` with the inflated bytes of `part`, in order, as they come. Throws PartError when
 * the part inflates past or short of its declared size, or its data is no deflate stream.
 */
export async function streamPart(bytes: Uint8Array, part: ZipPart, onChunk: (chunk: Uint8Array) => void, options: StreamOptions = {}): Promise<void> {
  const data = bytes.subarray(part.dataStart, part.dataStart + part.compressed);
  let out = 0;
  // What the reader of the chunks throws (malformed XML, a limit) goes through as it is.
  let failure: unknown;
  const take = (chunk: Uint8Array) => {
    out += chunk.length;
    if (out > part.size) throw (failure = new PartError('past-size', part.name));
    try {
      if (chunk.length) onChunk(chunk);
    } catch (e) {
      throw (failure = e);
    }
  };
  if (part.method === 0) {
    for (let at = 0; at < data.length; at += SLICE * 16) {
      take(data.subarray(at, Math.min(data.length, at + SLICE * 16)));
      await options.pause?.();
    }
  } else if (options.inflate) {
    try {
      await options.inflate(data, take);
    } catch {
      if (failure !== undefined) throw failure;
      throw new PartError('damaged', part.name);
    }
  } else {
    let ended = false;
    const inflate = new Inflate((chunk, final) => {
      take(chunk);
      if (final) ended = true;
    });
    for (let at = 0; at < data.length || !ended; at += SLICE) {
      const last = at + SLICE >= data.length;
      try {
        inflate.push(data.subarray(at, Math.min(data.length, at + SLICE)), last);
      } catch {
        if (failure !== undefined) throw failure;
        // Anything else comes from the inflater: the deflate stream is broken or cut short.
        throw new PartError('damaged', part.name);
      }
      if (last) break;
      await options.pause?.();
    }
  }
  if (out < part.size) throw new PartError('damaged', part.name);
}
