/** T01–T10: the unit tree on ToChuc, and the structure model it follows. */
import { analyze } from '../../../src/core/analyze';
import { findingMessage } from '../../../src/core/findings';
import { RULE_TEXTS } from '../../../src/core/rules/registry';
import { byRule, check, issue, issues, TODAY, validBook } from '../fixture';

// Unit rows of the fixture: H 2, XA 3, XA-T1 4, XA-YT 5, XA-BP 6, XA-BP1 7, TH 8, TH-T1 9.

describe('T01 a unit code appears twice', () => {
  it('fires at the second code (trimmed, without case), naming the first', () => {
    const b = validBook();
    const row = b.addUnit(' th-t1 ', 'Tổ đảng khối 11', 'Tổ đảng', 'TH');
    expect(row).toBe(10);
    const f = check(b);
    expect(issues(f)).toEqual([issue('T01', 'error', 'ToChuc', 'A10')]);
    expect(f[0].message).toContain('A9');
  });

  it('does not fire for distinct codes, nor for a parent code written in another case', () => {
    const b = validBook();
    b.addUnit('TH-T2', 'Tổ đảng khối 11', 'Tổ đảng', ' th ');
    expect(check(b)).toEqual([]);
  });
});

describe('T02 an unknown kind or setting', () => {
  it('fires for a misspelt kind with the nearest kind as the fix', () => {
    const b = validBook().set('ToChuc', 'Loại', 9, 'Tổ đản'); // TH-T1, a Tổ đảng with no members
    const f = check(b);
    expect(issues(f)).toEqual([issue('T02', 'error', 'ToChuc', 'C9')]);
    expect(f[0].suggestion).toBe('Tổ đảng');
    expect(f[0].message).toContain('"Tổ đảng"');
  });

  it('fires for a misspelt setting with the nearest setting as the fix', () => {
    const b = validBook().set('ToChuc', 'Loại hình', 8, 'Trường họ');
    const f = check(b);
    expect(issues(f)).toEqual([issue('T02', 'error', 'ToChuc', 'E8')]);
    expect(f[0].suggestion).toBe('Trường học');
  });

  it('lists the valid kinds when nothing is near', () => {
    const b = validBook().set('ToChuc', 'Loại', 9, 'Ban cán sự');
    const f = check(b);
    expect(issues(f)).toEqual([issue('T02', 'error', 'ToChuc', 'C9')]);
    expect(f[0].suggestion).toBeUndefined();
    expect(f[0].message).toContain('Đảng bộ huyện, Đảng bộ cơ sở, Chi bộ cơ sở, Đảng bộ bộ phận, Chi bộ, Tổ đảng');
  });

  it("fires for a kind of another model (a province committee in a district workbook)", () => {
    const b = validBook();
    const row = b.addUnit('T', 'Đảng bộ tỉnh Đắk Lắk', 'Đảng bộ tỉnh', '');
    expect(issues(check(b))).toEqual([issue('T02', 'error', 'ToChuc', `C${row}`)]);
  });

  it.each([
    ['Loại', 3, 'ĐBCS'],
    ['Loại', 8, 'CBCS'],
    ['Loại', 4, 'Chi bộ trực thuộc'],
    ['Loại', 2, 'Huyện ủy'],
    ['Loại', 3, 'dang bo co so'],
    ['Loại', 8, 'CHI BỘ CƠ SỞ'],
    ['Loại hình', 3, 'Xã'],
    ['Loại hình', 3, 'Thị trấn'],
    ['Loại hình', 4, 'Buôn'],
    ['Loại hình', 4, 'Tổ dân phố'],
    ['Loại hình', 5, 'Trạm y tế'],
    ['Loại hình', 6, 'Công an'],
    ['Loại hình', 6, ''],
  ])('does not fire for %s = %p (row %i)', (col, row, value) => {
    const b = validBook().set('ToChuc', col as string, row as number, value);
    expect(check(b)).toEqual([]);
  });
});

