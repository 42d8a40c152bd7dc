/**
 * The registry as a whole: every rule declared completely, every rule seen firing, findings that
 * always name a registered rule, messages in both languages, and the valid fixture clean.
 */
import { analyze, type AnalyzeOptions } from '../../../src/core/analyze';
import type { Finding, ShownFinding, Lang } from '../../../src/core/findings';
import { RULES, RULES_BY_ID, ruleTitle, variantSeverity } from '../../../src/core/rules/registry';
import { check, issue, issues, TODAY, validBook, type Book } from '../fixture';
import { expectNoPersonalData } from './helpers';

const EXPECTED_IDS = [
  ...['S01', 'S02', 'S03', 'S04', 'S05'],
  ...Array.from({ length: 10 }, (_, i) => `T${String(i + 1).padStart(2, '0')}`),
  ...Array.from({ length: 19 }, (_, i) => `M${String(i + 1).padStart(2, '0')}`),
  ...Array.from({ length: 6 }, (_, i) => `P${String(i + 1).padStart(2, '0')}`),
  'B01',
];

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the registry', () => {
  it('declares exactly the rules of rules.md, in order, once each', () => {
    expect(RULES.map((r) => r.id)).toEqual(EXPECTED_IDS);
    expect(RULES_BY_ID.size).toBe(EXPECTED_IDS.length);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s has a group, a severity, a source, a title and a default message', (id, rule) => {
    expect(rule.group).toBe(id[0]);
    expect(['error', 'warning', 'info']).toContain(rule.severity);
    expect(rule.source.trim()).not.toBe('');
    expect(rule.title.vi.trim()).not.toBe('');
    expect(rule.title.en.trim()).not.toBe('');
    expect(rule.messages.default).toBeDefined();
    expect(typeof rule.check).toBe('function');
    expect(ruleTitle(id, 'vi')).toBe(rule.title.vi);
    expect(ruleTitle(id, 'en')).toBe(rule.title.en);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s has vi and en messages with the same placeholders', (_, rule) => {
    for (const [variant, text] of Object.entries(rule.messages)) {
      expect({ variant, vi: text.vi.trim().length > 0, en: text.en.trim().length > 0 }).toEqual({ variant, vi: true, en: true });
      expect({ variant, en: placeholders(text.en) }).toEqual({ variant, en: placeholders(text.vi) });
    }
  });

  it('keeps the severities of rules.md', () => {
    const sev = Object.fromEntries(RULES.map((r) => [r.id, r.severity]));
    const info = ['S04', 'T10', 'P06'];
    const warning = ['T08', 'T09', 'M09', 'M10', 'M11', 'M12', 'M13', 'M14', 'M15', 'M16', 'M17', 'M18', 'M19', 'P05', 'B01'];
    for (const id of EXPECTED_IDS) expect([id, sev[id]]).toEqual([id, info.includes(id) ? 'info' : warning.includes(id) ? 'warning' : 'error']);
  });
});

