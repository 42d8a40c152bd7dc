/**
 * The command line's inflater and deflater for the workbook readers and writer: Node's zlib,
 * several times faster than fflate (which the browser's worker keeps). Inflating works on a thread
 * of the pool while the reader scans what came before.
 */
import { createInflateRaw, deflateRawSync } from 'zlib';
import type { RawInflater } from '../hosts/xlsx/part-stream';
import type { RawDeflater } from '../hosts/xlsx/write/zip';

export const zlibDeflate: RawDeflater = (data, level) => deflateRawSync(data, { level });

/** Output pieces of 256 KB: fewer hand-overs to the scanner than zlib's 16 KB default. */
const CHUNK = 1 << 18;
/** Pieces inflated ahead of the reader at most: zlib waits beyond them (a part is never held whole). */
const AHEAD = 4;

/**
 * Inflates on the pool's thread while the reader scans: each piece is handed over in a task of its
 * own, so zlib starts on the next piece before the reader starts on this one (handed over inside
 * zlib's callback, the two would take turns).
 */
export const zlibInflate: RawInflater = (data, onChunk) =>
  new Promise<void>((resolve, reject) => {
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
