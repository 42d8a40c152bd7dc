/**
 * Hostile files on the command line (issue #5): each is built here, small on disk, and must end
 * in exit 2 with one line saying what is wrong, long before anything inflates or allocates what
 * the file claims. Files that are merely large within Excel's limits are read. Time and memory
 * of each are measured by `node test/hostile/measure.js`; these tests assert outcomes only.
 *
 * Decided limits (src/hosts/xlsx/inspect.ts, LIMITS): a part may inflate to 1.5 GB (64 MB for
 * styles, workbook, relationships), all parts to 2 GB, at most 200:1; the sheets may hold 20
 * million rows and cells, the rows may reach 60 million columns in all; 5 million shared
 * strings. The largest membership workbook (1,048,575 members × 14 columns) is well inside:
 * 0.58 GB of XML, 15.7 million rows and cells, 1.1 million strings; it is read.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main, type Io } from '../../src/cli/main';
import { gridsToBuffer } from '../../src/hosts/xlsx/write-grids';
import { inspectXlsx, LIMITS } from '../../src/hosts/xlsx/inspect';
import { loadWorkbook, UnreadableFileError } from '../../src/hosts/xlsx/read';
import { readXlsx } from '../../src/hosts/xlsx/xlsx-reader';
import { generateScaled } from '../../src/sample';
import * as F from './files';
import { zip } from './zip';
import { xls } from '../hosts/formats/ole';

const dir = mkdtempSync(join(tmpdir(), 'dangvien-hostile-'));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (s) => out.push(s), err: (s) => err.push(s) };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function file(name: string, bytes: Buffer): string {
  const path = join(dir, `${name.replace(/\W+/g, '-')}.xlsx`);
  writeFileSync(path, bytes);
  return path;
}

/** Exit 2, one line naming the problem, no stack trace, and nothing on stdout. */
async function refused(name: string, bytes: Buffer, why: RegExp): Promise<string> {
  const r = await run('check', file(name, bytes), '--json');
  expect(r.err).toMatch(why);
  expect(r.code).toBe(2);
  expect(r.err.split('\n')).toHaveLength(1);
  expect(r.err).not.toMatch(/\bat .+:\d+:\d+/);
  expect(r.out).toBe('');
  return r.err;
}

const DAMAGED = /hỏng hoặc không trọn vẹn|damaged or truncated/;

describe('zip bombs end in exit 2 before anything is inflated whole', () => {
  it.each<[string, () => Buffer, RegExp]>([
    ['2 GB of sheet rows in a 2 MB file, sizes declared honestly', () => F.bombHonest(2), /2,097 MB, quá lớn|too large/],
    ['500 MB of rows at 968:1', () => F.bombRatio(500), /968:1/],
    ['2 GB of rows declared as 200 KB in both headers', () => F.bombLying(2), /vượt kích thước khai báo 200 KB.*inflates past its declared 200 KB/],
    ['the same with its sizes in a data descriptor', () => F.bombLying(2, true), /inflates past its declared 200 KB/],
    ['2 GB of rows in a part the directory does not list', () => F.bombHidden(2), /does not list/],
    ['one part listed a thousand times', () => F.bombOverlap(1000), /sharing their bytes/],
    ['a local header that disagrees with the directory', () => F.bombLocalMismatch(), /declared sizes disagree/],
  ])('%s', async (name, build, why) => {
    const err = await refused(name, build(), why);
    expect(err).toMatch(/too large|may be damaged|does not list/);
    expect(err).not.toMatch(/zip bomb/);
  }, 30_000);
});

describe('files past what a membership workbook can hold end in exit 2', () => {
  it.each<[string, () => Buffer, RegExp]>([
    ['a sheet of 1,048,576 rows × 16,384 columns (refused past 20 million cells)', F.allCells, /more than 20,000,000 rows and cells/],
    ['100,000 rows with a cell in column XFD (16,384)', () => F.farRightCells(100_000), /reach too far right/],
    ['6 million shared strings', F.hugeSharedStrings, /more than 5,000,000 strings/],
    ['a 118 MB styles part', F.hugeStyles, /xl\/styles\.xml inflates to 118 MB, too large/],
    ['10,005 parts', () => F.tooManyParts(10_001), /too many parts/],
  ])('%s', async (name, build, why) => {
    await refused(name, build(), why);
  }, 60_000);
});

