/** The optional member columns of the statistical forms: read when present, and membership honours `Ngày chuyển đến`. */
import { analyze } from '../../../src/core/analyze';
import { check, TODAY, validBook, YEAR } from '../fixture';

const run = (grids = validBook().grids, asOf?: string) => analyze(grids, { today: TODAY, year: YEAR, asOf, layouts: false });

describe('optional member columns', () => {
  it('are read into the member records and raise no unknown-column info', () => {
    const book = validBook();
    book.addColumn('DangVien', 'Ngày chuyển đến').addColumn('DangVien', 'Nơi chuyển đến/đi').addColumn('DangVien', 'Đoàn viên');
    book.addColumn('DangVien', 'Kết nạp lại').addColumn('DangVien', 'Lý luận chính trị').addColumn('DangVien', 'Số CCCD');
    const row = book.addMember('TH', { 'Ngày chuyển đến': '01/03/2017', 'Nơi chuyển đến/đi': 'ngoai tinh', 'Đoàn viên': 'x', 'Kết nạp lại': 'Không', 'Lý luận chính trị': 'Trung cấp LLCT', 'Số CCCD': '066085000123' });
    const a = run(book.grids);
    const m = a.parsed.members!.records.find((r) => r.row === row - 1)!;
    expect(m).toMatchObject({ transferPlace: 'Ngoài tỉnh', youthUnion: true, readmitted: false, politicalTheory: 'Trung cấp', citizenId: '066085000123' });
    expect(a.findings.filter((f) => f.rule === 'S04')).toEqual([]);
  });

  it('count a member who transferred in after the report date only from that date', () => {
    const base = run().figures!.district.members;
    const book = validBook();
    book.addColumn('DangVien', 'Ngày chuyển đến');
    book.addMember('TH', { 'Ngày chuyển đến': '15/02/2018' });
    expect(run(book.grids).figures!.district.members).toBe(base);
    expect(run(book.grids, '2018-02-15').figures!.district.members).toBe(run(validBook().grids, '2018-02-15').figures!.district.members + 1);
  });

  it('count a restored member from the status date', () => {
    const book = validBook();
    book.addMember('TH', { 'Tình trạng': 'Phục hồi đảng tịch', 'Ngày biến động': '01/06/2018' });
    expect(run(book.grids).figures!.district.members).toBe(run().figures!.district.members);
    expect(check(book).filter((f) => f.rule === 'M04')).toEqual([]);
  });

  it('read a value outside their list as a finding (M04), like the required columns', () => {
    const book = validBook();
    book.addColumn('DangVien', 'Nơi chuyển đến/đi');
    book.addMember('TH', { 'Nơi chuyển đến/đi': 'Sao Hỏa' });
    expect(check(book).filter((f) => f.rule === 'M04').length).toBe(1);
  });
});
