/**
 * Looks at a file's bytes before ExcelJS inflates it, so that a file which is not an .xlsx, a
 * password-protected workbook or a zip bomb ends in one clear line instead of a crash or a hang.
 *
 * Two readers may see the zip: ExcelJS's streaming reader (command line) walks the local headers
 * from the first byte, and JSZip (browser) follows the central directory. The check makes both
 * see the same parts: the central directory must list every part, in one gap-free run from the
 * first byte to the directory itself, with local headers that agree with it. Then
 *  - `inspectXlsx` (synchronous) refuses from the declared sizes: too many parts, a part or the
 *    whole inflating past the limits, a compression ratio no spreadsheet has;
 *  - `inspectXlsxContent` (asynchronous) also inflates every part, counting and discarding the
 *    bytes, and refuses the first that inflates past its declared size: a zip bomb that lies
 *    about its sizes is stopped after at most the declared size, never inflated whole.
 * Both are pure (no Node API): the browser worker runs them too.
 */
import { CENTRAL, DESCRIPTOR, END, LOCAL, u16, u32 } from './zip-bytes';

export type FileVerdict = { ok: true } | { ok: false; reason: string };

/**
 * Past these an .xlsx is refused. A real sheet of 1,048,576 rows × 14 columns (the largest
 * membership sheet Excel can hold) is about 0.7 GB of XML and its shared strings under 0.1 GB;
 * ratios of real sheets stay under 30:1 (see test/hostile/measure.js).
 */
export const LIMITS = {
  maxEntries: 10_000,
  /** All parts together, inflated. */
  maxUncompressedBytes: 2_000_000_000,
  /** One part, inflated: a sheet's XML, the shared strings. */
  maxEntryBytes: 1_500_000_000,
  /** One part that ExcelJS turns into objects wholesale (styles, workbook, relationships, theme). */
  maxMetadataBytes: 64_000_000,
  /** Inflated / compressed, for parts over 1 MB. */
  maxRatio: 200,
  /** `<row>` and `<c>` elements in all sheets: 1,048,575 members × 14 columns make 15.7 million. */
  maxCells: 20_000_000,
  /** Entries of the shared-strings table (about 1.1 million in the largest membership sheet). */
  maxSharedStrings: 5_000_000,
  /** Sum over all rows of the column of their last cell (14.7 million for that sheet). */
  maxRowSpan: 60_000_000,
};

/** Parts that ExcelJS parses into objects whole, small in any real workbook. */
function isMetadata(name: string): boolean {
  return /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/styles\.xml|.*\.rels|xl\/theme\/.*|docProps\/.*)$/.test(name);
}

/** A part of the zip as its central directory and local header describe it. */
export interface ZipPart {
  name: string;
  method: number;
  flags: number;
  compressed: number;
  size: number;
  /** Offset of the local header, and of the data after it. */
  offset: number;
  dataStart: number;
  /** Where the part's bytes end: after its data, or after its data descriptor. */
  end: number;
  /** Its central directory record, [at, at + length). */
  record: { at: number; length: number };
}

const DAMAGED = 'tệp .xlsx bị hỏng hoặc không trọn vẹn / the .xlsx file is damaged or truncated';
const UNLISTED = 'tệp có dữ liệu không được khai báo trong danh mục của nó, có thể là tệp độc hại / the file holds data its directory does not list, possibly a malicious file';
const BOMB = (vi: string, en: string) => `tệp nén bất thường (${vi}), có thể là "zip bomb" / abnormal compression (${en}), a possible zip bomb`;

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(b: Uint8Array, sig: number[]): boolean {
  return sig.every((x, i) => b[i] === x);
}

/** Names a file that is not a zip: an old .xls, an encrypted workbook, a CSV or other text. */
function notZip(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'tệp rỗng / the file is empty';
  if (startsWith(bytes, OLE)) {
    // Encrypted .xlsx files are OLE containers holding an `EncryptedPackage` stream (UTF-16 name).
    const text = new TextDecoder('utf-16le').decode(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
    return text.includes('EncryptedPackage')
      ? 'sổ có mật khẩu: hãy mở trong Excel, bỏ mật khẩu rồi lưu lại / the workbook is password-protected: remove the password in Excel and save again'
      : 'tệp .xls (Excel 97–2003): hãy mở trong Excel và lưu thành .xlsx / an old .xls file: open it in Excel and save as .xlsx';
  }
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096));
  if (!/[\x00-\x08\x0e-\x1f]/.test(head) && /[,;\t]/.test(head)) {
    return 'tệp văn bản (CSV), không phải .xlsx: hãy mở trong Excel và lưu thành .xlsx / a text (CSV) file, not .xlsx: open it in Excel and save as .xlsx';
  }
  return 'không phải tệp .xlsx / not an .xlsx file';
}

