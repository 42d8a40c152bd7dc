/**
 * Hostile .xlsx files, built in memory and small on disk: used by the CLI tests beside this file
 * and measured by test/hostile/measure.js. Each says what a reader would face without the checks.
 */
import { randomBytes } from 'crypto';
import { constants, deflateRawSync } from 'zlib';
import { zip, type ZipEntry } from './zip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** The parts every workbook needs, for sheets named `names` (sheet1.xml …). */
export function skeleton(names: string[] = ['Sheet1'], sharedStrings = false): ZipEntry[] {
  const sheets = names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const rels = names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  const overrides = names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
  const sst = sharedStrings
    ? `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`
    : '';
  const sstRel = sharedStrings ? `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : '';
  return [
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}${sst}</Types>`,
    },
    { name: '_rels/.rels', data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    { name: 'xl/workbook.xml', data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets}</sheets></workbook>` },
    { name: 'xl/_rels/workbook.xml.rels', data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}">${rels}${sstRel}</Relationships>` },
  ];
}

const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>`;
const SHEET_TAIL = '</sheetData></worksheet>';

/** A workbook of one sheet with this XML inside `<sheetData>`. */
export function oneSheet(rowsXml: string): Buffer {
  return zip([...skeleton(), { name: 'xl/worksheets/sheet1.xml', data: SHEET_HEAD + rowsXml + SHEET_TAIL }]);
}

/** A piece of a deflate stream: bytes as they are, or `chunk` repeated `times` times. */
type Piece = Buffer | string | { chunk: string; times: number };

/**
 * A raw deflate stream of the pieces, never holding their inflated whole: bytes go in stored
 * blocks, a repeated chunk in one block compressed once and written `times` times (after a full
 * flush the compressor starts afresh on a byte boundary, so every copy compresses alike).
 */
export function deflateStream(pieces: Piece[]): { bytes: Buffer; size: number } {
  const out: Buffer[] = [];
  let size = 0;
  for (const p of pieces) {
    if (typeof p === 'string' || Buffer.isBuffer(p)) {
      const b = Buffer.from(p);
      for (let i = 0; i < b.length; i += 65_535) out.push(storedBlock(b.subarray(i, i + 65_535), false));
      size += b.length;
    } else {
      const block = deflateRawSync(Buffer.from(p.chunk), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
      for (let i = 0; i < p.times; i++) out.push(block);
      size += Buffer.byteLength(p.chunk) * p.times;
    }
  }
  out.push(storedBlock(Buffer.alloc(0), true));
  return { bytes: Buffer.concat(out), size };
}

/** A deflate stored block (at most 65,535 bytes). */
function storedBlock(b: Buffer, final: boolean): Buffer {
  const h = Buffer.alloc(5);
  h[0] = final ? 1 : 0;
  h.writeUInt16LE(b.length, 1);
  h.writeUInt16LE(~b.length & 0xffff, 3);
  return Buffer.concat([h, b]);
}

/** `<sheetData>` of `times` copies of `chunk`, deflated. */
function repeatedSheet(chunk: string, times: number): { bytes: Buffer; size: number } {
  return deflateStream([SHEET_HEAD, { chunk, times }, SHEET_TAIL]);
}

/**
 * `groups` groups of `unit` × `perGroup`, each followed by an XML comment of random text sized
 * so the whole compresses at about 150:1: under the pre-check's 200:1, so that what the file
 * holds (its count of cells or strings) is what gets it refused.
 */
function padded(unit: string, perGroup: number, groups: number): Piece[] {
  const chunk = unit.repeat(perGroup);
  const filler = Math.ceil(Buffer.byteLength(chunk) / 150);
  const pieces: Piece[] = [];
  for (let g = 0; g < groups; g++) pieces.push({ chunk, times: 1 }, `<!--${randomBytes(filler).toString('base64')}-->`);
  return pieces;
}

/** One row holding a megabyte of text: a gigabyte of it deflates to about a megabyte. */
const MEGA_ROW = `<row><c t="inlineStr"><is><t>${'A'.repeat(1 << 20)}</t></is></c></row>`;

/** ExcelJS's reader would inflate and parse it all: rows of a megabyte each. */
export function bombHonest(gigabytes = 2): Buffer {
  return zip([...skeleton(), { name: 'xl/worksheets/sheet1.xml', deflated: repeatedSheet(MEGA_ROW, gigabytes * 1000) }]);
}

/** Small enough per part, but at 1,000:1 no spreadsheet compresses so well. */
export function bombRatio(megabytes = 500): Buffer {
  return zip([...skeleton(), { name: 'xl/worksheets/sheet1.xml', deflated: repeatedSheet(MEGA_ROW, megabytes) }]);
}

/** The same gigabytes, declared as 200 KB in both headers: only inflating tells. */
export function bombLying(gigabytes = 2, descriptor = false): Buffer {
  return zip([...skeleton(), { name: 'xl/worksheets/sheet1.xml', deflated: repeatedSheet(MEGA_ROW, gigabytes * 1000), declare: { size: 200_000 }, descriptor }]);
}

/** A local entry the directory does not list: the streaming reader would still inflate it. */
export function bombHidden(gigabytes = 2): Buffer {
  const [types, rels, ...rest] = skeleton();
  return zip([
    types,
    rels,
    { name: 'xl/worksheets/sheet1.xml', deflated: repeatedSheet(MEGA_ROW, gigabytes * 1000), hidden: true },
    ...rest,
    { name: 'xl/worksheets/sheet1.xml', data: SHEET_HEAD + SHEET_TAIL },
  ]);
}

/** The central directory names one part many times (parts sharing their bytes). */
export function bombOverlap(copies = 1000): Buffer {
  const sheet: ZipEntry = { name: 'xl/worksheets/sheet1.xml', data: SHEET_HEAD + '<row r="1"><c r="A1"><v>1</v></c></row>' + SHEET_TAIL };
  return zip([...skeleton(), sheet, ...Array.from({ length: copies }, () => ({ name: sheet.name, sameAs: sheet.name }))]);
}

/** The local header and the directory disagree on the size. */
export function bombLocalMismatch(): Buffer {
  return zip([...skeleton(), { name: 'xl/worksheets/sheet1.xml', deflated: repeatedSheet(MEGA_ROW, 100), localDeclare: { size: 1000 } }]);
}

/** A sheet claiming all of Excel's 1,048,576 × 16,384 cells: refused once past 20 million. */
export function allCells(): Buffer {
  // 1,304 rows of 16,384 cells (21.4 million) are enough to be refused; the rest need not exist.
  const sheet = deflateStream([SHEET_HEAD, ...padded(`<row>${'<c><v>1</v></c>'.repeat(16_384)}</row>`, 8, 163), SHEET_TAIL]);
  return zip([...skeleton(), { name: 'xl/worksheets/sheet1.xml', deflated: sheet }]);
}

/** 6 million shared strings (the largest membership workbook has about 1.1 million). */
export function hugeSharedStrings(): Buffer {
  const sst = deflateStream([
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="6000000" uniqueCount="6000000">`,
    ...padded('<si><t>a</t></si>', 4000, 1500),
    '</sst>',
  ]);
  return zip([
    ...skeleton(['Sheet1'], true),
    { name: 'xl/sharedStrings.xml', deflated: sst },
    { name: 'xl/worksheets/sheet1.xml', data: SHEET_HEAD + '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' + SHEET_TAIL },
  ]);
}