describe('T03 the parent code is empty or names no unit', () => {
  it('fires when the parent names no unit', () => {
    const b = validBook().set('ToChuc', 'Mã cấp trên', 9, 'TH-9');
    const f = check(b);
    expect(issues(f)).toEqual([issue('T03', 'error', 'ToChuc', 'D9')]);
    expect(f[0].message).toContain('không trùng');
  });

  it('fires, with its own message, when the parent is empty', () => {
    const b = validBook().set('ToChuc', 'Mã cấp trên', 9, '  ');
    const f = check(b);
    expect(issues(f)).toEqual([issue('T03', 'error', 'ToChuc', 'D9')]);
    expect(f[0].message).toContain('Chưa nhập mã cấp trên');
  });

  it('does not fire for the root, which has no parent', () => {
    expect(byRule(check(validBook()), 'T03')).toEqual([]);
  });
});

describe('T04 not exactly one root', () => {
  it('fires for a second root, naming the first', () => {
    const b = validBook();
    b.addUnit('H2', 'Đảng bộ thị xã', 'Đảng bộ huyện', '');
    const f = check(b);
    expect(issues(f)).toEqual([issue('T04', 'error', 'ToChuc', 'C10')]);
    expect(f[0].message).toContain('C2');
  });

  it('fires at the kind header when there is no root', () => {
    const b = validBook();
    b.removeRow('ToChuc', 2);
    const f = check(b);
    // The TCCS now hang under an unknown code (T03), and the district's target names no unit (P01).
    expect(issues(f)).toEqual([
      issue('T03', 'error', 'ToChuc', 'D2'),
      issue('T03', 'error', 'ToChuc', 'D7'),
      issue('T04', 'error', 'ToChuc', 'C1'),
      issue('P01', 'error', 'ChiTieu', 'A2'),
    ]);
    expect(byRule(f, 'T04')[0].message).toContain('"Đảng bộ huyện"');
  });

  it('does not fire for a root written by an alias', () => {
    expect(check(validBook().set('ToChuc', 'Loại', 2, 'Huyện ủy'))).toEqual([]);
  });
});

describe('T05 the parent chain loops', () => {
  it('fires for a unit that is its own parent', () => {
    const b = validBook().set('ToChuc', 'Mã cấp trên', 9, 'TH-T1');
    expect(issues(check(b))).toEqual([issue('T05', 'error', 'ToChuc', 'D9')]);
  });

  it('fires at every unit of a longer loop', () => {
    const b = validBook().set('ToChuc', 'Mã cấp trên', 6, 'XA-BP1');
    expect(issues(byRule(check(b), 'T05'))).toEqual([issue('T05', 'error', 'ToChuc', 'D6'), issue('T05', 'error', 'ToChuc', 'D7')]);
  });

  it('does not fire on the valid tree', () => {
    expect(byRule(check(validBook()), 'T05')).toEqual([]);
  });
});

describe('T06 a kind under a parent it may not have', () => {
  it('fires for a Tổ đảng under a Đảng bộ cơ sở, naming the allowed parents', () => {
    const b = validBook().set('ToChuc', 'Mã cấp trên', 9, 'XA');
    const f = check(b);
    expect(issues(f)).toEqual([issue('T06', 'error', 'ToChuc', 'D9')]);
    expect(f[0].message).toBe('"Tổ đảng" không được trực thuộc "Đảng bộ cơ sở". Được trực thuộc: Chi bộ cơ sở, Chi bộ.');
  });

  it('fires for a Chi bộ cơ sở under a Chi bộ', () => {
    const b = validBook();
    const row = b.addUnit('TH2', 'Chi bộ Trường THCS', 'Chi bộ cơ sở', 'XA-T1');
    for (let k = 0; k < 3; k++) b.addMember('TH2');
    expect(issues(check(b))).toEqual([issue('T06', 'error', 'ToChuc', `D${row}`)]);
  });

  it.each([
    ['Tổ đảng under a Chi bộ', 'XA-T1'],
    ['Tổ đảng under a Chi bộ cơ sở', 'TH'],
  ])('does not fire for a %s', (_, parent) => {
    expect(check(validBook().set('ToChuc', 'Mã cấp trên', 9, parent))).toEqual([]);
  });

  it('does not fire for a Chi bộ directly under a Đảng bộ cơ sở nor under a Đảng bộ bộ phận (the fixture)', () => {
    expect(byRule(check(validBook()), 'T06')).toEqual([]);
  });
});

