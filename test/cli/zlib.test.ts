/**
 * The command line inflates and deflates with Node's zlib (src/cli/zlib.ts), the browser's worker
 * with fflate: the same files must give the same grids both ways, a damaged or lying part the same
 * refusal, and the summary written either way the same sheets, in a zip whose checksums hold.
 */
import { execFileSync } from 'child_process';
import { randomBytes } from 'crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { deflateRawSync } from 'zlib';
import { zlibDeflate, zlibInflate } from '../../src/cli/zlib';
import { readSpreadsheet } from '../../src/hosts/read-file';
import { writeXlsx } from '../../src/hosts/xlsx/write/workbook';
import { runWorkbook } from '../../src/pipeline/run';
import { generateSample } from '../../src/sample';
import * as F from '../hostile/files';

const CORPUS = join(__dirname, '../corpus/files');
const workbooks = readdirSync(CORPUS, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(xlsx|ods)$/.test(f));

const both = async (name: string, bytes: Uint8Array) => {
  const settle = (p: Promise<unknown>) => p.then((grids) => ({ grids }), (e: Error) => ({ error: e.message }));
  return [await settle(readSpreadsheet({ name, bytes })), await settle(readSpreadsheet({ name, bytes }, { inflate: zlibInflate }))];
};

it('the corpus has .xlsx and .ods files written by other programs to compare', () => {
  expect(workbooks.length).toBeGreaterThan(10);
});

it.each(workbooks)('%s reads the same with zlib as with fflate', async (f) => {
  const [fflate, zlib] = await both(f, readFileSync(join(CORPUS, f)));
  expect('grids' in zlib).toBe(true);
  expect(zlib).toEqual(fflate);
});

it.each<[string, () => Buffer]>([
  ['a part that inflates past its declared size', () => F.bombLying(0.05)],
  ['a broken deflate stream', () => F.corruptedDeflate()],
  ['a file cut short', () => F.truncated(F.oneSheet('<row r="1"><c r="A1"><v>1</v></c></row>'))],
])('%s is refused alike', async (_, make) => {
  const [fflate, zlib] = await both('x.xlsx', make());
  expect('error' in fflate).toBe(true);
  expect(zlib).toEqual(fflate);
});

describe('the inflater', () => {
  // Small parts (a workbook's metadata) are inflated at once in this thread, large ones streamed
  // from the pool's thread: both must give the same bytes and stop alike.
  it.each([
    ['a small part, inflated at once', 2_000, (n: number) => n < 16 << 10],
    ['a large part, streamed in pieces', 400_000, (n: number) => n > 16 << 10],
  ])('%s: its bytes whole; a cut stream or a refusal of the reader stops it', async (_, size, path) => {
    const raw = Buffer.from(randomBytes(size).toString('hex'));
    const data = deflateRawSync(raw, { level: 1 });
    expect(path(data.length)).toBe(true);
    const chunks: Buffer[] = [];
    await zlibInflate(data, (c) => chunks.push(Buffer.from(c)));
    expect(Buffer.concat(chunks).equals(raw)).toBe(true);
    await expect(zlibInflate(data.subarray(0, data.length >> 1), () => {})).rejects.toThrow();
    const refusal = new Error('past its declared size');
    let calls = 0;
    await expect(
      zlibInflate(data, () => {
        calls++;
        throw refusal;
      }),
    ).rejects.toBe(refusal);
    expect(calls).toBe(1);
  });
});

describe('the summary written with zlib', () => {
  const layouts = runWorkbook(generateSample(), { today: '2018-01-09', lang: 'vi', layouts: 'export' }).exportLayouts;
  const created = new Date(2018, 0, 9, 10, 30);
  const viaZlib = writeXlsx(layouts, { created, deflate: zlibDeflate });
  const viaFflate = writeXlsx(layouts, { created });

  it('holds the sheets the fflate one holds', async () => {
    const grids = await readSpreadsheet({ name: 'a.xlsx', bytes: viaZlib });
    expect(grids.map((g) => g.name)).toEqual(layouts.map((l) => l.name));
    expect(grids).toEqual(await readSpreadsheet({ name: 'b.xlsx', bytes: viaFflate }));
  });

  it("is a zip whose every part's checksum and size hold (Python's zipfile)", () => {
    const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
    const dir = mkdtempSync(join(tmpdir(), 'dangvien-zip-'));
    const check = (name: string, bytes: Uint8Array) => {
      writeFileSync(join(dir, name), bytes);
      const script = 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.testzip()); print(*z.namelist())';
      return execFileSync(python, ['-c', script, join(dir, name)], { encoding: 'utf8' }).trim().split('\n');
    };
    const [zlibBad, zlibParts] = check('zlib.xlsx', viaZlib);
    const [fflateBad, fflateParts] = check('fflate.xlsx', viaFflate);
    expect([zlibBad, fflateBad]).toEqual(['None', 'None']);
    expect(zlibParts).toEqual(fflateParts);
    expect(zlibParts.split(' ')).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', `xl/worksheets/sheet${layouts.length}.xml`]));
  });
});
