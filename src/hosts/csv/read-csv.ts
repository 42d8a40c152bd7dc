/**
 * Reads a CSV/TSV file into one SheetGrid: UTF-8 with or without its BOM, UTF-16 (Excel's
 * "Unicode text", tab-separated), fields separated by `,`, `;` (Excel in a Vietnamese or European
 * locale) or tab, quoted as RFC 4180. The sheet is named after the file (`DangVien.csv` →
 * DangVien), or after the standard sheet its header row is (a file `danh sach 2017.csv` whose
 * header is the member sheet's is read as DangVien). Pure (no Node or DOM API).
 */
import type { CellValue, SheetGrid } from '../../core/grid';
import { foldKey } from '../../core/text/normalize';
import { SHEETS } from '../../core/schema';
import { locateHeader } from '../../core/sheets';
import { UnreadableFileError } from '../xlsx/xlsx-reader';

/** Past this a text file is no membership list (1,048,576 rows of 14 columns are about 0.3 GB). */
export const MAX_CSV_BYTES = 1_000_000_000;

/** Whether a file's name says CSV or tab-separated text. */
export { isCsvName } from '../file-kinds';

/** The file's text, by its BOM, or UTF-16 by its zero bytes, else UTF-8. */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  const has = (...sig: number[]) => sig.every((x, i) => bytes[i] === x);
  let encoding = 'utf-8';
  let skip = 0;
  if (has(0xef, 0xbb, 0xbf)) skip = 3;
  else if (has(0xff, 0xfe)) [encoding, skip] = ['utf-16le', 2];
  else if (has(0xfe, 0xff)) [encoding, skip] = ['utf-16be', 2];
  else {
    // UTF-16 without a BOM: every other byte of ASCII text is zero.
    let zeroOdd = 0;
    let zeroEven = 0;
    const n = Math.min(bytes.length, 4096);
    for (let i = 0; i < n; i++) if (bytes[i] === 0) (i % 2 ? zeroOdd++ : zeroEven++);
    if (zeroOdd > n / 4) encoding = 'utf-16le';
    else if (zeroEven > n / 4) encoding = 'utf-16be';
  }
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(skip));
  } catch {
    throw new UnreadableFileError(
      `tệp ${fileName} không phải văn bản UTF-8 hay UTF-16: hãy lưu lại dạng "CSV UTF-8" / ${fileName} is neither UTF-8 nor UTF-16 text: save it again as "CSV UTF-8"`,
    );
  }
}

/** The separator of the first line: the most frequent of tab, `;` and `,` outside quotes. */
function separatorOf(text: string): string {
  const counts = new Map<string, number>([['\t', 0], [';', 0], [',', 0]]);
  let quoted = false;
  for (let i = 0; i < text.length && i < 65_536; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ',';
  for (const [sep, n] of counts) if (n > counts.get(best)!) best = sep;
  return best;
}

/** A field as a cell: integers without leading zeros as numbers (codes like `01` stay text), the rest as text. */
function cellOf(field: string): CellValue {
  if (field === '') return null;
  if (/^-?(0|[1-9]\d{0,14})$/.test(field)) return Number(field);
  return field;
}

/** RFC 4180 rows: quoted fields may hold separators, quotes (doubled) and line breaks. */
export function parseCsv(text: string, sep = separatorOf(text)): CellValue[][] {
  const rows: CellValue[][] = [];
  let row: CellValue[] = [];
  let i = 0;
  const n = text.length;
  const endRow = () => {
    if (row.some((v) => v !== null)) rows.push(row);
    else rows.push([]);
    row = [];
  };
  while (i < n) {
    let field: string;
    if (text[i] === '"') {
      let j = i + 1;
      let s = '';
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          s += text.slice(j);
          j = n;
          break;
        }
        s += text.slice(j, q);
        if (text[q + 1] === '"') {
          s += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      // Text after the closing quote (`"a"b`) is kept, as Excel does.
      let k = j;
      while (k < n && text[k] !== sep && text[k] !== '\n' && text[k] !== '\r') k++;
      field = s + text.slice(j, k);
      i = k;
      row.push(field === '' ? null : field);
    } else {
      let k = i;
      while (k < n && text[k] !== sep && text[k] !== '\n' && text[k] !== '\r') k++;
      field = text.slice(i, k);
      i = k;
      row.push(cellOf(field.trim()));
    }
    if (i >= n) break;
    if (text[i] === sep) {
      i++;
      if (i >= n) row.push(null);
      continue;
    }
    // A line break: \r\n, \n or \r.
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    i++;
    endRow();
  }
  if (row.length) endRow();
  while (rows.length && !rows[rows.length - 1].length) rows.pop();
  return rows;
}

/** The sheet a CSV file is: its file name when that names a standard sheet, else its header row's. */
function sheetName(fileName: string, values: CellValue[][]): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const key = foldKey(base);
  const byName = SHEETS.find((d) => [d.name, ...d.aliases].some((a) => foldKey(a) === key));
  if (byName) return base;
  const byHeader = SHEETS.find((d) => locateHeader(d, { name: base, values }) !== null);
  return byHeader ? byHeader.name : base;
}

export function readCsv(bytes: Uint8Array, fileName: string): SheetGrid {
  if (bytes.length > MAX_CSV_BYTES) throw new UnreadableFileError(`tệp ${fileName} quá lớn / ${fileName} is too large`);
  const values = parseCsv(decodeText(bytes, fileName));
  return { name: sheetName(fileName, values), values };
}
