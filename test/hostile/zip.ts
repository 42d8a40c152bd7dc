/**
 * A tiny zip writer for hostile test files: it writes exactly what it is told, lies included
 * (sizes, local headers that disagree with the directory, parts hidden from the directory,
 * parts sharing bytes), so the files stay small on disk however much they claim to hold.
 */
import { deflateRawSync, inflateRawSync } from 'zlib';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < b.length; i++) c = CRC_TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  name: string;
  /** The content; deflated by the writer unless `store`. */
  data?: Buffer | string;
  /** Content deflated beforehand, with its true size. */
  deflated?: { bytes: Buffer; size: number };
  store?: boolean;
  /** Sizes written in both headers instead of the true ones. */
  declare?: { size?: number; compressed?: number };
  /** Sizes written in the local header only. */
  localDeclare?: { size?: number; compressed?: number };
  /** Bit 3: sizes after the data (a data descriptor), zeros in the local header. */
  descriptor?: boolean;
  /** Overrides: compression method, flags (bit 0: encrypted). */
  method?: number;
  flags?: number;
  /** Written as a local entry but left out of the central directory. */
  hidden?: boolean;
  /** In the directory, point at the local header of this earlier entry (parts sharing bytes). */
  sameAs?: string;
}

interface Written {
  entry: ZipEntry;
  offset: number;
  method: number;
  flags: number;
  crc: number;
  size: number;
  compressed: number;
}

export function zip(entries: ZipEntry[]): Buffer {
  const chunks: Buffer[] = [];
  let offset = 0;
  const written: Written[] = [];
  const push = (b: Buffer) => {
    chunks.push(b);
    offset += b.length;
  };
  for (const e of entries) {
    if (e.sameAs) {
      const w = written.find((x) => x.entry.name === e.sameAs)!;
      written.push({ ...w, entry: e });
      continue;
    }
    const raw = e.data === undefined ? undefined : Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data, 'utf8');
    const method = e.method ?? (e.store ? 0 : 8);
    let body: Buffer;
    let size: number;
    let crc = 0;
    if (e.deflated) {
      body = e.deflated.bytes;
      size = e.deflated.size;
    } else {
      body = e.store ? raw! : deflateRawSync(raw!, { level: 6 });
      size = raw!.length;
      crc = crc32(raw!);
    }
    const flags = (e.flags ?? 0) | (e.descriptor ? 8 : 0) | 0x800;
    const declared = { size: e.declare?.size ?? size, compressed: e.declare?.compressed ?? body.length };
    const local = { size: e.localDeclare?.size ?? declared.size, compressed: e.localDeclare?.compressed ?? declared.compressed };
    const name = Buffer.from(e.name, 'utf8');
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(flags, 6);
    h.writeUInt16LE(method, 8);
    h.writeUInt32LE(e.descriptor ? 0 : crc, 14);
    h.writeUInt32LE(e.descriptor ? 0 : local.compressed, 18);
    h.writeUInt32LE(e.descriptor ? 0 : local.size, 22);
    h.writeUInt16LE(name.length, 26);
    const at = offset;
    push(Buffer.concat([h, name, body]));
    if (e.descriptor) {
      const d = Buffer.alloc(16);
      d.writeUInt32LE(0x08074b50, 0);
      d.writeUInt32LE(crc, 4);
      d.writeUInt32LE(local.compressed, 8);
      d.writeUInt32LE(local.size, 12);
      push(d);
    }
    if (!e.hidden) written.push({ entry: e, offset: at, method, flags, crc, size: declared.size, compressed: declared.compressed });
  }
  const cdStart = offset;
  for (const w of written) {
    const name = Buffer.from(w.entry.name, 'utf8');
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(w.flags, 8);
    c.writeUInt16LE(w.method, 10);
    c.writeUInt32LE(w.crc, 16);
    c.writeUInt32LE(w.compressed, 20);
    c.writeUInt32LE(w.size, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(w.offset, 42);
    push(Buffer.concat([c, name]));
  }
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(written.length, 8);
  eocd.writeUInt16LE(written.length, 10);
  eocd.writeUInt32LE(offset - cdStart, 12);
  eocd.writeUInt32LE(cdStart, 16);
  push(eocd);
  return Buffer.concat(chunks);
}

/** The parts of a plain zip (local headers with their sizes, as our writers and `zip` write), as text by name. */
export function unzipText(written: Uint8Array): Map<string, string> {
  const bytes = Buffer.from(written.buffer, written.byteOffset, written.byteLength);
  const parts = new Map<string, string>();
  for (let p = 0; p + 30 <= bytes.length && bytes.readUInt32LE(p) === 0x04034b50; ) {
    const method = bytes.readUInt16LE(p + 8);
    const compressed = bytes.readUInt32LE(p + 18);
    const nameLen = bytes.readUInt16LE(p + 26);
    const extra = bytes.readUInt16LE(p + 28);
    const name = bytes.subarray(p + 30, p + 30 + nameLen).toString();
    const data = bytes.subarray(p + 30 + nameLen + extra, p + 30 + nameLen + extra + compressed);
    parts.set(name, (method === 8 ? inflateRawSync(data) : data).toString());
    p += 30 + nameLen + extra + compressed;
  }
  return parts;
}
