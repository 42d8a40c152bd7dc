// `sheetsLast` moves an .xlsx's worksheets to the end of its zip so that ExcelJS's streaming reader
// reads them as they come instead of spilling them to temporary files. The read must give the very
// same grids, the zip must stay one that the content check and JSZip accept with the same parts,
// and anything it does not understand must come back unchanged.
import fc from 'fast-check';
import JSZip from 'jszip';
import type { SheetGrid } from '../../../src/core/grid';
import { zipParts } from '../../../src/hosts/xlsx/inspect';
import { readXlsxBytes } from '../../../src/hosts/xlsx/read';
import { gridsToBuffer } from '../../../src/hosts/xlsx/write-grids';
import * as zipOrder from '../../../src/hosts/xlsx/zip-order';
import { sheetsLast } from '../../../src/hosts/xlsx/zip-order';
import { generateSample } from '../../../src/sample';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const tmp = require('tmp') as { file: (...args: unknown[]) => unknown };

jest.setTimeout(60_000);

const SHEET = /xl\/worksheets\/sheet\d+[.]xml/;

/** The parts in the order of their bytes in the file (the order the streaming reader meets them). */
function namesInFileOrder(bytes: Uint8Array): string[] {
  const z = zipParts(bytes);
  if ('reason' in z) throw new Error(z.reason);
  return [...z.parts].sort((a, b) => a.offset - b.offset).map((p) => p.name);
}

/** Every part's name and raw (compressed) bytes, by name. */
function rawParts(bytes: Uint8Array): Map<string, string> {
  const z = zipParts(bytes);
  if ('reason' in z) throw new Error(z.reason);
  return new Map(z.parts.map((p) => [p.name, Buffer.from(bytes.subarray(p.dataStart, p.dataStart + p.compressed)).toString('base64')]));
}

/** Every part's inflated content as JSZip reads it (from the central directory). */
async function jszipContents(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) out[name] = await zip.files[name].async('base64');
  return out;
}

function sheetsAreLast(names: string[]): boolean {
  const first = names.findIndex((n) => SHEET.test(n));
  return first >= 0 && names.slice(first).every((n) => SHEET.test(n));
}

/** Reads with and without the reordering, counting ExcelJS's temporary files. */
async function readBoth(bytes: Uint8Array): Promise<{ before: SheetGrid[]; after: SheetGrid[]; tmpBefore: number; tmpAfter: number }> {
  const tmpFile = jest.spyOn(tmp, 'file');
  const same = jest.spyOn(zipOrder, 'sheetsLast').mockImplementation((b) => b);
  const before = await readXlsxBytes(bytes);
  const tmpBefore = tmpFile.mock.calls.length;
  same.mockRestore();
  tmpFile.mockClear();
  const after = await readXlsxBytes(bytes);
  const tmpAfter = tmpFile.mock.calls.length;
  tmpFile.mockRestore();
  return { before, after, tmpBefore, tmpAfter };
}

const people = (n: number, sheet: string): SheetGrid => ({
  name: sheet,
  values: [
    ['STT', 'Họ và tên', 'Ngày sinh', 'Chi bộ', 'Ghi chú'],
    ...Array.from({ length: n }, (_, i) => [i + 1, `Nguyễn Văn ${sheet} ${i}`, new Date(Date.UTC(1970 + (i % 40), i % 12, 1 + (i % 28))), `Chi bộ ${i % 7}`, i % 3 ? null : `ghi chú ${i}`]),
  ],
});

describe('sheetsLast on workbooks written by ExcelJS', () => {
  const cases: [string, () => SheetGrid[]][] = [
    ['one sheet', () => [people(500, 'DangVien')]],
    ['three sheets and an empty one', () => [people(300, 'A'), { name: 'Trống', values: [] }, people(2_000, 'B'), { name: 'Số', values: [[1, 2, 3], [], [4]] }]],
    ['the bundled sample', () => generateSample()],
  ];

  it.each(cases)('%s: the worksheets come last, the parts are the same, the zip stays valid', async (_, grids) => {
    const bytes = await gridsToBuffer(grids());
    const names = namesInFileOrder(bytes);
    // ExcelJS writes the sheets before the shared strings: the case this is for.
    expect(names.indexOf('xl/sharedStrings.xml')).toBeGreaterThan(names.findIndex((n) => SHEET.test(n)));
    const out = sheetsLast(bytes);
    expect(out).not.toBe(bytes);
    expect(out.length).toBe(bytes.length);
    const reordered = namesInFileOrder(out);
    expect(sheetsAreLast(reordered)).toBe(true);
    expect([...reordered].sort()).toEqual([...names].sort());
    // The sheets keep their order among themselves, the other parts theirs.
    expect(reordered.filter((n) => SHEET.test(n))).toEqual(names.filter((n) => SHEET.test(n)));
    expect(reordered.filter((n) => !SHEET.test(n))).toEqual(names.filter((n) => !SHEET.test(n)));
    // The same compressed bytes for every part; JSZip (central directory) reads the same contents.
    expect(rawParts(out)).toEqual(rawParts(bytes));
    expect(await jszipContents(out)).toEqual(await jszipContents(bytes));
    // Already last: the very same bytes back, not a copy.
    expect(sheetsLast(out)).toBe(out);
  });

  it.each(cases)('%s: readXlsxBytes gives the same grids, without temporary files', async (_, grids) => {
    const bytes = await gridsToBuffer(grids());
    const { before, after, tmpBefore, tmpAfter } = await readBoth(bytes);
    expect(after).toEqual(before);
    expect(after.map((g) => g.name)).toEqual(grids().map((g) => g.name));
    expect(tmpBefore).toBeGreaterThan(0);
    expect(tmpAfter).toBe(0);
  });
});

