/**
 * Looks at a file's bytes before anything is inflated, so that a file which is not an .xlsx, a
 * password-protected workbook or a zip bomb ends in one clear line instead of a crash or a hang.
 *
 * The central directory must list every part, in one gap-free run from the first byte to the
 * directory itself, with local headers that agree with it: our reader and JSZip (ExcelJS, used to
 * edit a workbook in the browser) follow the directory, and nothing may hide beside it. The
 * declared sizes are checked here: too many parts, a part or the whole inflating past the limits,
 * a compression ratio no spreadsheet has. The reader (xlsx-reader.ts) then holds each part to its
 * declared size while inflating it, and counts cells, rows' reach and shared strings against the
 * same LIMITS as it reads them. Pure (no Node API): the browser worker runs it too.
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
  /** One part read whole into memory (styles, workbook, relationships, theme). */
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

/** Parts read whole, small in any real workbook. */
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

export const DAMAGED = 'tệp .xlsx bị hỏng hoặc không trọn vẹn / the .xlsx file is damaged or truncated';
const UNLISTED = 'tệp có dữ liệu không được khai báo trong danh mục của nó, có thể là tệp độc hại / the file holds data its directory does not list, possibly a malicious file';
export const BOMB = (vi: string, en: string) =>
  `tệp nén bất thường (${vi}): tệp có thể bị hỏng hoặc bị làm giả; hãy mở bằng Excel hoặc LibreOffice và lưu thành tệp mới / abnormal compression (${en}): the file may be damaged or forged; open it in Excel or LibreOffice and save it as a new file`;

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
export const mb = (n: number) => (n < 1e6 ? `${Math.ceil(n / 1e3)} KB` : `${Math.round(n / 1e6).toLocaleString('en')} MB`);

export type ZipListing = { parts: ZipPart[]; directory: { start: number; end: number } } | { reason: string };

/** The parts of an .xlsx, checked for structure and declared sizes; a reason when refused. */
export function zipParts(bytes: Uint8Array): ZipListing {
  const z = zipStructure(bytes);
  if ('reason' in z) return z;
  const { parts } = z;
  if (isOpenDocument(parts)) return { reason: OPEN_DOCUMENT };
  // The workbook part is found through _rels/.rels; without either, the zip is something else.
  if (!parts.some((x) => x.name === 'xl/workbook.xml' || x.name === '_rels/.rels')) {
    return { reason: 'tệp zip không phải sổ Excel (thiếu xl/workbook.xml) / a zip file that is not an Excel workbook' };
  }
  return z;
}

/** The reason given for an OpenDocument file: read-file.ts hands such a file to the .ods reader. */
export const OPEN_DOCUMENT = 'tệp OpenDocument (LibreOffice) không phải .xlsx / an OpenDocument (LibreOffice) file, not an .xlsx';

/** An OpenDocument file (LibreOffice's .ods) has a `mimetype` part and its content in `content.xml`. */
export const isOpenDocument = (parts: readonly ZipPart[]) => parts.some((x) => x.name === 'mimetype') && parts.some((x) => x.name === 'content.xml');

/**
 * The parts of any zip package (an .xlsx, an .ods), checked for structure and declared sizes
 * against LIMITS; a reason when refused.
 */
export function zipStructure(bytes: Uint8Array): ZipListing {
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
  return { parts, directory: { start: cdStart, end: eocd } };
}

/** Checks the zip's structure and central directory: parts, declared sizes, compression ratio. */
export function inspectXlsx(bytes: Uint8Array): FileVerdict {
  const z = zipParts(bytes);
  return 'reason' in z ? { ok: false, reason: z.reason } : { ok: true };
}

export const tooManyCells = () => `sổ có quá nhiều ô (hơn ${LIMITS.maxCells.toLocaleString('en')} hàng và ô), vượt quá giới hạn của một sổ đảng viên / the workbook has more than ${LIMITS.maxCells.toLocaleString('en')} rows and cells, past any membership workbook`;
export const tooWide = () => `các hàng của sổ trải quá rộng (tổng cộng hơn ${LIMITS.maxRowSpan.toLocaleString('en')} cột, ví dụ ô ở cột XFD trên hàng nghìn hàng) / the rows reach too far right (more than ${LIMITS.maxRowSpan.toLocaleString('en')} columns in all, e.g. cells in column XFD on thousands of rows)`;
export const tooManyStrings = () => `bảng chuỗi dùng chung quá lớn (hơn ${LIMITS.maxSharedStrings.toLocaleString('en')} chuỗi) / the shared-strings table holds more than ${LIMITS.maxSharedStrings.toLocaleString('en')} strings, too many`;
