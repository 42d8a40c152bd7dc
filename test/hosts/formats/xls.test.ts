/**
 * The .xls (BIFF8) reader on files built record by record (ole.ts): what Excel, LibreOffice and
 * WPS write for each kind of cell, strings split across records, dates, the 1904 system, sheet
 * order, passwords, damage and the limits.
 */
import { readSpreadsheet } from '../../../src/hosts/read-file';
import { LIMITS } from '../../../src/hosts/xlsx/inspect';
import { rkValue } from '../../../src/hosts/xls/read-xls';
import { plainGrid } from '../xlsx/grid-days';
import { cell, compoundFile, compoundFileMini, sstRecords, workbookStream, xls } from './ole';

const read = (bytes: Buffer, name = 'book.xls') => readSpreadsheet({ name, bytes });

describe('cells', () => {
  it('reads every kind of cell value, cached formula results included (0, FALSE, "", errors)', async () => {
    const [g] = await read(
      xls([
        {
          name: 'S',
          cells: [
            cell.label(0, 0, 0, 'Mã'),
            cell.number(0, 1, 0, 3.25),
            cell.rk(1, 0, 0, (1234 << 2) | 2),
            cell.rk(1, 1, 0, (1234 << 2) | 3),
            cell.rk(1, 2, 0, 0x3ff80000),
            cell.mulrk(2, 1, [[0, (7 << 2) | 2], [0, (-5 << 2) | 2]]),
            cell.boolerr(3, 0, 1, false),
            cell.boolerr(3, 1, 0x2a, true),
            cell.formula(4, 0, 0, 0),
            cell.formula(4, 1, 0, [1, 0]),
            cell.formula(4, 2, 0, [3, 0]),
            cell.formula(4, 3, 0, [2, 0x07]),
            cell.formula(4, 4, 0, [0, 0]),
            cell.string('Chi bộ 1'),
          ],
        },
      ]),
    );
    expect(g.values[0]).toEqual(['Mã', 3.25]);
    expect(g.values[1]).toEqual([1234, 12.34, 1.5]);
    expect(g.values[2]).toEqual([undefined, 7, -5]);
    expect(g.values[3]).toEqual([true, '#N/A']);
    expect(g.values[4]).toEqual([0, false, '', '#DIV/0!', 'Chi bộ 1']);
  });

  it('decodes RK numbers as [MS-XLS] 2.5.217 says', () => {
    expect(rkValue(0x3ff00000)).toBe(1);
    expect(rkValue(0x3ff00001)).toBe(0.01);
    expect(rkValue((100 << 2) | 2)).toBe(100);
    expect(rkValue((-1 << 2) | 2)).toBe(-1);
  });

  it('reads shared strings across a CONTINUE record, the width changing at the break', async () => {
    const strings = ['Nguyễn Văn An', 'Đảng bộ xã Yang Kly', 'abcdefghij'];
    for (const wideAfter of [true, false]) {
      // The break falls inside the third string; what follows it is in two-byte characters or one.
      const sst = sstRecords(['Nguyen Van An', 'Dang bo', 'abcdefghij'].map((s, i) => (wideAfter && i === 0 ? strings[0] : s)), { at: 2, char: 4, wideAfter });
      const [g] = await read(xls([{ name: 'S', cells: [cell.sst(0, 0, 0, 0), cell.sst(0, 1, 0, 1), cell.sst(0, 2, 0, 2)] }], { sst }));
      expect(g.values[0]).toEqual([wideAfter ? strings[0] : 'Nguyen Van An', 'Dang bo', 'abcdefghij']);
    }
  });
});

describe('the container', () => {
  it('reads a small Workbook stream kept in the mini stream (64-byte sectors)', async () => {
    const stream = workbookStream([{ name: 'Nhỏ', cells: [cell.label(0, 0, 0, 'Mã'), cell.rk(0, 1, 0, (42 << 2) | 2)] }]);
    expect(stream.length).toBeLessThan(4096);
    const [g] = await read(compoundFileMini({ name: 'Workbook', data: stream }));
    expect([g.name, g.values]).toEqual(['Nhỏ', [['Mã', 42]]]);
  });
});

describe('dates', () => {
  const dateBook = (date1904: boolean) =>
    xls([{ name: 'S', cells: [cell.number(0, 0, 1, date1904 ? 41426 : 42888), cell.number(0, 1, 2, 45000), cell.number(0, 2, 3, 42888), cell.number(0, 3, 0, 42888)] }], {
      date1904,
      formats: { 164: 'dd/mm/yyyy', 165: '#,##0.00' },
      // XF 0 General, 1 custom date, 2 built-in 14 (a date), 3 custom number.
      xfs: [0, 164, 14, 165],
    });

  it('tells dates from numbers by their format (built-in and custom)', async () => {
    const [g] = await read(dateBook(false));
    expect(plainGrid(g)).toEqual([['02/06/2017', '15/03/2023', 42888, 42888]]);
    expect(g.date1904).toBeUndefined();
  });

  it('honours DATEMODE: a 1904 workbook’s serials land on their day', async () => {
    const [g] = await read(dateBook(true));
    expect(g.date1904).toBe(true);
    expect(plainGrid(g)[0][0]).toBe('02/06/2017');
  });
});

