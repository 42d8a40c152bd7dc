/**
 * Moves an .xlsx's worksheet parts to the end of its zip, for ExcelJS's streaming reader.
 *
 * Excel and ExcelJS write `xl/worksheets/sheetN.xml` before `xl/sharedStrings.xml`. The streaming
 * reader walks the zip's local headers in order and can only read a sheet once it holds the shared
 * strings and the workbook's relationships, so it spills every sheet met earlier to a temporary
 * file and reads it back at the end. With every other part first and the sheets last it reads each
 * sheet as it inflates it: no temporary files.
 *
 * The parts are moved as they are, byte for byte (local header, compressed data, data descriptor);
 * nothing is inflated or deflated. The central directory is the source of truth for where each part
 * starts and how long its data is; a fresh directory with the new offsets and a fresh end record
 * are written. Anything unusual (zip64, encryption, disagreeing sizes or names, parts overlapping or
 * leaving gaps, several disks, bytes after the end record) gives back the input unchanged: this is
 * a speed-up, never a reason to refuse or damage a file. Pure (no Node API).
 */

import { CENTRAL, DESCRIPTOR, END, LOCAL, u16, u32 } from './zip-bytes';

/** What ExcelJS's streaming reader takes for a worksheet (its own test, unanchored as it is). */
const WORKSHEET = /xl\/worksheets\/sheet\d+[.]xml/;

function put32(b: Uint8Array, i: number, v: number): void {
  b[i] = v & 0xff;
  b[i + 1] = (v >>> 8) & 0xff;
  b[i + 2] = (v >>> 16) & 0xff;
  b[i + 3] = (v >>> 24) & 0xff;
}
function sameBytes(b: Uint8Array, i: number, j: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (b[i + k] !== b[j + k]) return false;
  return true;
}

/** One part: its central directory record and its bytes from the local header to the end of its data descriptor. */
interface Entry {
  /** The central directory record, [cdAt, cdAt + cdLen). */
  cdAt: number;
  cdLen: number;
  /** The local header, data and descriptor, [start, end). */
  start: number;
  end: number;
  sheet: boolean;
}

/** The end-of-central-directory record: the last signature within the last 64 KB + 22 bytes. */
function findEnd(bytes: Uint8Array): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (u32(bytes, i) === END) return i;
  }
  return -1;
}