/** A size as people read it: 812 KB, 3,000 MB. */
const mb = (n: number) => (n < 1e6 ? `${Math.ceil(n / 1e3)} KB` : `${Math.round(n / 1e6).toLocaleString('en')} MB`);

/** The parts of the zip, checked for structure and declared sizes; a reason when refused. */
export function zipParts(bytes: Uint8Array): { parts: ZipPart[]; directory: { start: number; end: number } } | { reason: string } {
  if (bytes.length < 4 || u32(bytes, 0) !== LOCAL) return { reason: notZip(bytes) };
  // The end-of-central-directory record sits in the last 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (u32(bytes, i) === END) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { reason: DAMAGED };
  const entries = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdStart = u32(bytes, eocd + 16);
  // 0xFFFF / 0xFFFFFFFF mark zip64 records: too big for a membership sheet in any case.
  if (entries === 0xffff || cdStart === 0xffffffff || cdSize === 0xffffffff) return { reason: 'tệp quá lớn (zip64) / the file is too large (zip64)' };
  if (entries > LIMITS.maxEntries) return { reason: `tệp có quá nhiều phần (${entries}) / too many parts in the file (${entries})` };
  if (u16(bytes, eocd + 4) !== 0 || u16(bytes, eocd + 8) !== entries || cdStart + cdSize > eocd) return { reason: DAMAGED };

  const parts: ZipPart[] = [];
  let p = cdStart;
  const utf8 = new TextDecoder();
  for (let n = 0; n < entries; n++) {
    if (p + 46 > eocd || u32(bytes, p) !== CENTRAL) return { reason: DAMAGED };
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const compressed = u32(bytes, p + 20);
    const size = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const offset = u32(bytes, p + 42);
    const name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    if (size === 0xffffffff || compressed === 0xffffffff || offset === 0xffffffff) return { reason: 'tệp quá lớn (zip64) / the file is too large (zip64)' };
    if (flags & 1) return { reason: 'tệp có phần được mã hóa: hãy mở trong Excel, bỏ mật khẩu rồi lưu lại / the file holds encrypted parts: remove the password in Excel and save again' };
    if (method !== 0 && method !== 8) return { reason: `tệp nén theo cách Excel không dùng (${method}) / a compression method Excel does not use (${method})` };
    // The local header must agree with the directory: the streaming reader trusts the former, JSZip the latter.
    if (offset + 30 > cdStart || u32(bytes, offset) !== LOCAL) return { reason: DAMAGED };
    const localNameLen = u16(bytes, offset + 26);
    const localName = utf8.decode(bytes.subarray(offset + 30, offset + 30 + localNameLen));
    const localFlags = u16(bytes, offset + 6);
    if (localName !== name || u16(bytes, offset + 8) !== method || (localFlags & 8) !== (flags & 8)) return { reason: DAMAGED };
    if (!(flags & 8) && (u32(bytes, offset + 18) !== compressed || u32(bytes, offset + 22) !== size)) {
      return { reason: BOMB('kích thước khai báo không khớp', 'declared sizes disagree') };
    }
    const dataStart = offset + 30 + localNameLen + u16(bytes, offset + 28);
    if (dataStart + compressed > cdStart) return { reason: DAMAGED };
    if (method === 0 && size !== compressed) return { reason: DAMAGED };
    const length = 46 + nameLen + u16(bytes, p + 30) + u16(bytes, p + 32);
    parts.push({ name, method, flags, compressed, size, offset, dataStart, end: dataStart + compressed, record: { at: p, length } });
    p += length;
  }
  // One gap-free run of parts from the first byte to the directory: no part hidden from the
  // directory (the streaming reader would inflate it), none sharing another's bytes.
  const byOffset = [...parts].sort((a, b) => a.offset - b.offset);
  let next = 0;
  for (const part of byOffset) {
    if (part.offset < next) return { reason: BOMB('các phần dùng chung dữ liệu', 'parts sharing their bytes') };
    if (part.offset > next) return { reason: UNLISTED };
    next = part.dataStart + part.compressed;
    if (part.flags & 8) {
      // A data descriptor follows: optional signature, CRC and the two sizes.
      const signed = next + 4 <= cdStart && u32(bytes, next) === DESCRIPTOR ? 4 : 0;
      if (next + signed + 12 > cdStart) return { reason: DAMAGED };
      if (u32(bytes, next + signed + 4) !== part.compressed || u32(bytes, next + signed + 8) !== part.size) {
        return { reason: BOMB('kích thước khai báo không khớp', 'declared sizes disagree') };
      }
      next += signed + 12;
      part.end = next;
    }
  }
  if (next !== cdStart) return { reason: next < cdStart ? UNLISTED : DAMAGED };
  // Then the declared sizes (the content check holds each part to its size).
  let total = 0;
  for (const { name, size, compressed } of parts) {
    if (size > (isMetadata(name) ? LIMITS.maxMetadataBytes : LIMITS.maxEntryBytes)) {
      return { reason: `phần ${name} của tệp giải nén ra ${mb(size)}, quá lớn / the part ${name} inflates to ${mb(size)}, too large` };
    }
    if (size > 1_000_000 && size / Math.max(1, compressed) > LIMITS.maxRatio) {
      const ratio = Math.round(size / Math.max(1, compressed));
      return { reason: BOMB(`tỷ lệ ${ratio}:1`, `ratio ${ratio}:1`) };
    }
    total += size;
  }
  if (total > LIMITS.maxUncompressedBytes) {
    return { reason: `tệp giải nén quá lớn (${mb(total)}) / the file inflates to ${mb(total)}, too large` };
  }
  if (!parts.some((x) => x.name === 'xl/workbook.xml')) {
    return { reason: 'tệp zip không phải sổ Excel (thiếu xl/workbook.xml) / a zip file that is not an Excel workbook' };
  }
  return { parts, directory: { start: cdStart, end: eocd } };
}

