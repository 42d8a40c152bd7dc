/**
 * The zip container of the files we write (a summary workbook; `npm run package`'s archive): each
 * part deflated whole by the host's deflater (Node's zlib, several times faster) or fflate's, and
 * stored as it is when deflating does not make it smaller; then the local headers, the central
 * directory and its end. Parts and the file stay far below the 4 GB where Zip64 would begin (a
 * summary of a million members is 13 MB of XML); names are UTF-8 (flag bit 11), files rw-r--r--.
 */
import { deflateSync } from 'fflate';

/** Raw deflate of a whole part at a level 0–9. */
export type RawDeflater = (data: Uint8Array, level: number) => Uint8Array;

export const fflateDeflate: RawDeflater = (data, level) => deflateSync(data, { level: level as 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 });

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** MS-DOS time and date of a moment, as zip headers hold them (local time, two-second steps). */
function dosTime(d: Date): { time: number; date: number } {
  const year = Math.min(2107, Math.max(1980, d.getFullYear()));
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

/** The zip of `entries`, in their order. */
export function zipFile(entries: ZipEntry[], options: { level: number; mtime: Date; deflate?: RawDeflater }): Uint8Array {
  const deflate = options.deflate ?? fflateDeflate;
  const { time, date } = dosTime(options.mtime);
  const encoder = new TextEncoder();
  const seen = new Set<string>();
  const parts = entries.map((e) => {
    if (!e.name || e.name.startsWith('/') || e.name.includes('\\') || e.name.split('/').includes('..')) throw new Error(`zip: bad entry name "${e.name}"`);
    if (seen.has(e.name)) throw new Error(`zip: "${e.name}" twice`);
    seen.add(e.name);
    const deflated = options.level === 0 || e.data.length === 0 ? null : deflate(e.data, options.level);
    const stored = deflated === null || deflated.length >= e.data.length;
    return { name: encoder.encode(e.name), crc: crc32(e.data), size: e.data.length, body: stored ? e.data : deflated, method: stored ? 0 : 8 };
  });
  const localSize = parts.reduce((n, p) => n + 30 + p.name.length + p.body.length, 0);
  const centralSize = parts.reduce((n, p) => n + 46 + p.name.length, 0);
  if (localSize + centralSize > 0xfffffffe) throw new Error('zip: over 4 GB (Zip64 is not written)');
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const u16 = (v: number) => {
    view.setUint16(at, v, true);
    at += 2;
  };
  const u32 = (v: number) => {
    view.setUint32(at, v >>> 0, true);
    at += 4;
  };
  /** What the local header and the central directory both say of a part: flags to the extra field's length (none). */
  const described = (p: (typeof parts)[number]) => {
    u16(0x0800);
    u16(p.method);
    u16(time);
    u16(date);
    u32(p.crc);
    u32(p.body.length);
    u32(p.size);
    u16(p.name.length);
    u16(0);
  };
  const offsets: number[] = [];
  for (const p of parts) {
    offsets.push(at);
    u32(0x04034b50);
    u16(20);
    described(p);
    out.set(p.name, at);
    at += p.name.length;
    out.set(p.body, at);
    at += p.body.length;
  }
  const central = at;
  parts.forEach((p, i) => {
    u32(0x02014b50);
    // Made by Unix, version 2.0: readers then take the mode below (a regular file, rw-r--r--).
    u16(0x0314);
    u16(20);
    described(p);
    u16(0);
    u16(0);
    u16(0);
    u32((0o100644 << 16) >>> 0);
    u32(offsets[i]);
    out.set(p.name, at);
    at += p.name.length;
  });
  const centralBytes = at - central;
  u32(0x06054b50);
  u16(0);
  u16(0);
  u16(parts.length);
  u16(parts.length);
  u32(centralBytes);
  u32(central);
  u16(0);
  return out;
}