describe('the structure model', () => {
  /** The fixture as one commune's workbook (from 1/7/2025): the root is the commune committee. */
  const communal = () => validBook().set('ToChuc', 'Loại', 2, 'Đảng ủy xã').set('ToChuc', 'Tên tổ chức', 2, 'Đảng bộ xã Cư San');
  /** The fixture under a province: the root is the province, one commune holds both TCCS. */
  const provincial = () => {
    const b = validBook().set('ToChuc', 'Loại', 2, 'Đảng bộ tỉnh').set('ToChuc', 'Tên tổ chức', 2, 'Đảng bộ tỉnh Đắk Lắk');
    b.addUnit('X1', 'Đảng bộ xã Cư San', 'Đảng bộ xã', 'H', 'Xã/Thị trấn');
    b.set('ToChuc', 'Mã cấp trên', 3, 'X1').set('ToChuc', 'Mã cấp trên', 8, 'X1');
    return b;
  };

  it('is chosen by the root: the district model for a Đảng bộ huyện', () => {
    const a = analyze(validBook().grids, { today: TODAY, layouts: false });
    expect(a.model.id).toBe('district-2018');
    expect(a.figures!.groups).toEqual([]);
  });

  it('is the commune model for a Đảng ủy xã, and the workbook is valid under it', () => {
    const a = analyze(communal().grids, { today: TODAY, layouts: false });
    expect(a.model.id).toBe('commune-2025');
    expect(a.findings).toEqual([]);
    expect(a.figures!.district.tccs).toBe(2);
    expect(a.figures!.district.name).toBe('Đảng bộ xã Cư San');
  });

  it.each(['Đảng bộ phường', 'Đảng bộ đặc khu', 'Đảng ủy phường', 'Đảng bộ Công an tỉnh'])('reads %s as a root of the commune model', (kind) => {
    const a = analyze(communal().set('ToChuc', 'Loại', 2, kind).grids, { today: TODAY, layouts: false });
    expect(a.model.id).toBe('commune-2025');
    expect(a.findings).toEqual([]);
  });

  it('reads a Chi bộ directly under the commune committee as a chi bộ cơ sở, with an info (T11), never an error', () => {
    const b = communal().set('ToChuc', 'Loại', 8, 'Chi bộ');
    const a = analyze(b.grids, { today: TODAY, layouts: false });
    expect(issues(a.findings)).toEqual([issue('T11', 'info', 'ToChuc', 'C8')]);
    expect(findingMessage(a.findings[0], 'vi', RULE_TEXTS)).toContain('"Chi bộ cơ sở"');
    expect(a.findings[0].suggestion).toBe('Chi bộ cơ sở');
    expect(a.figures!.district.chiBoCoSo).toBe(1);
    expect(a.figures!.units.find((u) => u.code === 'TH')!.admitted).toBe(2);
  });

  it('keeps a Chi bộ directly under a district an error (the article’s model is unchanged)', () => {
    const f = check(validBook().set('ToChuc', 'Loại', 8, 'Chi bộ'));
    expect(byRule(f, 'T11')).toEqual([]);
    expect(byRule(f, 'T06').map((x) => x.cell)).toEqual(['D8']);
  });

  it('is the province model for a Đảng bộ tỉnh over its communes: province → commune → TCCS', () => {
    const a = analyze(provincial().grids, { today: TODAY, layouts: false });
    expect(a.model.id).toBe('province-2025');
    expect(a.findings).toEqual([]);
    const f = a.figures!;
    expect(f.groups.map((g) => [g.code, g.tccs, g.admitted, g.target, g.members])).toEqual([['X1', 2, 5, 5, f.district.members]]);
    expect(f.units.map((u) => u.group)).toEqual(['X1', 'X1']);
    // The province's own row (5) is its target.
    expect(f.district.target).toBe(5);
  });

  it('reads the province root by its aliases (Tỉnh ủy; Đảng bộ thành phố over wards)', () => {
    for (const kind of ['Tỉnh ủy', 'Đảng bộ thành phố']) {
      const a = analyze(provincial().set('ToChuc', 'Loại', 2, kind).grids, { today: TODAY, layouts: false });
      expect(a.model.id).toBe('province-2025');
      expect(a.findings).toEqual([]);
    }
  });

  it('T06 follows it: a TCCS directly under the province', () => {
    const f = check(provincial().set('ToChuc', 'Mã cấp trên', 8, 'H'));
    expect(issues(f)).toEqual([issue('T06', 'error', 'ToChuc', 'D8')]);
    expect(f[0].message).toContain('Được trực thuộc: Đảng bộ xã, Đảng bộ trực thuộc tỉnh');
  });

  it('T06 follows a model named in the options: the district workbook read as a commune’s', () => {
    const f = check(validBook(), { model: 'commune-2025' });
    expect(issues(f.filter((x) => x.rule.startsWith('T')))).toEqual([
      issue('T02', 'error', 'ToChuc', 'C2'), // Đảng bộ huyện is no kind of this model
      issue('T04', 'error', 'ToChuc', 'C1'),
      issue('T06', 'error', 'ToChuc', 'D3'),
      issue('T06', 'error', 'ToChuc', 'D8'),
    ]);
  });

  it('names the retired two-level model with what replaced it', () => {
    expect(() => analyze(validBook().grids, { model: 'two-level-2025' })).toThrow(/two-level-2025.*commune-2025.*province-2025/s);
    expect(() => analyze(validBook().grids, { model: 'nope' })).toThrow(/district-2018, commune-2025, province-2025/);
  });
});

