/**
 * Findings say who and what in the pane and the user's own workbook (the member, the rejected
 * value and the allowed ones, the unit), and nothing of it reaches a file sent on.
 */
import { analyze, exportLayouts } from '../../src/core/analyze';
import { findingMessage, type Finding } from '../../src/core/findings';
import { RULE_TEXTS } from '../../src/core/rules/registry';
import { checkJson } from '../../src/cli/json';
import { TODAY, validBook, type Book } from './fixture';

const S = 'DangVien';

function findings(b: Book): Finding[] {
  return analyze(b.grids, { today: TODAY, layouts: false }).findings;
}
const shown = (f: Finding, lang: 'vi' | 'en' = 'vi') => findingMessage(f, lang, RULE_TEXTS, true);
const sentOn = (f: Finding, lang: 'vi' | 'en' = 'vi') => findingMessage(f, lang, RULE_TEXTS);
const one = (fs: Finding[], rule: string) => {
  const f = fs.filter((x) => x.rule === rule);
  expect(f).toHaveLength(1);
  return f[0];
};

describe('a finding names who and what, in the pane and the workbook only', () => {
  it('M01 names both members and points at the first row', () => {
    const b = validBook().set(S, 'Số lý lịch', 40, 'dl100003');
    const name40 = String(b.get(S, 'Họ và tên', 40));
    const name4 = String(b.get(S, 'Họ và tên', 4));
    const f = one(findings(b), 'M01');
    expect(shown(f)).toContain(`Đảng viên: ${name40}; ô A4 là của ${name4}.`);
    expect(shown(f, 'en')).toContain(`Member: ${name40}; A4 belongs to ${name4}.`);
    expect(f.related).toBe('A4');
    expect(sentOn(f)).not.toContain(name40);
    expect(sentOn(f)).not.toContain(name4);
  });

  it('M04 names the rejected value and the allowed ones', () => {
    const b = validBook().set(S, 'Giới tính', 35, 'Nuw');
    const f = one(findings(b), 'M04');
    expect(shown(f)).toContain('Ô đang ghi "Nuw"; các giá trị hợp lệ: Nam, Nữ.');
    expect(sentOn(f)).not.toContain('Nuw');
    const status = one(findings(validBook().set(S, 'Tình trạng', 35, 'Nghỉ hưu')), 'M04');
    expect(shown(status)).toContain('"Nghỉ hưu"');
    expect(shown(status)).toContain('Đang sinh hoạt, Miễn sinh hoạt, Chuyển đi');
    // A long list (the ethnic groups) shows its first values and how many there are.
    const ethnic = one(findings(validBook().set(S, 'Dân tộc', 35, 'Sao Hỏa')), 'M04');
    expect(shown(ethnic)).toMatch(/các giá trị hợp lệ: Kinh, .*… \(\d{2}\)\./);
  });

  it('any other member finding names the member of its row', () => {
    const b = validBook().set(S, 'Ngày sinh', 35, '31/02/1980');
    const f = one(findings(b), 'M03');
    expect(shown(f)).toContain(`Đảng viên: ${String(b.get(S, 'Họ và tên', 35))}.`);
  });

  it('P05 and T09 name the unit', () => {
    const p05 = one(findings(validBook().removeRow('ChiTieu', 4)), 'P05');
    expect(shown(p05)).toMatch(/Đơn vị: .+ \(.+\)\.$/);
    expect(p05.detail?.unit).toBeTruthy();
    const t09 = one(findings(validBook().removeRow(S, 2).removeRow(S, 2)), 'T09');
    expect(shown(t09, 'en')).toContain(`Unit: ${t09.detail!.unit} (${t09.detail!.code}).`);
  });

  it('the Kiểm tra sheet names them in the workbook and not in the export; check --json never', () => {
    const b = validBook().set(S, 'Số lý lịch', 40, 'dl100003').set(S, 'Giới tính', 35, 'Nuw');
    const name40 = String(b.get(S, 'Họ và tên', 40));
    const a = analyze(b.grids, { today: TODAY });
    const text = (layouts: typeof a.layouts) =>
      JSON.stringify(layouts.filter((l) => l.key === 'findings'));
    expect(text(a.layouts)).toContain(name40);
    expect(text(a.layouts)).toContain('Nuw');
    const exported = exportLayouts(a);
    expect(text(exported)).not.toContain(name40);
    expect(text(exported)).not.toContain('Nuw');
    const json = JSON.stringify(checkJson({ findings: a.findings, counts: a.counts }, 'vi'));
    expect(json).not.toContain(name40);
    expect(json).not.toContain('Nuw');
  });
});