/** `rows` rows, each with one cell in column XFD (the 16,384th): dense rows would take 128 KB each. */
export function farRightCells(rows = 100_000): Buffer {
  const xml = [SHEET_HEAD];
  for (let r = 1; r <= rows; r++) xml.push(`<row r="${r}"><c r="XFD${r}"><v>${r}</v></c></row>`);
  xml.push(SHEET_TAIL);
  return zip([...skeleton(), { name: 'xl/worksheets/sheet1.xml', data: xml.join('') }]);
}

/** Many sheets whose only row is Excel's last, 1,048,576: an empty array per row would be gigabytes. */
export function lastRowSheets(sheets = 200): Buffer {
  const names = Array.from({ length: sheets }, (_, i) => `S${i + 1}`);
  const xml = SHEET_HEAD + '<row r="1048576"><c r="A1048576"><v>1</v></c></row>' + SHEET_TAIL;
  return zip([...skeleton(names), ...names.map((_, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: xml }))]);
}

/** A legitimately tall sheet: 1,048,576 rows of one cell, about 45 MB of XML. */
export function millionRows(): Buffer {
  const xml = [SHEET_HEAD];
  for (let r = 1; r <= 1_048_576; r++) xml.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  xml.push(SHEET_TAIL);
  return zip([...skeleton(), { name: 'xl/worksheets/sheet1.xml', data: xml.join('') }]);
}