describe('T07 a committee with no cell under it', () => {
  it('fires for a Đảng bộ bộ phận with no chi bộ', () => {
    const b = validBook();
    const row = b.addUnit('XA-BP2', 'Đảng bộ bộ phận cụm thôn', 'Đảng bộ bộ phận', 'XA');
    const f = check(b);
    expect(issues(f)).toEqual([issue('T07', 'error', 'ToChuc', `C${row}`)]);
    expect(f[0].message).toContain('"Đảng bộ bộ phận"');
  });

  it('fires for a Đảng bộ cơ sở whose only child is a Đảng bộ bộ phận with no cell (at both)', () => {
    const b = validBook();
    const row = b.addUnit('XB', 'Đảng bộ xã Ea Lai', 'Đảng bộ cơ sở', 'H');
    b.addUnit('XB-BP', 'Đảng bộ bộ phận', 'Đảng bộ bộ phận', 'XB');
    b.addRow('ChiTieu', { Mã: 'XB', Năm: 2017, 'Chỉ tiêu kết nạp': 0 });
    const f = check(b);
    expect(issues(byRule(f, 'T07'))).toEqual([issue('T07', 'error', 'ToChuc', `C${row}`), issue('T07', 'error', 'ToChuc', `C${row + 1}`)]);
  });

  it('does not fire for a Đảng bộ bộ phận with one chi bộ of three full members', () => {
    const b = validBook();
    b.addUnit('XA-BP2', 'Đảng bộ bộ phận cụm thôn', 'Đảng bộ bộ phận', 'XA');
    b.addUnit('XA-BP2-1', 'Chi bộ thôn 5', 'Chi bộ', 'XA-BP2', 'Thôn/Buôn');
    for (let k = 0; k < 3; k++) b.addMember('XA-BP2-1');
    expect(check(b)).toEqual([]);
  });
});

