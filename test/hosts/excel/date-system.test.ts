/**
 * The 1904 date system inside Excel: Office.js has no property for it, so the host asks a few date
 * cells for their text (what Excel shows) and reads their serials the way the text agrees with.
 * The fake shows a 1904 workbook's serials as Excel does, four years and a day later.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { decideDate1904, dateProbes, systemOfText } from '../../../src/hosts/excel/date-system';
import { readXlsx } from '../../../src/hosts/xlsx/xlsx-reader';
import { createFakeExcel } from '../../fake-excel';
import { analyzeGrids, comparable, fakeWith, hostOf } from './helpers';

const FIX = join(__dirname, '../../fixtures/formats');
const fixture = (name: string) => readXlsx(readFileSync(join(FIX, name)));

describe('telling the system from a date cell’s text', () => {
  // 42888 is 02/06/2017 counted from 1900, 03/06/2021 counted from 1904.
  it.each([
    ['02/06/2017', false],
    ['03/06/2021', true],
    ['6/3/21', true],
    ['6/2/17', false],
    ['02-Jun-2017', false],
    ['Tháng 6 năm 2021, ngày 3', true],
    ['', null],
    ['####', null],
  ])('“%s” → %s', (text, expected) => {
    expect(systemOfText(42888, text)).toBe(expected);
  });

  it('takes the first probe whose text tells, and the 1900 system when none does', () => {
    const probes = [
      { sheet: 'S', row: 1, col: 1, serial: 42888 },
      { sheet: 'S', row: 2, col: 1, serial: 42888 },
    ];
    expect(decideDate1904(probes, ['', '03/06/2021'])).toBe(true);
    expect(decideDate1904(probes, ['?', '?'])).toBe(false);
  });

  it('asks only date-formatted serials without a time', () => {
    const probes = dateProbes([
      {
        name: 'S',
        values: [[42888, 42888, 42888, 'x']],
        numberFormats: [[null, 'dd/mm/yyyy hh:mm', 'dd/mm/yyyy', null]],
        origin: { row: 4, col: 2 },
      },
    ]);
    expect(probes).toEqual([{ sheet: 'S', row: 4, col: 4, serial: 42888 }]);
  });
});

describe('the fake shows dates as Excel does in either system', () => {
  it('a 1904 workbook’s text is four years and a day after the 1900 reading', async () => {
    for (const [date1904, shown] of [[false, '02/06/2017'], [true, '03/06/2021']] as const) {
      const fake = createFakeExcel();
      fake.state.date1904 = date1904;
      fake.state.addSheet('S').put(0, 0, 42888, 'dd/mm/yyyy');
      const text = await fake.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem('S').getRange('A1').load('text,values');
        await ctx.sync();
        return { text: r.text[0][0], value: r.values[0][0] };
      });
      expect(text).toEqual({ text: shown, value: 42888 });
    }
  });
});

describe('the Excel host reads a 1904 workbook’s dates on their day', () => {
  it.each([
    ['members-300-1904.xlsx', true],
    ['members-300.xlsx', false],
  ])('%s: date1904 %s, the findings and figures of the file read directly', async (name, is1904) => {
    const grids = await fixture(name);
    const fake = fakeWith(grids);
    expect(fake.state.date1904).toBe(is1904);
    const host = hostOf(fake);
    const read = await host.readGrids();
    expect(read.map((g) => g.date1904 === true)).toEqual(read.map(() => is1904));
    expect(comparable(analyzeGrids(read))).toEqual(comparable(analyzeGrids(grids)));
  });

  it('the 1904 workbook read as 1900 would be wrong: the detection is what makes it right', async () => {
    const grids = await fixture('members-300-1904.xlsx');
    const as1900 = grids.map((g) => ({ ...g, date1904: false }));
    expect(comparable(analyzeGrids(as1900)).findings).not.toEqual(comparable(analyzeGrids(grids)).findings);
  });

  it('a workbook without dates costs no extra sync', async () => {
    const fake = fakeWith([{ name: 'ChiTieu', values: [['Mã', 'Năm', 'Chỉ tiêu kết nạp'], ['HU', 2017, 150]] }]);
    await hostOf(fake).readGrids();
    expect(fake.stats.syncs).toBe(3);
  });
});