describe('sheets', () => {
  it('keeps the workbook’s order whatever the order of the substreams, hidden sheets included', async () => {
    const grids = await read(
      xls(
        [
          { name: 'ToChuc', cells: [cell.label(0, 0, 0, 'a')] },
          { name: 'Ẩn', cells: [cell.label(0, 0, 0, 'b')], hidden: 1 },
          { name: 'DangVien', cells: [cell.label(0, 0, 0, 'c')] },
        ],
        { streamOrder: [2, 0, 1] },
      ),
    );
    expect(grids.map((g) => [g.name, g.values[0][0]])).toEqual([
      ['ToChuc', 'a'],
      ['Ẩn', 'b'],
      ['DangVien', 'c'],
    ]);
  });
});

describe('files that cannot be read: one line', () => {
  const PASSWORD = /password-protected: open it in Excel, save a copy without a password/;
  it('a password (FILEPASS)', async () => {
    await expect(read(xls([{ name: 'S', cells: [] }], { password: true }))).rejects.toThrow(PASSWORD);
    await expect(read(xls([{ name: 'S', cells: [] }], { password: true }))).rejects.toThrow(/có mật khẩu bảo vệ/);
  });

  it('an encrypted .xlsx (EncryptionInfo + EncryptedPackage), whatever its name', async () => {
    const file = compoundFile([
      { name: 'EncryptionInfo', data: Buffer.alloc(200, 1) },
      { name: 'EncryptedPackage', data: Buffer.alloc(5000, 2) },
    ]);
    await expect(read(file, 'so.xlsx')).rejects.toThrow(PASSWORD);
  });

  it('a record running past the end of the stream names the record and its place', async () => {
    const stream = workbookStream([{ name: 'S', cells: [cell.label(0, 0, 0, 'x')] }]);
    // The sheet's EOF replaced by a LABEL record claiming 32,767 bytes.
    const cut = stream.subarray(0, stream.length - 4);
    await expect(read(compoundFile([{ name: 'Workbook', data: Buffer.concat([cut, Buffer.from([0x04, 0x02, 0xff, 0x7f])]) }]))).rejects.toThrow(
      /the \.xls file is damaged \(.*record 0x0204 at byte \d+ of the Workbook stream\)/,
    );
  });

  it('a truncated container, a sector loop and a sheet pointing past the stream are damage', async () => {
    const good = xls([{ name: 'S', cells: [cell.label(0, 0, 0, 'x')] }]);
    await expect(read(good.subarray(0, 1500))).rejects.toThrow(/the \.xls file is damaged \(.*OLE container/);
    const loop = Buffer.from(good);
    // The stream's first sector points back to itself in the FAT.
    const dirAt = 512 * (1 + loop.readUInt32LE(48));
    const start = loop.readUInt32LE(dirAt + 128 + 116);
    loop.writeUInt32LE(start, 512 + start * 4);
    await expect(read(loop)).rejects.toThrow(/sector loop/);
    const stream = workbookStream([{ name: 'S', cells: [] }]);
    // BOUNDSHEET's offset (its first 4 bytes of data) moved past the end.
    const at = stream.indexOf(Buffer.from([0x85, 0x00]));
    stream.writeUInt32LE(1_000_000, at + 4);
    await expect(read(compoundFile([{ name: 'Workbook', data: stream }]))).rejects.toThrow(/damaged.*BOF \(sheet "S"\)/);
  });

  it('an Excel 5.0/95 file and an OLE file that is no workbook', async () => {
    await expect(read(compoundFile([{ name: 'Book', data: Buffer.alloc(100) }]))).rejects.toThrow(/Excel 5\.0\/95 file, too old/);
    await expect(read(compoundFile([{ name: 'WordDocument', data: Buffer.alloc(100) }]))).rejects.toThrow(/not an Excel workbook \(no Workbook stream\)/);
  });

  it('counts cells and shared strings against the limits', async () => {
    const saved = { ...LIMITS };
    try {
      const cells = Array.from({ length: 100 }, (_, r) => cell.rk(r, 0, 0, (r << 2) | 2));
      Object.assign(LIMITS, { maxCells: 100 });
      expect((await read(xls([{ name: 'S', cells }])))[0].values).toHaveLength(100);
      Object.assign(LIMITS, { maxCells: 99 });
      await expect(read(xls([{ name: 'S', cells }]))).rejects.toThrow(/more than 99 rows and cells/);
      Object.assign(LIMITS, { maxSharedStrings: 2 });
      await expect(read(xls([{ name: 'S', cells: [] }], { sst: sstRecords(['a', 'b', 'c']) }))).rejects.toThrow(/more than 2 strings/);
    } finally {
      Object.assign(LIMITS, saved);
    }
  });
});
