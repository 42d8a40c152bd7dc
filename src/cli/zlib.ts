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

export const zlibInflate: RawInflater = (data, onChunk) =>
  new Promise<void>((resolve, reject) => {
    const z = createInflateRaw({ chunkSize: CHUNK });
    let done = false;
    const fail = (e: unknown) => {
      if (done) return;
      done = true;
      // Stops inflating at once: what `onChunk` refused (a part past its size) is not inflated further.
      z.destroy();
      reject(e);
    };
    z.on('data', (chunk: Buffer) => {
      if (done) return;
      try {
        onChunk(chunk);
      } catch (e) {
        fail(e);
      }
    });
    z.on('error', fail);
    z.on('end', () => {
      if (done) return;
      done = true;
      resolve();
    });
    z.end(data);
  });