describe('the valid fixture', () => {
  it.each<Lang>(['vi', 'en'])('yields no finding at all (lang %s)', (lang) => {
    const a = analyze(validBook().grids, { today: TODAY, lang });
    expect(a.findings).toEqual([]);
    expect(a.counts).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it('has the shape the rules need', () => {
    const a = analyze(validBook().grids, { today: TODAY });
    expect(a.year).toBe(2017);
    expect(a.model.id).toBe('district-2018');
    const d = a.figures!.district;
    expect([d.tccs, d.dangBoCoSo, d.chiBoCoSo]).toEqual([2, 1, 1]);
    expect(d.members).toBe(60);
    expect(d.admitted).toBe(5);
    expect(d.target).toBe(5);
    const units = Object.fromEntries(a.figures!.units.map((u) => [u.code, u]));
    expect(units.XA.members).toBe(31);
    expect(units.TH.members).toBe(29);
    expect([units.XA.admitted, units.XA.target, units.TH.admitted, units.TH.target]).toEqual([3, 3, 2, 2]);
    expect(units.XA.cells).toBe(3);
    expect(d.cellsUnder3Full).toBe(0);
    // A commune committee with a health cell; two village cells, each with a local member.
    expect(a.figures!.indicators.communesWithHealthCell).toMatchObject({ total: 1, met: 1 });
    expect(a.figures!.indicators.villageCellsWithLocal).toMatchObject({ total: 2, met: 2 });
    expect([a.figures!.training.classes, a.figures!.training.learners]).toEqual([2, 75]);
  });

  it('is valid whatever today is after the report year', () => {
    expect(analyze(validBook().grids, { today: '2018-01-01' }).findings).toEqual([]);
  });
});

/** One way to make each rule fire, with the finding expected (rule, severity, sheet, cell). */
const FIRES: [string, Finding['severity'], string, string, (b: Book) => void, AnalyzeOptions][] = [
  ['S01', 'error', 'ChiTieu', '', (b) => b.removeSheet('ChiTieu'), { year: 2017 }],
  ['S02', 'error', 'DangVien', 'A1', (b) => b.removeColumn('DangVien', 'Dân tộc'), {}],
  ['S03', 'error', 'ChiTieu', 'D1', (b) => b.addColumn('ChiTieu', 'Target'), {}],
  ['S04', 'info', 'ChiTieu', 'D1', (b) => b.addColumn('ChiTieu', 'Ghi chú'), {}],
  ['S05', 'error', 'DangVien', 'F9', (b) => b.set('DangVien', 'Dân tộc', 9, '#N/A'), {}],
  ['T01', 'error', 'ToChuc', 'A10', (b) => b.addUnit('TH-T1', 'Tổ đảng 2', 'Tổ đảng', 'TH'), {}],
  ['T02', 'error', 'ToChuc', 'E5', (b) => b.set('ToChuc', 'Loại hình', 5, 'Y tếe'), {}],
  ['T03', 'error', 'ToChuc', 'D9', (b) => b.set('ToChuc', 'Mã cấp trên', 9, 'ZZ'), {}],
  ['T04', 'error', 'ToChuc', 'C10', (b) => b.addUnit('H2', 'Đảng bộ huyện 2', 'Đảng bộ huyện', ''), {}],
  ['T05', 'error', 'ToChuc', 'D9', (b) => b.set('ToChuc', 'Mã cấp trên', 9, 'TH-T1'), {}],
  ['T06', 'error', 'ToChuc', 'D9', (b) => b.set('ToChuc', 'Mã cấp trên', 9, 'XA'), {}],
  ['T07', 'error', 'ToChuc', 'C10', (b) => b.addUnit('XA-BP2', 'Đảng bộ bộ phận 2', 'Đảng bộ bộ phận', 'XA'), {}],
  ['T08', 'warning', 'ToChuc', 'A10', (b) => b.addUnit('XA-T2', 'Chi bộ thôn 2', 'Chi bộ', 'XA'), {}],
  ['T09', 'warning', 'ToChuc', 'A3', (b) => b.removeRow('DangVien', 2).removeRow('DangVien', 2), {}],
  ['T10', 'info', 'ToChuc', 'A8', (b) => void b.addMember('TH'), {}],
  ['M01', 'error', 'DangVien', 'A5', (b) => b.set('DangVien', 'Số lý lịch', 5, 'DL100001'), {}],
  ['M02', 'error', 'DangVien', 'C5', (b) => b.set('DangVien', 'Họ và tên', 5, ''), {}],
  ['M03', 'error', 'DangVien', 'D40', (b) => b.set('DangVien', 'Ngày sinh', 40, '31/02/1990'), {}],
  ['M04', 'error', 'DangVien', 'E40', (b) => b.set('DangVien', 'Giới tính', 40, 'Nuw'), {}],
  ['M05', 'error', 'DangVien', 'H40', (b) => b.set('DangVien', 'Mã chi bộ', 40, 'ZZ'), {}],
  ['M06', 'error', 'DangVien', 'H40', (b) => b.set('DangVien', 'Mã chi bộ', 40, 'TH-T1'), {}],
  ['M07', 'error', 'DangVien', 'I40', (b) => b.set('DangVien', 'Ngày sinh', 40, '01/01/2000'), {}],
  ['M08', 'error', 'DangVien', 'D40', (b) => b.set('DangVien', 'Ngày sinh', 40, '01/01/2026'), {}],
  ['M09', 'warning', 'DangVien', 'J61', (b) => b.set('DangVien', 'Ngày chính thức', 61, '01/12/2017').set('DangVien', 'Số thẻ', 61, '19999999'), {}],
  ['M10', 'warning', 'DangVien', 'J61', (b) => b.set('DangVien', 'Ngày vào Đảng', 61, '06/06/2016').set('DangVien', 'Ngày bồi dưỡng', 61, ''), {}],
  ['M11', 'warning', 'DangVien', 'K61', (b) => b.set('DangVien', 'Ngày bồi dưỡng', 61, ''), {}],
  ['M12', 'warning', 'DangVien', 'N40', (b) => b.set('DangVien', 'Tình trạng', 40, 'Khai trừ').set('DangVien', 'Ngày biến động', 40, ''), {}],
  ['M13', 'warning', 'DangVien', 'C62', (b) => void b.addMember('XA-T1', { 'Họ và tên': 'Nguyễn Văn An', 'Ngày sinh': '01/01/1968' }), {}],
  ['M14', 'warning', 'DangVien', 'C40', (b) => b.set('DangVien', 'Họ và tên', 40, 'TrÇn V¨n §øc'), {}],
  ['M15', 'warning', 'DangVien', 'B40', (b) => b.set('DangVien', 'Số thẻ', 40, '1234'), {}],
  ['M16', 'warning', 'DangVien', 'O40', (b) => b.addColumn('DangVien', 'Số CCCD').set('DangVien', 'Số CCCD', 40, '0660850001'), {}],
  ['M17', 'warning', 'DangVien', 'I61', (b) => b.addColumn('DangVien', 'Kết nạp lại').addColumn('DangVien', 'Ngày ra khỏi Đảng trước').set('DangVien', 'Kết nạp lại', 61, 'Có').set('DangVien', 'Ngày ra khỏi Đảng trước', 61, '01/01/2016'), {}],
  ['M18', 'warning', 'DangVien', 'O61', (b) => b.addColumn('DangVien', 'Trình độ giáo dục phổ thông').set('DangVien', 'Trình độ giáo dục phổ thông', 61, '6/12'), {}],
  ['M19', 'warning', 'DangVien', 'J5', (b) => b.set('DangVien', 'Ngày vào Đảng', 5, '01/03/2014').set('DangVien', 'Ngày chính thức', 5, '01/03/2017'), {}],
  ['P01', 'error', 'ChiTieu', 'A5', (b) => void b.addRow('ChiTieu', { Mã: 'ZZ', Năm: 2017, 'Chỉ tiêu kết nạp': 1 }), {}],
  ['P02', 'error', 'ChiTieu', 'A5', (b) => void b.addRow('ChiTieu', { Mã: 'XA-YT', Năm: 2017, 'Chỉ tiêu kết nạp': 1 }), {}],
  ['P03', 'error', 'ChiTieu', 'A5', (b) => void b.addRow('ChiTieu', { Mã: 'TH', Năm: 2017, 'Chỉ tiêu kết nạp': 1 }), {}],
  ['P04', 'error', 'ChiTieu', 'C2', (b) => b.set('ChiTieu', 'Chỉ tiêu kết nạp', 2, -1), {}],
  ['P05', 'warning', 'ToChuc', 'A8', (b) => b.removeRow('ChiTieu', 4).removeRow('ChiTieu', 2), {}],
  ['P06', 'info', 'ChiTieu', 'C2', (b) => b.set('ChiTieu', 'Chỉ tiêu kết nạp', 2, 50), {}],
  // Transferred out in 2016, yet transferred in during 2017: counted as an increase with no decrease.
  ['B01', 'warning', 'DangVien', 'N1', (b) => b.addColumn('DangVien', 'Ngày chuyển đến').set('DangVien', 'Tình trạng', 40, 'Chuyển đi').set('DangVien', 'Ngày biến động', 40, '01/03/2016').set('DangVien', 'Ngày chuyển đến', 40, '01/06/2017'), {}],
];

function broken(edit: (b: Book) => void): Book {
  const b = validBook();
  edit(b);
  return b;
}

describe('every rule fires, alone, at its cell', () => {
  it('has a case for every registered rule', () => {
    expect(FIRES.map(([id]) => id)).toEqual(EXPECTED_IDS);
  });

  it.each(FIRES)('%s (%s) at %s!%s', (rule, severity, sheet, cell, edit, options) => {
    const b = broken(edit);
    const f = check(b, options);
    expect(issues(f)).toEqual([issue(rule, severity, sheet, cell)]);
    expectNoPersonalData(f, b);
  });
});

/** A template as a pattern: placeholders match anything. */
function templatePattern(template: string): RegExp {
  const parts = template.split(/\{\w+\}/g).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp('^' + parts.join('[\\s\\S]*?') + '$');
}

describe('findings', () => {
  /** Every breaking edit at once: a workbook with a bit of everything wrong. */
  function everythingWrong(): Book {
    const b = validBook();
    for (const [rule, , , , edit] of FIRES) {
      if (rule === 'S01' || rule === 'S02' || rule === 'T09' || rule === 'P05') continue; // they remove what others edit
      edit(b);
    }
    b.removeColumn('ToChuc', 'Tên tổ chức');
    return b;
  }

  /** The findings of every single-rule case and of the soup above, with their workbooks. */
  function everyFinding(lang: Lang): { book: Book; findings: ShownFinding[] }[] {
    const cases = FIRES.map(([, , , , edit, options]) => {
      const book = broken(edit);
      return { book, findings: check(book, { ...options, lang }) };
    });
    const soup = everythingWrong();
    return [...cases, { book: soup, findings: check(soup, { lang }) }];
  }

  it.each<Lang>(['vi', 'en'])('always carry a registered rule, a severity, a sheet, an A1 cell and a filled message (%s)', (lang) => {
    const all = everyFinding(lang);
    expect(all[all.length - 1].findings.length).toBeGreaterThan(15);
    const fired = new Set<string>();
    for (const { book, findings } of all) {
      const sheets = new Set(book.grids.map((g) => g.name));
      for (const x of findings) {
        const rule = RULES_BY_ID.get(x.rule);
        expect(rule).toBeDefined();
        fired.add(x.rule);
        expect(['error', 'warning', 'info']).toContain(x.severity);
        // The variant is one the rule declares, and the severity the one it declares for it.
        expect(Object.keys(rule!.messages)).toContain(x.variant);
        expect(x.severity).toBe(variantSeverity(rule!, x.variant));
        if (x.rule === 'S01') expect(x.cell).toBe('');
        else {
          expect(sheets.has(x.sheet)).toBe(true);
          expect(x.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
        }
        expect(x.message).not.toMatch(/\{\w+\}/);
        // The message is one of the rule's templates in the language asked for.
        const templates = Object.values(rule!.messages).map((t) => t[lang]);
        expect([x.rule, templates.some((t) => templatePattern(t).test(x.message))]).toEqual([x.rule, true]);
      }
      expectNoPersonalData(findings, book);
    }
    expect([...fired].sort()).toEqual([...EXPECTED_IDS].sort());
  });

  it('are in English with lang en, in the same order at the same cells', () => {
    const b = everythingWrong();
    const vi = check(b);
    const en = check(b, { lang: 'en' });
    expect(issues(en)).toEqual(issues(vi));
    en.forEach((x, i) => expect(x.message).not.toBe(vi[i].message));
  });

  it('say in English which sheet is missing and where it was looked for', () => {
    const [f] = check(validBook().removeSheet('ChiTieu'), { year: 2017, lang: 'en' });
    expect(f.message).toBe('Sheet ChiTieu not found. Looked for: ChiTieu, Chỉ tiêu, Kế hoạch, Plan. Add the sheet or rename it.');
  });

  it('give the English "did you mean" for a value outside its list', () => {
    const [f] = check(validBook().set('DangVien', 'Giới tính', 40, 'Nuw'), { lang: 'en' });
    expect(f.message).toBe('The value in column "Giới tính" is not in the list; did you mean "Nữ"?');
    expect(f.suggestion).toBe('Nữ');
  });

  it('carry a suggestion only where one exists, and mark the personal ones', () => {
    const f = check(everythingWrong());
    const withSuggestion = f.filter((x) => x.suggestion !== undefined).map((x) => x.rule);
    expect(new Set(withSuggestion)).toEqual(new Set(['T02', 'M04', 'M14']));
    expect(f.filter((x) => x.personal).map((x) => x.rule)).toEqual(['M14']);
  });
});