describe('T08 a cell with fewer than 3 full members', () => {
  function newCell(fullMembers: number, extra: (b: ReturnType<typeof validBook>) => void = () => {}) {
    const b = validBook();
    const row = b.addUnit('XA-T2', 'Chi bộ thôn 2', 'Chi bộ', 'XA', 'Thôn/Buôn');
    for (let k = 0; k < fullMembers; k++) b.addMember('XA-T2');
    extra(b);
    return { b, row };
  }

  it('fires for 2 full members and 1 probationary, with the count', () => {
    const { b, row } = newCell(2, (b) =>
      b.addMember('XA-T2', { 'Ngày vào Đảng': '10/06/2017', 'Ngày bồi dưỡng': '10/04/2017', 'Ngày chính thức': '', 'Số thẻ': '' }),
    );
    const f = check(b);
    expect(issues(f)).toEqual([issue('T08', 'warning', 'ToChuc', `A${row}`)]);
    expect(f[0].message).toContain('chỉ có 2 đảng viên chính thức');
  });

  it('counts at the report date: a full membership dated after it does not count yet', () => {
    const { b, row } = newCell(2, (b) =>
      b.addMember('XA-T2', { 'Ngày vào Đảng': '10/06/2017', 'Ngày bồi dưỡng': '10/04/2017', 'Ngày chính thức': '20/06/2018', 'Số thẻ': '' }),
    );
    expect(issues(check(b))).toEqual([issue('T08', 'warning', 'ToChuc', `A${row}`)]);
    // Reported a year later, the same member is full.
    expect(check(b, { asOf: '2018-12-31' }).filter((f) => f.rule === 'T08')).toEqual([]);
  });

  it('fires for a cell with no member at all', () => {
    const b = validBook();
    const row = b.addUnit('XA-T2', 'Chi bộ thôn 2', 'Chi bộ', 'XA', 'Thôn/Buôn');
    const f = check(b);
    expect(issues(f)).toEqual([issue('T08', 'warning', 'ToChuc', `A${row}`)]);
    expect(f[0].message).toContain('chỉ có 0');
  });

  it('does not fire for exactly 3 full members', () => {
    expect(check(newCell(3).b)).toEqual([]);
  });
});

describe('T09 a Đảng bộ cơ sở with fewer than 30 members', () => {
  // XA has 31 members at 31/12/2017 (rows 2–32).
  it('does not fire at exactly 30', () => {
    const b = validBook().removeRow('DangVien', 2);
    expect(check(b)).toEqual([]);
  });

  it('fires at 29, with the count', () => {
    const b = validBook().removeRow('DangVien', 2).removeRow('DangVien', 2);
    const f = check(b);
    expect(issues(f)).toEqual([issue('T09', 'warning', 'ToChuc', 'A3')]);
    expect(f[0].message).toContain('có 29 đảng viên (dưới 30)');
  });

  it('counts members who left before the report date out, and those who left after it in', () => {
    const b = validBook();
    for (const row of [3, 4]) b.set('DangVien', 'Tình trạng', row, 'Chuyển đi').set('DangVien', 'Ngày biến động', row, '01/06/2017');
    expect(issues(check(b))).toEqual([issue('T09', 'warning', 'ToChuc', 'A3')]);
    for (const row of [3, 4]) b.set('DangVien', 'Ngày biến động', row, '01/06/2018');
    expect(check(b)).toEqual([]);
  });
});

describe('T10 a Chi bộ cơ sở with 30 members or more', () => {
  it('is an info at 30', () => {
    const b = validBook();
    b.addMember('TH');
    const f = check(b);
    expect(issues(f)).toEqual([issue('T10', 'info', 'ToChuc', 'A8')]);
    expect(f[0].message).toContain('có 30 đảng viên');
  });

  it('does not fire at 29 (the fixture)', () => {
    expect(byRule(check(validBook()), 'T10')).toEqual([]);
  });
});
