// A workbook read row by row into records (what the command line does, so that a million
// members are never held as a grid) must give exactly what reading it whole gives: the same
// findings, figures and forms, the report's settings still read, whatever the file's oddities.
import type { SheetGrid } from '../../../src/core/grid';
import { WorkbookReading } from '../../../src/core/model/read';
import { HEADER_SEARCH_ROWS } from '../../../src/core/sheets';
import { STRUCTURE_MODELS } from '../../../src/core/structure-model';
import { readSpreadsheets, streamSpreadsheets } from '../../../src/hosts/read-file';
import { gridsToBuffer } from '../../../src/hosts/xlsx/write-grids';
import { runWorkbook, type RunRequest } from '../../../src/pipeline/run';
import { generateSample } from '../../../src/sample';
import { unzipText, zip, type ZipEntry } from '../../hostile/zip';
import { plainGrid } from './grid-days';

const REQUEST: RunRequest = { lang: 'vi', today: '2018-01-09', layouts: 'export', forms: true };

async function readRowByRow(bytes: Uint8Array) {
  const book = new WorkbookReading(STRUCTURE_MODELS);
  await streamSpreadsheets([{ name: 'so.xlsx', bytes }], book);
  return book.finish();
}

async function bothWays(bytes: Uint8Array) {
  const grids = await readSpreadsheets([{ name: 'so.xlsx', bytes }]);
  const parsed = await readRowByRow(bytes);
  return { whole: runWorkbook(grids, REQUEST), rows: runWorkbook(parsed, REQUEST), parsed, grids };
}

function expectSame(a: ReturnType<typeof runWorkbook>, b: ReturnType<typeof runWorkbook>): void {
  expect(b.findings).toEqual(a.findings);
  expect(b.figures).toEqual(a.figures);
  expect(b.forms).toEqual(a.forms);
  expect(b.rows).toBe(a.rows);
  expect(b.exportLayouts).toEqual(a.exportLayouts);
  expect(b.report?.drafted).toEqual(a.report?.drafted);
}

const rezip = (parts: Map<string, string>): Buffer => zip([...parts].map(([name, data]): ZipEntry => ({ name, data })));

describe('a workbook read row by row', () => {
  const settings: SheetGrid = {
    name: 'ThietLap',
    values: [
      ['Mục', 'Giá trị'],
      ['Người ký', 'Nguyễn Văn Ký'],
      ['Chức vụ người ký', 'PHÓ BÍ THƯ'],
    ],
  };

  it('gives the same findings, figures, forms and report as read whole, holding no member row below the header', async () => {
    const sample = [...generateSample(), settings];
    const { whole, rows, parsed } = await bothWays(await gridsToBuffer(sample));
    expectSame(whole, rows);
    expect(rows.findings.length).toBeGreaterThan(0);
    expect(rows.report?.drafted).toBeTruthy();
    // The settings sheet was read: the signer is the one it names.
    expect(JSON.stringify(rows.report?.fallback)).toContain('Nguyễn Văn Ký');
    const members = parsed.grids.find((g) => g.name === 'DangVien')!;
    expect(parsed.members!.records.length).toBeGreaterThan(3000);
    expect(members.values.length).toBeLessThanOrEqual(HEADER_SEARCH_ROWS);
    // A sheet that is no standard sheet is kept whole.
    expect(plainGrid(parsed.grids.find((g) => g.name === 'ThietLap')!)).toEqual(plainGrid(settings));
  }, 30_000);

  it('reads alike a sheet whose header is not found, a second sheet of the same name, and a header lower than the title rows', async () => {
    const sample = generateSample();
    const units = sample.find((g) => g.name === 'ToChuc')!;
    const members = sample.find((g) => g.name === 'DangVien')!;
    const variant: SheetGrid[] = [
      // The unit sheet's header pushed past the rows searched: not found (S02), its rows kept.
      { ...units, values: [...Array.from({ length: HEADER_SEARCH_ROWS }, () => ['Ghi chú']), ...units.values] },
      // The header on the tenth row.
      { ...members, values: [...Array.from({ length: HEADER_SEARCH_ROWS - 1 - 2 }, () => []), ...members.values] },
      ...sample.filter((g) => g !== units && g !== members),
      // Another sheet of a standard sheet's name (folded alike): the first one counts.
      { name: 'Dang vien', values: [members.values[2], members.values[3]] },
    ];
    const { whole, rows, parsed } = await bothWays(await gridsToBuffer(variant));
    expectSame(whole, rows);
    expect(rows.findings.some((f) => f.rule === 'S01' || f.rule === 'S02')).toBe(true);
    expect(parsed.lookup.missing.map((m) => m.reason)).toContain('noHeader');
    expect(parsed.members!.sheet).toBe('DangVien');
    expect(rows.rows).toBeGreaterThan(3000);
    expect(parsed.grids.find((g) => g.name === 'ToChuc')!.values.length).toBe(units.values.length + HEADER_SEARCH_ROWS);
  }, 30_000);

  it('reads rows written out of order, or one row number twice, as a whole read does', async () => {
    const parts = unzipText(await gridsToBuffer(generateSample()));
    const name = [...parts.keys()].find((n) => /worksheets\/sheet2\.xml$/.test(n))!;
    const xml = parts.get(name)!;
    const row = (r: number) => new RegExp(`<row r="${r}"[^>]*>.*?</row>`).exec(xml)![0];
    // Row 40 written after row 41; row 60 written twice, the second time with row 61's cells.
    const twice = row(61).replace(/<row r="61"/, '<row r="60"').replace(/r="([A-Z]+)61"/g, 'r="$160"');
    const disordered = xml
      .replace(row(40) + row(41), row(41) + row(40))
      .replace(row(60), row(60) + twice);
    expect(disordered).not.toBe(xml);
    parts.set(name, disordered);
    const { whole, rows, parsed } = await bothWays(rezip(parts));
    expectSame(whole, rows);
    expect(parsed.members!.records.map((m) => m.row)).toEqual([...parsed.members!.records.map((m) => m.row)].sort((a, b) => a - b));
  }, 30_000);
});