/** The parts in the order of the central directory, or null when anything is unusual. */
function entriesOf(bytes: Uint8Array, eocd: number): Entry[] | null {
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdStart = u32(bytes, eocd + 16);
  const commentLen = u16(bytes, eocd + 20);
  // One disk, every record on it, the directory right before the end record, nothing after its
  // comment; no zip64 marker (a zip64 end record and locator would sit between the two).
  if (u16(bytes, eocd + 4) !== 0 || u16(bytes, eocd + 6) !== 0 || u16(bytes, eocd + 8) !== count) return null;
  if (count === 0 || count === 0xffff || cdSize === 0xffffffff || cdStart === 0xffffffff) return null;
  if (cdStart + cdSize !== eocd || eocd + 22 + commentLen !== bytes.length) return null;

  const entries: Entry[] = [];
  const names = new TextDecoder('utf-8', { fatal: false });
  let p = cdStart;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || u32(bytes, p) !== CENTRAL) return null;
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const crc = u32(bytes, p + 16);
    const compressed = u32(bytes, p + 20);
    const size = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const cdLen = 46 + nameLen + extraLen + u16(bytes, p + 32);
    const offset = u32(bytes, p + 42);
    if (p + cdLen > eocd) return null;
    if (flags & 1 || (method !== 0 && method !== 8) || u16(bytes, p + 34) !== 0) return null;
    if (compressed === 0xffffffff || size === 0xffffffff || offset === 0xffffffff) return null;
    // A zip64 extra field (0x0001) may hold sizes and offsets: it would have to be rewritten.
    for (let e = p + 46 + nameLen; e < p + 46 + nameLen + extraLen; ) {
      if (e + 4 > p + 46 + nameLen + extraLen) return null;
      if (u16(bytes, e) === 0x0001) return null;
      e += 4 + u16(bytes, e + 2);
    }

    // The local header must agree with the record: the streaming reader trusts the former.
    if (offset + 30 > cdStart || u32(bytes, offset) !== LOCAL) return null;
    const localFlags = u16(bytes, offset + 6);
    const localNameLen = u16(bytes, offset + 26);
    if (localNameLen !== nameLen || !sameBytes(bytes, offset + 30, p + 46, nameLen)) return null;
    if (u16(bytes, offset + 8) !== method || localFlags & 1 || (localFlags & 8) !== (flags & 8)) return null;
    if (!(flags & 8) && (u32(bytes, offset + 14) !== crc || u32(bytes, offset + 18) !== compressed || u32(bytes, offset + 22) !== size)) return null;
    let end = offset + 30 + localNameLen + u16(bytes, offset + 28) + compressed;
    if (end > cdStart) return null;
    if (flags & 8) {
      // The data descriptor: an optional signature, then the CRC and the two sizes, which must
      // repeat the directory's (a CRC that happens to look like the signature fails this: input
      // unchanged). The next part must start right after it (checked below).
      const signed = end + 16 <= cdStart && u32(bytes, end) === DESCRIPTOR ? 4 : 0;
      if (end + signed + 12 > cdStart) return null;
      if (u32(bytes, end + signed) !== crc || u32(bytes, end + signed + 4) !== compressed || u32(bytes, end + signed + 8) !== size) return null;
      end += signed + 12;
    }
    const name = names.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    entries.push({ cdAt: p, cdLen, start: offset, end, sheet: WORKSHEET.test(name) });
    p += cdLen;
  }
  if (p !== eocd) return null;

  // The parts must tile the bytes before the directory exactly: no overlap (two records sharing
  // data), no gap (data no record lists, which a copy would drop).
  const byOffset = [...entries].sort((a, b) => a.start - b.start);
  let next = 0;
  for (const e of byOffset) {
    if (e.start !== next) return null;
    next = e.end;
  }
  return next === cdStart ? byOffset : null;
}

/**
 * The zip with the same parts, the worksheets after all others (each group in its order in the
 * file), a fresh central directory in that order and a fresh end record. The input itself when
 * the worksheets already come last, or when the zip is anything but plain.
 */
export function sheetsLast(bytes: Uint8Array): Uint8Array {
  try {
    if (bytes.length < 22 || u32(bytes, 0) !== LOCAL) return bytes;
    const eocd = findEnd(bytes);
    if (eocd < 0) return bytes;
    const entries = entriesOf(bytes, eocd);
    if (!entries) return bytes;
    const firstSheet = entries.findIndex((e) => e.sheet);
    if (firstSheet < 0 || entries.slice(firstSheet).every((e) => e.sheet)) return bytes;

    const order = [...entries.filter((e) => !e.sheet), ...entries.filter((e) => e.sheet)];
    const cdStart = u32(bytes, eocd + 16);
    const out = new Uint8Array(bytes.length);
    const offsets: number[] = [];
    let at = 0;
    for (const e of order) {
      offsets.push(at);
      out.set(bytes.subarray(e.start, e.end), at);
      at += e.end - e.start;
    }
    if (at !== cdStart) return bytes;
    order.forEach((e, i) => {
      out.set(bytes.subarray(e.cdAt, e.cdAt + e.cdLen), at);
      put32(out, at + 42, offsets[i]);
      at += e.cdLen;
    });
    if (at !== eocd) return bytes;
    // The end record and its comment: the same count, size and directory offset as before.
    out.set(bytes.subarray(eocd), at);
    return out;
  } catch {
    return bytes;
  }
}
