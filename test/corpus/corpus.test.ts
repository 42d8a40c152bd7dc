// The same workbooks saved by the programs staff actually use (LibreOffice, Gnumeric, openpyxl,
// XlsxWriter; test/corpus/files, made by `npm run corpus`) read as the original does: the same
// sheets and cells (dates compared as days, whatever the date system), the same findings and the
// same figures. A file of a format the reader does not take yet (.ods, .xls while their reader is
// not in) is skipped with a note, and checked as soon as the reader accepts it.
import { execFileSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import { extname, join } from 'path';
import { strFromU8, unzipSync } from 'fflate';
import type { SheetGrid } from '../../src/core/grid';
import { readSpreadsheet } from '../../src/hosts/read-file';
import { runWorkbook, type RunResult } from '../../src/pipeline/run';
import { plainGrid, type Plain } from '../hosts/xlsx/grid-days';

const DIR = join(__dirname, 'files');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the builder is plain JavaScript, run by node as it is.
const { inputsHash, committedHash } = require('../../scripts/corpus/build.js') as { inputsHash(): string; committedHash(): string | null };

interface Manifest {
  inputs: string;
  tools: Record<string, string>;
  sources: Record<string, { mutations: string[]; files: Record<string, number> }>;
}
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as Manifest;

/** The fuzzing engine's report date and clock: the sample's year, fixed so figures do not move with the calendar. */
const REQUEST = { year: 2017, asOf: '2017-12-31', today: '2026-11-25', lang: 'vi' as const };

/** A sheet as the user sees it from A1: the grid's origin put back, dates as days. */
function fromA1(g: SheetGrid): Plain[][] {
  const { row = 0, col = 0 } = g.origin ?? {};
  const lines = plainGrid(g).map((line) => (line.length ? [...Array<Plain>(col).fill(null), ...line] : line));
  return [...Array.from({ length: row }, () => [] as Plain[]), ...lines];
}

function sheets(grids: SheetGrid[]) {
  return grids.map((g) => ({ name: g.name, cells: fromA1(g) }));
}

/** What a user checks of a run: every finding (rule, cell, values named) and every figure. */
function outcome(r: RunResult) {
  return {
    findings: r.findings.map((f) => ({ rule: f.rule, variant: f.variant, severity: f.severity, sheet: f.sheet, cell: f.cell, params: f.params, suggestion: f.suggestion })),
    figures: r.figures,
    year: r.year,
  };
}

/** The message our reader gives for a format it does not read yet ("… save it as .xlsx"). */
const NOT_READ_YET = /save (it )?as \.xlsx/i;

const hasTools = (() => {
  try {
    execFileSync('sh', ['-c', 'command -v soffice && command -v ssconvert'], { stdio: 'ignore' });
    const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
    execFileSync(python, ['-c', 'import openpyxl, xlsxwriter'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('the corpus of real writers', () => {
  it('was made from the current sample, fuzz seeds and writers (else `npm run corpus`)', () => {
    const fresh = committedHash() === inputsHash();
    if (!fresh && !hasTools) {
      console.warn('corpus: test/corpus/files was made from other inputs; LibreOffice/Gnumeric/openpyxl/XlsxWriter are not installed here, so it is checked as committed. Regenerate with `npm run corpus`.');
      return;
    }
    expect({ fresh, fix: 'npm run corpus' }).toEqual({ fresh: true, fix: 'npm run corpus' });
  });

  it('covers every writer and setting the issue names', () => {
    const all = Object.values(manifest.sources).flatMap((s) => Object.keys(s.files));
    for (const f of ['libreoffice.xlsx', 'libreoffice.ods', 'libreoffice.xls', 'libreoffice-1904.xlsx', 'libreoffice-formulas.xlsx', 'gnumeric.xlsx',
      'gnumeric-formulas.xlsx', 'openpyxl.xlsx', 'xlsxwriter.xlsx', 'xlsxwriter-inline.xlsx', 'xlsxwriter-1904.xlsx', 'xlsxwriter-formulas.xlsx',
      'xlsxwriter-1904-formulas.xlsx', 'libreoffice-formulas.ods', 'libreoffice-formulas.xls']) {
      expect(all).toContain(f);
    }
    expect(Object.keys(manifest.sources)).toEqual(expect.arrayContaining(['sample', 'fuzz-11']));
  });

  it('holds the cases that went wrong before: date1904="true", absolute targets, inline strings, formulas whose cached result is 0', () => {
    const part = (file: string, name: (n: string) => boolean) => {
      const parts = unzipSync(readFileSync(join(DIR, 'sample', file)));
      return Object.keys(parts).filter(name).map((n) => strFromU8(parts[n])).join('');
    };
    const sheets = (n: string) => /worksheets\/sheet\d+\.xml$/.test(n);
    expect(part('libreoffice-1904.xlsx', (n) => n === 'xl/workbook.xml')).toMatch(/date1904="true"/);
    expect(part('openpyxl.xlsx', (n) => n === 'xl/_rels/workbook.xml.rels')).toMatch(/Target="\/xl\/worksheets\//);
    expect(part('xlsxwriter-inline.xlsx', sheets)).toMatch(/t="inlineStr"/);
    expect(part('xlsxwriter-formulas.xlsx', sheets)).toMatch(/<f>ROUND\(0,0\)<\/f><v>0<\/v>/);
    expect(part('libreoffice-formulas.xlsx', sheets)).toMatch(/<f[^>]*>(_xlfn\.)?DATE\(/);
  });

  for (const [source, { files }] of Object.entries(manifest.sources)) {
    describe(source, () => {
      let original: { grids: SheetGrid[]; sheets: ReturnType<typeof sheets>; outcome: ReturnType<typeof outcome> };
      const read = async (file: string) => readSpreadsheet({ name: file, bytes: readFileSync(join(DIR, source, file)) });

      beforeAll(async () => {
        const grids = await read('original.xlsx');
        original = { grids, sheets: sheets(grids), outcome: outcome(runWorkbook(grids, REQUEST)) };
      });

      it('original: has the standard sheets and members to compare', () => {
        expect(original.outcome.figures).not.toBeNull();
        expect(original.grids.length).toBeGreaterThanOrEqual(3);
      });

      const others = Object.keys(files).filter((f) => f !== 'original.xlsx');
      it.each(others)('%s: same sheets, cells, findings and figures as the original', async (file) => {
        let grids: SheetGrid[];
        try {
          grids = await read(file);
        } catch (e) {
          const ext = extname(file);
          if (ext !== '.xlsx' && NOT_READ_YET.test((e as Error).message)) {
            console.log(`corpus: ${source}/${file} not checked: the reader does not take ${ext} files yet (${(e as Error).message})`);
            return;
          }
          throw e;
        }
        expect(sheets(grids)).toEqual(original.sheets);
        expect(outcome(runWorkbook(grids, REQUEST))).toEqual(original.outcome);
      });
    });
  }
});
