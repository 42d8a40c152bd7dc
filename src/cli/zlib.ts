/**
 * The command line's inflater and deflater for the workbook readers and writer: Node's zlib,
 * several times faster than fflate (which the browser's worker keeps). Inflating works on a thread
 * of the pool while the reader scans what came before.
 */
import { createInflateRaw, deflateRawSync, inflateRawSync } from 'zlib';
import type { RawInflater } from '../hosts/xlsx/part-stream';
import type { RawDeflater } from '../hosts/xlsx/write/zip';

export const zlibDeflate: RawDeflater = (data, level) => deflateRawSync(data, { level });

/** Output pieces of 256 KB: fewer hand-overs to the scanner than zlib's 16 KB default. */
const CHUNK = 1 << 18;
/** Pieces inflated ahead of the reader at most: zlib waits beyond them (a part is never held whole). */
const AHEAD = 4;

/**
 * Compressed bytes inflated at once, in this thread: a workbook's metadata parts (relationships,
 * styles, the workbook part), for which trips to the pool's thread cost more than inflating.
 * Deflate expands 1,032:1 at most, so no more than about 16 MB is ever made at once.
 */
const SMALL = 16 << 10;

export const zlibInflate: RawInflater = (data, onChunk) => (data.length <= SMALL ? inflateSmall(data, onChunk) : inflateStreaming(data, onChunk));

function inflateSmall(data: Uint8Array, onChunk: (chunk: Uint8Array) => void): Promise<void> {
  try {
    onChunk(inflateRawSync(data));
    return Promise.resolve();
  } catch (e) {
    return Promise.reject(e);
  }
}

/**
 * Inflates on the pool's thread while the reader scans: each piece is handed over in a task of its
 * own, so zlib starts on the next piece before the reader starts on this one (handed over inside
 * zlib's callback, the two would take turns).
 */
function inflateStreaming(data: Uint8Array, onChunk: (chunk: Uint8Array) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const z = createInflateRaw({ chunkSize: CHUNK });
    const queue: Buffer[] = [];
    let ended = false;
    let done = false;
    let draining = false;
    const fail = (e: unknown) => {
      if (done) return;
      done = true;
      queue.length = 0;
      // Stops inflating at once: what `onChunk` refused (a part past its size) is not inflated further.
      z.destroy();
      reject(e);
    };
    const drain = () => {
      draining = false;
      if (done) return;
      try {
        while (queue.length) onChunk(queue.shift()!);
      } catch (e) {
        fail(e);
        return;
      }
      if (ended) {
        done = true;
        resolve();
      } else if (z.isPaused()) z.resume();
    };
    const later = () => {
      if (draining) return;
      draining = true;
      setImmediate(drain);
    };
    z.on('data', (chunk: Buffer) => {
      if (done) return;
      queue.push(chunk);
      if (queue.length >= AHEAD) z.pause();
      later();
    });
    z.on('error', fail);
    z.on('end', () => {
      ended = true;
      later();
    });
    z.end(data);
  });
}