/** Checks the zip's structure and central directory: parts, declared sizes, compression ratio. */
export function inspectXlsx(bytes: Uint8Array): FileVerdict {
  const z = zipParts(bytes);
  return 'reason' in z ? { ok: false, reason: z.reason } : { ok: true };
}

/**
 * Counts what costs memory and time once read: `<row` and `<c` elements of a sheet, `<si` of the
 * shared strings, and the rows' spans (the column of each row's last cell, from the cells' `r`
 * attributes: ExcelJS walks every row up to its last column, so one cell in column XFD costs
 * 16,384 steps per row). Works across chunk boundaries.
 */
class TagCounter {
  rows = 0;
  cells = 0;
  strings = 0;
  /** Sum over the rows of their last cell's column. */
  span = 0;
  private rowMax = 0;
  private col = 0;
  /**
   * 0: outside a tag; 1: after `<`; 2: `<c`; 3: `<r`; 4: `<ro`; 5: `<row`; 6: `<s`; 7: `<si`;
   * in a cell's tag: 8 within, 9 after a space, 10 after ` r`, 11 after ` r=`, 12 in the column letters.
   */
  private state = 0;

  scan(b: Uint8Array): void {
    let st = this.state;
    const n = b.length;
    for (let i = 0; i < n; i++) {
      if (st === 0) {
        // On to the next `<`. A loop, not `indexOf`: in a sheet the next tag is a few bytes away
        // (`<c r="A2" t="s"><v>12</v></c>`), and with a call per tag the scan took twice as long.
        while (i < n && b[i] !== 0x3c) i++;
        if (i === n) break;
        st = 1;
        continue;
      }
      const c = b[i];
      const space = c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
      const end = space || c === 0x3e || c === 0x2f;
      switch (st) {
        case 1:
          st = c === 0x63 ? 2 : c === 0x72 ? 3 : c === 0x73 ? 6 : c === 0x3c ? 1 : 0;
          break;
        case 2:
          if (end) {
            this.cells++;
            st = space ? 9 : c === 0x2f ? 8 : 0;
          } else st = c === 0x3c ? 1 : 0;
          break;
        case 3:
          st = c === 0x6f ? 4 : c === 0x3c ? 1 : 0;
          break;
        case 4:
          st = c === 0x77 ? 5 : c === 0x3c ? 1 : 0;
          break;
        case 5:
          if (end) {
            this.rows++;
            this.span += this.rowMax;
            this.rowMax = 0;
          }
          st = c === 0x3c ? 1 : 0;
          break;
        case 6:
          st = c === 0x69 ? 7 : c === 0x3c ? 1 : 0;
          break;
        case 7:
          if (end) this.strings++;
          st = c === 0x3c ? 1 : 0;
          break;
        default:
          // Within a cell's tag, looking for its `r="XFD12"` attribute.
          if (c === 0x3e) {
            this.endColumn(st);
            st = 0;
          } else if (st === 12) {
            if (c >= 0x41 && c <= 0x5a) this.col = this.col * 26 + (c - 0x40);
            else {
              // The rest of the tag holds nothing counted: on to the next `<`.
              this.endColumn(st);
              st = 0;
            }
          } else if (st === 11) {
            st = c === 0x22 || c === 0x27 ? 12 : space ? 11 : 8;
            this.col = 0;
          } else if (st === 10) st = c === 0x3d ? 11 : space ? 10 : 8;
          else if (st === 9 && c === 0x72) st = 10;
          else st = space ? 9 : 8;
      }
    }
    this.state = st;
  }