describe('sheetsLast on parts with data descriptors (JSZip streamFiles)', () => {
  it('moves them with their descriptors and keeps the zip comment', async () => {
    const original = await gridsToBuffer([people(1_000, 'DangVien'), people(50, 'Khac')]);
    const zip = await JSZip.loadAsync(original);
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', streamFiles: true, comment: 'dangvien test' });
    const z = zipParts(bytes);
    if ('reason' in z) throw new Error(z.reason);
    expect(z.parts.filter((p) => !p.name.endsWith('/')).every((p) => p.flags & 8)).toBe(true);
    expect(sheetsAreLast(namesInFileOrder(bytes))).toBe(false);

    const out = sheetsLast(bytes);
    expect(out).not.toBe(bytes);
    expect(sheetsAreLast(namesInFileOrder(out))).toBe(true);
    expect(rawParts(out)).toEqual(rawParts(bytes));
    expect(await jszipContents(out)).toEqual(await jszipContents(bytes));
    expect(Buffer.from(out.subarray(out.length - 13)).toString()).toBe('dangvien test');

    const { before, after, tmpAfter } = await readBoth(bytes);
    expect(after).toEqual(before);
    expect(tmpAfter).toBe(0);
  });
});

describe('sheetsLast leaves alone what it does not understand', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await gridsToBuffer([people(200, 'A'), people(100, 'B')]);
  });

  it('gives back a truncated, empty or foreign file unchanged', () => {
    for (const n of [0, 1, 4, 21, 22, 100, bytes.length - 23, bytes.length - 22, bytes.length - 1]) {
      const cut = bytes.slice(0, n);
      expect(sheetsLast(cut)).toBe(cut);
    }
    const text = new TextEncoder().encode('STT,Họ và tên\n1,Nguyễn Văn A\n');
    expect(sheetsLast(text)).toBe(text);
    const padded = new Uint8Array(bytes.length + 3);
    padded.set(bytes);
    expect(sheetsLast(padded)).toBe(padded);
  });

  it('gives back unchanged a zip whose directory or headers disagree', () => {
    const z = zipParts(bytes);
    if ('reason' in z) throw new Error(z.reason);
    const eocd = bytes.length - 22;
    const cdStart = Buffer.from(bytes).readUInt32LE(eocd + 16);
    const edits: [string, (b: Buffer) => void][] = [
      ['directory signature', (b) => b.writeUInt32LE(0, cdStart)],
      ['a local header signature', (b) => b.writeUInt32LE(0, z.parts[1].offset)],
      ['a compressed size', (b) => b.writeUInt32LE(z.parts[0].compressed + 1, cdStart + 20)],
      ['an offset', (b) => b.writeUInt32LE(z.parts[1].offset, cdStart + 42)],
      ['zip64 marker', (b) => b.writeUInt32LE(0xffffffff, cdStart + 24)],
      ['encrypted', (b) => b.writeUInt16LE(b.readUInt16LE(cdStart + 8) | 1, cdStart + 8)],
      ['entry count', (b) => b.writeUInt16LE(b.readUInt16LE(eocd + 10) - 1, eocd + 10)],
      ['a local name', (b) => (b[z.parts[0].offset + 30] ^= 1)],
    ];
    for (const [, edit] of edits) {
      const b = Buffer.from(bytes);
      edit(b);
      expect(sheetsLast(b)).toBe(b);
    }
  });

  it('gives back unchanged a workbook without worksheets', async () => {
    const zip = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(zip.files)) if (SHEET.test(name)) zip.remove(name);
    const none = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(sheetsLast(none)).toBe(none);
  });

  it('never throws, and gives back either its input or the same parts with the sheets last', () => {
    const valid = (b: Uint8Array) => !('reason' in zipParts(b));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }),
        fc.option(fc.nat(), { nil: undefined }),
        (flips, cut) => {
          let b = Uint8Array.from(bytes);
          for (const [at, v] of flips) b[at % b.length] = v;
          if (cut !== undefined) b = b.slice(0, cut % (b.length + 1));
          const out = sheetsLast(b);
          if (out === b) return;
          expect(out.length).toBe(b.length);
          // It changed the order only of a zip the content check accepts, and that check accepts the result.
          expect(valid(b)).toBe(true);
          expect(valid(out)).toBe(true);
          expect(sheetsAreLast(namesInFileOrder(out))).toBe(true);
          expect(rawParts(out)).toEqual(rawParts(b));
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