export function malformedSheet(): Buffer {
  return oneSheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</c></row><row');
}

/** A sheet whose XML stops in the middle of its rows, as a copy cut short leaves it. */
export function cutSheet(): Buffer {
  return zip([...skeleton(), { name: 'xl/worksheets/sheet1.xml', data: SHEET_HEAD + '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v>' }]);
}

export function malformedWorkbook(): Buffer {
  const parts = skeleton();
  parts[2] = { name: 'xl/workbook.xml', data: `<workbook xmlns="${MAIN}"><sheets><sheet name="S" sheetId="1" r:id="rId1"` };
  return zip([...parts, { name: 'xl/worksheets/sheet1.xml', data: SHEET_HEAD + SHEET_TAIL }]);
}

/** Nested entities, each ten of the one before: a billion "lol"s if a parser expanded them. */
export function billionLaughs(): Buffer {
  let dtd = '<!ENTITY lol0 "lol">';
  for (let i = 1; i <= 9; i++) dtd += `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`;
  const xml = `<?xml version="1.0"?><!DOCTYPE worksheet [${dtd}]><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>`;
  return zip([...skeleton(), { name: 'xl/worksheets/sheet1.xml', data: xml }]);
}

/** An external entity naming a local file: its content must never reach the output. */
export function externalEntity(path = '/etc/hostname'): Buffer {
  const xml = `<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file://${path}">]><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>`;
  return zip([...skeleton(), { name: 'xl/worksheets/sheet1.xml', data: xml }]);
}

export function encryptedPart(): Buffer {
  return zip([...skeleton(), { name: 'xl/worksheets/sheet1.xml', data: SHEET_HEAD + SHEET_TAIL, flags: 1 }]);
}

export function lzmaPart(): Buffer {
  return zip([...skeleton(), { name: 'xl/worksheets/sheet1.xml', data: SHEET_HEAD + SHEET_TAIL, store: true, method: 14 }]);
}

export function tooManyParts(n = 10_001): Buffer {
  return zip([...skeleton(), ...Array.from({ length: n }, (_, i) => ({ name: `x/${i}`, data: '', store: true }))]);
}

export function hugeStyles(): Buffer {
  const parts = skeleton();
  const styles = deflateStream([`<styleSheet xmlns="${MAIN}"><cellXfs>`, { chunk: '<xf numFmtId="0"/>'.repeat(1 << 16), times: 100 }, '</cellXfs></styleSheet>']);
  return zip([...parts, { name: 'xl/styles.xml', deflated: styles }, { name: 'xl/worksheets/sheet1.xml', data: SHEET_HEAD + SHEET_TAIL }]);
}

/** A valid small workbook cut in two. */
export function truncated(valid: Buffer): Buffer {
  return valid.subarray(0, Math.floor(valid.length / 2));
}

/** A valid workbook whose deflated sheet has one byte flipped in its middle. */
export function corruptedDeflate(): Buffer {
  const xml = SHEET_HEAD + Array.from({ length: 5000 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r * 7919}</v></c></row>`).join('') + SHEET_TAIL;
  const file = zip([...skeleton(), { name: 'xl/worksheets/sheet1.xml', data: xml }]);
  const body = file.indexOf(Buffer.from('xl/worksheets/sheet1.xml')) + 'xl/worksheets/sheet1.xml'.length;
  const out = Buffer.from(file);
  out[body + 2000] ^= 0xff;
  return out;
}

export const NOT_ZIP: Record<string, () => Buffer> = {
  'a PDF': () => Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n'),
  'an HTML page': () => Buffer.from('<!doctype html><html><body><table><tr><td>Mã</td></tr></table></body></html>'),
  'random bytes': () => randomBytes(64 * 1024),
  'a lone zip signature': () => Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  'a zip with no parts': () => zip([]),
  'a zip without xl/workbook.xml': () => zip([{ name: 'word/document.xml', data: '<w:document/>' }]),
};