  private endColumn(st: number): void {
    if (st === 12 && this.col > this.rowMax) this.rowMax = Math.min(this.col, 1 << 20);
  }

  /** The sum of spans so far, the row being read included. */
  get spans(): number {
    return this.span + this.rowMax;
  }

  /** A new part starts outside any tag. */
  reset(): void {
    this.span += this.rowMax;
    this.rowMax = 0;
    this.state = 0;
  }
}

/**
 * Inflates raw deflate data, handing over the output chunk by chunk (and keeping none); stops
 * as soon as `onChunk` returns false. `damaged` when the data is no complete deflate stream.
 */
export type Inflater = (data: Uint8Array, onChunk: (chunk: Uint8Array) => boolean) => Promise<'done' | 'stopped' | 'damaged'>;

function supportsDeflateRaw(): boolean {
  try {
    return typeof DecompressionStream === 'function' && !!new DecompressionStream('deflate-raw');
  } catch {
    return false;
  }
}

/** The web platform's inflater (browsers, Node 20+); null where `deflate-raw` is not supported. */
export const webInflater: Inflater | null = supportsDeflateRaw()
  ? async (data, onChunk) => {
      const reader = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return 'done';
          if (!onChunk(value)) {
            await reader.cancel().catch(() => undefined);
            return 'stopped';
          }
        }
      } catch {
        return 'damaged';
      }
    }
  : null;

const tooManyCells = () => `sổ có quá nhiều ô (hơn ${LIMITS.maxCells.toLocaleString('en')} hàng và ô), vượt quá giới hạn của một sổ đảng viên / the workbook has more than ${LIMITS.maxCells.toLocaleString('en')} rows and cells, past any membership workbook`;
const tooWide = () => `các hàng của sổ trải quá rộng (tổng cộng hơn ${LIMITS.maxRowSpan.toLocaleString('en')} cột, ví dụ ô ở cột XFD trên hàng nghìn hàng) / the rows reach too far right (more than ${LIMITS.maxRowSpan.toLocaleString('en')} columns in all, e.g. cells in column XFD on thousands of rows)`;
const tooManyStrings = () => `bảng chuỗi dùng chung quá lớn (hơn ${LIMITS.maxSharedStrings.toLocaleString('en')} chuỗi) / the shared-strings table holds more than ${LIMITS.maxSharedStrings.toLocaleString('en')} strings, too many`;

/**
 * `inspectXlsx`, then every part inflated (and thrown away) to check that it inflates to exactly
 * its declared size, counting the rows and cells of the sheets and the shared strings on the way.
 * Costs a pass of inflating (about 0.3 GB/s) and no memory. Without an inflater (an old browser
 * without `DecompressionStream('deflate-raw')`) only `inspectXlsx`'s checks are made.
 */
export async function inspectXlsxContent(bytes: Uint8Array, inflate: Inflater | null = webInflater): Promise<FileVerdict> {
  const z = zipParts(bytes);
  if ('reason' in z) return { ok: false, reason: z.reason };
  if (!inflate) return { ok: true };
  const count = new TagCounter();
  const over = () => count.rows + count.cells > LIMITS.maxCells || count.strings > LIMITS.maxSharedStrings || count.spans > LIMITS.maxRowSpan;
  for (const part of z.parts) {
    const data = bytes.subarray(part.dataStart, part.dataStart + part.compressed);
    const counted = /^xl\/(worksheets\/[^/]+|sharedStrings)\.xml$/.test(part.name);
    count.reset();
    if (part.method === 0) {
      if (counted) count.scan(data);
    } else {
      let n = 0;
      const result = await inflate(data, (chunk) => {
        n += chunk.byteLength;
        if (n > part.size) return false;
        if (counted) count.scan(chunk);
        return !over();
      });
      if (result === 'damaged') return { ok: false, reason: DAMAGED };
      if (n > part.size) return { ok: false, reason: BOMB(`${part.name} giải nén vượt kích thước khai báo ${mb(part.size)}`, `${part.name} inflates past its declared ${mb(part.size)}`) };
      if (result === 'done' && n < part.size) return { ok: false, reason: DAMAGED };
    }
    if (count.rows + count.cells > LIMITS.maxCells) return { ok: false, reason: tooManyCells() };
    if (count.spans > LIMITS.maxRowSpan) return { ok: false, reason: tooWide() };
    if (count.strings > LIMITS.maxSharedStrings) return { ok: false, reason: tooManyStrings() };
  }
  return { ok: true };
}
