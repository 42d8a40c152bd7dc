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
 * nothing is inflated or deflated. Where they lie comes from the same parse as the file check
 * (`zipParts`: directory and local headers agreeing, parts tiling the bytes before the directory);
 * a fresh directory with the new offsets and the same end record are written. A zip that check
 * refuses, or with anything after its end record, is given back unchanged: this is a speed-up,
 * never a reason to refuse or damage a file. Pure (no Node API).
 */
import { zipParts } from './inspect';
import { u16 } from './zip-bytes';

/** What ExcelJS's streaming reader takes for a worksheet (its own test, unanchored as it is). */
const WORKSHEET = /xl\/worksheets\/sheet\d+[.]xml/;

function put32(b: Uint8Array, i: number, v: number): void {
  b[i] = v & 0xff;
  b[i + 1] = (v >>> 8) & 0xff;
  b[i + 2] = (v >>> 16) & 0xff;
  b[i + 3] = (v >>> 24) & 0xff;
}

/**
 * The zip with the same parts, the worksheets after all others (each group in its order in the
 * file), a fresh central directory in that order and the same end record. The input itself when
 * the worksheets already come last, or when the zip is anything but plain.
 */
export function sheetsLast(bytes: Uint8Array): Uint8Array {
  try {
    const z = zipParts(bytes);
    if ('reason' in z) return bytes;
    const { start: cdStart, end: eocd } = z.directory;
    // The end record and its comment must close the file: nothing may be dropped by the copy.
    if (eocd + 22 + u16(bytes, eocd + 20) !== bytes.length) return bytes;
    const inFile = [...z.parts].sort((a, b) => a.offset - b.offset);
    const isSheet = (p: { name: string }) => WORKSHEET.test(p.name);
    const firstSheet = inFile.findIndex(isSheet);
    if (firstSheet < 0 || inFile.slice(firstSheet).every(isSheet)) return bytes;

    const order = [...inFile.filter((p) => !isSheet(p)), ...inFile.filter(isSheet)];
    const out = new Uint8Array(bytes.length);
    const offsets: number[] = [];
    let at = 0;
    for (const p of order) {
      offsets.push(at);
      out.set(bytes.subarray(p.offset, p.end), at);
      at += p.end - p.offset;
    }
    if (at !== cdStart) return bytes;
    order.forEach((p, i) => {
      out.set(bytes.subarray(p.record.at, p.record.at + p.record.length), at);
      put32(out, at + 42, offsets[i]);
      at += p.record.length;
    });
    // The directory's records must fill it exactly up to the end record.
    if (at !== eocd) return bytes;
    out.set(bytes.subarray(eocd), at);
    return out;
  } catch {
    return bytes;
  }
}
