/**
 * Looks at a file's bytes before ExcelJS inflates it, so that a file which is not an .xlsx, a
 * password-protected workbook or a zip bomb ends in one clear line instead of a crash or a hang.
 */

export type FileVerdict = { ok: true } | { ok: false; reason: string };

/** Past these an .xlsx is refused: Excel's own sheets are far below (1,048,576 rows ≈ 200 MB of XML). */
export const LIMITS = {
  maxEntries: 10_000,
  maxUncompressedBytes: 2_000_000_000,
  maxRatio: 200,
};

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
}

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

/** Checks the zip's central directory: entry count, declared sizes, compression ratio. */
export function inspectXlsx(bytes: Uint8Array): FileVerdict {
  if (bytes.length < 4 || !(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    return { ok: false, reason: notZip(bytes) };
  }
  // The end-of-central-directory record sits in the last 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: 'tệp .xlsx bị hỏng hoặc không trọn vẹn / the .xlsx file is damaged or truncated' };
  const entries = u16(bytes, eocd + 10);
  let p = u32(bytes, eocd + 16);
  if (entries > LIMITS.maxEntries) return { ok: false, reason: `tệp có quá nhiều phần (${entries}) / too many parts in the file (${entries})` };
  let total = 0;
  let hasWorkbook = false;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) {
      return { ok: false, reason: 'tệp .xlsx bị hỏng hoặc không trọn vẹn / the .xlsx file is damaged or truncated' };
    }
    const compressed = u32(bytes, p + 20);
    const size = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen));
    if (name === 'xl/workbook.xml') hasWorkbook = true;
    // 0xFFFFFFFF marks a zip64 size: too big for a membership sheet in any case.
    if (size === 0xffffffff || compressed === 0xffffffff) return { ok: false, reason: 'tệp quá lớn (zip64) / the file is too large (zip64)' };
    total += size;
    if (size > 1_000_000 && size / Math.max(1, compressed) > LIMITS.maxRatio) {
      return { ok: false, reason: `tệp nén bất thường (tỷ lệ ${Math.round(size / Math.max(1, compressed))}:1, có thể là "zip bomb") / abnormal compression (${Math.round(size / Math.max(1, compressed))}:1, a possible zip bomb)` };
    }
    p += 46 + nameLen + u16(bytes, p + 30) + u16(bytes, p + 32);
  }
  if (total > LIMITS.maxUncompressedBytes) {
    return { ok: false, reason: `tệp giải nén quá lớn (${Math.round(total / 1e6)} MB) / the file inflates to ${Math.round(total / 1e6)} MB, too large` };
  }
  if (!hasWorkbook) return { ok: false, reason: 'tệp zip không phải sổ Excel (thiếu xl/workbook.xml) / a zip file that is not an Excel workbook' };
  return { ok: true };
}