describe('damaged, malformed and foreign files end in exit 2', () => {
  const valid = () => F.oneSheet('<row r="1"><c r="A1"><v>1</v></c></row>');
  it.each<[string, () => Buffer, RegExp]>([
    ['malformed XML in a sheet', F.malformedSheet, /damaged: malformed XML in xl\/worksheets\/sheet1\.xml \(byte \d+: .*close tag.*\).*cannot read the file's content/],
    ['malformed workbook.xml', F.malformedWorkbook, /damaged: malformed XML in xl\/workbook\.xml.*cannot read the file's content/],
    ['a sheet whose XML stops mid-element (damaged, not an empty sheet)', F.cutSheet, /the file is damaged: malformed XML in xl\/worksheets\/sheet1\.xml \(.*still open\)/],
    ['a billion laughs (nested entities)', F.billionLaughs, /undefined entity.*cannot read/],
    ['an external entity naming a local file', () => F.externalEntity('/etc/hostname'), /undefined entity.*cannot read/],
    ['a truncated file', () => F.truncated(valid()), DAMAGED],
    ['a deflate stream with a flipped byte', F.corruptedDeflate, /damaged or truncated|the file is damaged/],
    ['an encrypted part', F.encryptedPart, /encrypted parts/],
    ['an OpenDocument text (not a spreadsheet)', () => zip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', store: true }, { name: 'content.xml', data: '<office:document-content/>' }]), /an OpenDocument file that is not a spreadsheet/],
    ['an .ods whose content.xml stops mid-element', () => zip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', store: true }, { name: 'content.xml', data: '<office:document-content><office:body><office:spreadsheet><table:table table:name="A"><table:table-row>' }]), /the file is damaged: malformed XML in content\.xml/],
    ['an LZMA-compressed part', F.lzmaPart, /compression method Excel does not use \(14\)/],
    ['an .xls with a password (FILEPASS)', () => xls([{ name: 'S', cells: [] }], { password: true }), /có mật khẩu bảo vệ.*password-protected: open it in Excel, save a copy without a password/],
    ['an .xls cut short', () => xls([{ name: 'S', cells: [] }]).subarray(0, 1200), /the \.xls file is damaged \(OLE container/],
    ...Object.entries(F.NOT_ZIP).map(([name, build]): [string, () => Buffer, RegExp] => [name, build, /not an \.xlsx file|not an Excel workbook|damaged or truncated/]),
  ])('%s', async (name, build, why) => {
    await refused(name, build(), why);
  }, 30_000);

  it('never shows the content of a file named by an external entity', async () => {
    const r = await run('check', file('xxe-passwd', F.externalEntity('/etc/passwd')), '--json');
    expect(r.err + r.out).not.toMatch(/root:/);
  });
});

describe('large files within Excel’s limits are read', () => {
  it('reads 200 sheets whose only row is row 1,048,576 (no array per empty row)', async () => {
    const r = await run('check', file('last-rows', F.lastRowSheets(200)), '--json');
    expect(r.code).toBe(1); // read, and the standard sheets are missing
    expect(JSON.parse(r.out).issues.map((i: { rule: string }) => i.rule)).toEqual(['S01', 'S01', 'S01']);
  }, 60_000);

  it('reads a sheet of 1,048,576 rows (Excel’s last row) within its limits', async () => {
    const r = await run('check', file('million-rows', F.millionRows()), '--json');
    expect(r.code).toBe(1);
    expect(r.err).not.toMatch(/dangvien:/);
  }, 120_000);

  it('reads a row of 16,384 cells and a lone cell in column XFD', async () => {
    const row = Array.from({ length: 16_384 }, (_, c) => `<c r="${colName(c)}1"><v>${c}</v></c>`).join('');
    const r = await run('check', file('wide', F.oneSheet(`<row r="1">${row}</row><row r="2"><c r="XFD2"><v>1</v></c></row>`)), '--json');
    expect(r.code).toBe(1);
  }, 30_000);

  it('reads a standard workbook written with ExcelJS (data descriptors) and the bundled sample', async () => {
    const path = file('scaled', Buffer.from(await gridsToBuffer(generateScaled(300, 5, { dates: 'date' }))));
    expect((await run('check', path, '--today', '2026-11-25')).code).toBe(0);
    const sample = readFileSync(join(__dirname, '../../samples/MDrak-2017.xlsx'));
    expect((await readXlsx(sample)).map((g) => g.name)).toEqual(expect.arrayContaining(['ToChuc', 'DangVien', 'ChiTieu']));
  }, 30_000);
});

describe('the checks themselves', () => {
  it('the reader stops a part at its declared size, whatever the zip claims', async () => {
    await expect(readXlsx(F.bombLying(2))).rejects.toThrow(/inflates past its declared 200 KB/);
    await expect(readXlsx(F.bombLying(2, true))).rejects.toThrow(/inflates past its declared 200 KB/);
    await expect(readXlsx(F.bombHidden(2))).rejects.toThrow(/does not list/);
  }, 30_000);

  it('refuse in the browser path too (loadWorkbook) before JSZip inflates', async () => {
    await expect(loadWorkbook(F.bombLying(2))).rejects.toThrow(UnreadableFileError);
    await expect(loadWorkbook(F.bombLying(2))).rejects.toThrow(/abnormal compression.*may be damaged/);
  });

  it('count rows, cells, strings and spans against their limits while reading', async () => {
    const sheet = (rows: number, col: string) =>
      F.oneSheet(Array.from({ length: rows }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}" s="1"><v>1</v></c><c t="n" r='${col}${r + 1}'><v>2</v></c></row>`).join(''));
    const saved = { ...LIMITS };
    try {
      // 100 rows, 200 cells; spans 100 × column J (10).
      Object.assign(LIMITS, { maxCells: 300, maxRowSpan: 1000 });
      expect(await readXlsx(sheet(100, 'J'))).toHaveLength(1);
      Object.assign(LIMITS, { maxCells: 299 });
      await expect(readXlsx(sheet(100, 'J'))).rejects.toThrow(/more than 299 rows and cells/);
      Object.assign(LIMITS, { maxCells: 300, maxRowSpan: 999 });
      await expect(readXlsx(sheet(100, 'J'))).rejects.toThrow(/reach too far right/);
      Object.assign(LIMITS, { maxRowSpan: 100 * 26 * 26 + 100 });
      expect(await readXlsx(sheet(100, 'ZA'))).toHaveLength(1); // ZA = 677
      const strings = zip([...F.skeleton(['Sheet1'], true), { name: 'xl/sharedStrings.xml', data: `<sst>${'<si><t>a</t></si>'.repeat(11)}</sst>` }, { name: 'xl/worksheets/sheet1.xml', data: '<worksheet><sheetData/></worksheet>' }]);
      Object.assign(LIMITS, { maxSharedStrings: 10 });
      await expect(readXlsx(strings)).rejects.toThrow(/more than 10 strings/);
    } finally {
      Object.assign(LIMITS, saved);
    }
  });

  it('refuse a workbook inflating past the total limit', () => {
    const saved = { ...LIMITS };
    try {
      const bytes = zip([...F.skeleton(), { name: 'xl/worksheets/sheet1.xml', data: 'x'.repeat(5000) }, { name: 'xl/sharedStrings.xml', data: 'y'.repeat(5000) }]);
      Object.assign(LIMITS, { maxUncompressedBytes: 9_000 });
      expect(inspectXlsx(bytes)).toMatchObject({ ok: false, reason: expect.stringMatching(/the file inflates to \d+ KB, too large/) });
    } finally {
      Object.assign(LIMITS, saved);
    }
  });
});

function colName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
