// The pane's plain logic: formats, progress words, the findings list, fixes, attainment, failures,
// where it runs, and the message catalogue.
import { SEVERITIES, type Finding } from '../../src/core/findings';
import { langOf, isDarkColor, queryOverrides } from '../../src/taskpane/env';
import { CATALOGUE, t } from '../../src/taskpane/i18n';
import { attainmentRows, nextSort, sortChoiceOf, sortRows } from '../../src/taskpane/logic/attainment';
import { classify, failureOf, PaneError, pickLanguage, serializeError } from '../../src/taskpane/logic/errors';
import { ALL_FINDINGS, filterFindings, findingSheets, findingTccsOptions, groupListed, toggleSeverity } from '../../src/taskpane/logic/findings-view';
import { fixesFor, isFixable } from '../../src/taskpane/logic/fixes';
import { barWidth, formatIsoDate, formatNumber, localToday, parseTypedDate, percentText } from '../../src/taskpane/logic/format';
import { progressText, progressValue } from '../../src/taskpane/logic/progress';
import { runWorkbook } from '../../src/pipeline/run';
import { cleanGrids, faultyGrids } from './fixtures';

describe('formats', () => {
  it('writes numbers the Vietnamese or English way', () => {
    expect(formatNumber(12000, 'vi')).toBe('12.000');
    expect(formatNumber(30000, 'en')).toBe('30,000');
  });
  it('rounds attainment half up as Excel does (167/150 → 111%, 13/8 → 163%)', () => {
    expect(percentText(167 / 150)).toBe('111%');
    expect(percentText(13 / 8)).toBe('163%');
    expect(percentText(0.145)).toBe('15%');
    expect(percentText(null)).toBe('—');
  });
  it('fills a bar up to 100% whatever the attainment', () => {
    expect(barWidth(1.11)).toBe(100);
    expect(barWidth(0.5)).toBe(50);
    expect(barWidth(null)).toBe(0);
    expect(barWidth(-1)).toBe(0);
  });
  it('reads a typed report date day first, never month first', () => {
    expect(parseTypedDate('31/12/2017')).toBe('2017-12-31');
    expect(parseTypedDate(' 1.2.2018 ')).toBe('2018-02-01');
    expect(parseTypedDate('2017-12-31')).toBe('2017-12-31');
    expect(parseTypedDate('')).toBe('');
    expect(parseTypedDate('12/31/2017')).toBeNull();
    expect(parseTypedDate('31/02/2017')).toBeNull();
    expect(parseTypedDate('31/12/17')).toBeNull();
    expect(parseTypedDate('2017')).toBeNull();
    expect(formatIsoDate('2017-12-31')).toBe('31/12/2017');
  });
  it('gives today in local time', () => {
    expect(localToday(new Date(2018, 0, 9, 23, 30))).toBe('2018-01-09');
  });
});

describe('progress', () => {
  it('says how far the reading is: "Đang đọc 12.000 / 30.000 dòng…"', () => {
    expect(progressText({ step: 'read', done: 12000, total: 30000 }, 'vi')).toBe('Đang đọc 12.000 / 30.000 dòng…');
    expect(progressText({ step: 'read', done: 12000, total: 30000 }, 'en')).toBe('Reading 12,000 / 30,000 rows…');
    expect(progressText({ step: 'read', done: 500, total: 0 }, 'vi')).toBe('Đang đọc 500 dòng…');
    expect(progressText({ step: 'analyze', done: 0, total: 0 }, 'vi')).toBe('Đang kiểm tra và tính toán…');
    expect(progressText({ step: 'something-new', done: 0, total: 0 }, 'en')).toBe('Working…');
  });
  it('is determinate only with a total', () => {
    expect(progressValue({ step: 'read', done: 5, total: 10 })).toBe(0.5);
    expect(progressValue({ step: 'read', done: 5, total: 0 })).toBeUndefined();
    expect(progressValue({ step: 'read', done: 15, total: 10 })).toBe(1);
  });
});

describe('the findings list', () => {
  const result = runWorkbook(faultyGrids(), { lang: 'vi', today: '2018-01-09' });

  it('knows the TCCS each finding is about', () => {
    const m05 = result.findings.findIndex((f) => f.rule === 'M05');
    const m14 = result.findings.findIndex((f) => f.rule === 'M14');
    expect(result.findingTccs[m14]).toBe('XA1');
    // The member with an unknown cell code belongs to no TCCS.
    expect(result.findingTccs[m05]).toBe('');
    expect(findingTccsOptions(result).map((o) => o.code)).toEqual(['XA1']);
    expect(findingSheets(result)).toEqual(expect.arrayContaining(['DangVien', 'ToChuc']));
  });

  it('filters by severity, sheet and TCCS', () => {
    const all = filterFindings(result, ALL_FINDINGS);
    expect(all).toHaveLength(result.findings.length);
    const errors = filterFindings(result, { ...ALL_FINDINGS, severities: ['error'] });
    expect(errors.every((l) => l.finding.severity === 'error')).toBe(true);
    expect(filterFindings(result, { ...ALL_FINDINGS, sheet: 'ToChuc' }).every((l) => l.finding.sheet === 'ToChuc')).toBe(true);
    expect(filterFindings(result, { ...ALL_FINDINGS, tccs: 'XA1' }).every((l) => l.tccs === 'XA1')).toBe(true);
  });

  it('toggles a severity and keeps the order error, warning, info', () => {
    const off = toggleSeverity(ALL_FINDINGS, 'warning');
    expect(off.severities).toEqual(['error', 'info']);
    expect(toggleSeverity(off, 'warning').severities).toEqual(SEVERITIES);
  });

  it('groups by rule, errors first, each with its first few and "+N more"', () => {
    const many: Finding[] = Array.from({ length: 12 }, (_, i) => ({ rule: 'M02', variant: 'default', severity: 'error', sheet: 'DangVien', cell: `B${i + 2}`, params: {} }));
    many.push({ rule: 'S04', variant: 'default', severity: 'info', sheet: 'DangVien', cell: 'Z1', params: {} });
    const r = { ...result, findings: many, findingTccs: many.map(() => '') };
    const groups = groupListed(filterFindings(r, ALL_FINDINGS));
    expect(groups.map((g) => g.rule)).toEqual(['M02', 'S04']);
    expect(groups[0].count).toBe(12);
    expect(groups[0].shown).toHaveLength(5);
    expect(groups[0].more).toBe(7);
    const expanded = groupListed(filterFindings(r, ALL_FINDINGS), () => 30);
    expect(expanded[0].more).toBe(0);
  });
});

describe('fixes', () => {
  const f = (rule: string, suggestion?: string, cell = 'C3'): Finding => ({ rule, variant: 'default', severity: 'warning', sheet: 'DangVien', cell, params: {}, suggestion });
  it('applies only the safe ones: legacy text and list values', () => {
    expect(isFixable(f('M14', 'Nguyễn Văn An'))).toBe(true);
    expect(isFixable(f('M04', 'Nữ'))).toBe(true);
    expect(isFixable(f('T02', 'Chi bộ'))).toBe(true);
    expect(isFixable(f('M04'))).toBe(false);
    expect(isFixable(f('M01', 'x'))).toBe(false);
    expect(isFixable(f('M14', 'x', ''))).toBe(false);
  });
  it('gives one fix per cell', () => {
    expect(fixesFor([f('M14', 'A'), f('M04', 'B'), f('M04', 'Nữ', 'E4'), f('M01', 'x')])).toEqual([
      { sheet: 'DangVien', cell: 'C3', value: 'A' },
      { sheet: 'DangVien', cell: 'E4', value: 'Nữ' },
    ]);
  });
});

describe('attainment', () => {
  const figures = runWorkbook(cleanGrids(), { lang: 'vi', today: '2018-01-09' }).figures!;
  it('puts the district first, each TCCS after, with percent, bar and verdict', () => {
    const { district, units } = attainmentRows(figures);
    expect(district).toMatchObject({ admitted: 4, target: 4, percent: '100%', verdict: 'met', bar: 100 });
    expect(units.map((u) => [u.code, u.admitted, u.target, u.percent, u.verdict])).toEqual([
      ['XA1', 3, 2, '150%', 'met'],
      ['CQ1', 1, 2, '50%', 'notMet'],
    ]);
  });
  it('says Đạt as the figures decided it, and nothing without a target', () => {
    const rows = attainmentRows(figures);
    for (const [r, u] of [[rows.district, figures.district], ...rows.units.map((r, i) => [r, figures.units[i]] as const)] as const) expect(r.verdict).toBe(u.verdict);
  });
  it('sorts, keeping rows without a target last', () => {
    const rows = attainmentRows(figures).units;
    const withNone = [...rows, { ...rows[1], code: 'Z', name: 'Ă', target: null, attainment: null, order: 2 }];
    expect(sortRows(withNone, 'attainment', 'desc').map((r) => r.code)).toEqual(['XA1', 'CQ1', 'Z']);
    expect(sortRows(withNone, 'attainment', 'asc').map((r) => r.code)).toEqual(['CQ1', 'XA1', 'Z']);
    expect(sortRows(withNone, 'name', 'asc', 'vi').map((r) => r.code)).toEqual(['Z', 'CQ1', 'XA1']);
    expect(nextSort({ key: 'name', dir: 'asc' }, 'name')).toEqual({ key: 'name', dir: 'desc' });
    expect(nextSort({ key: 'name', dir: 'asc' }, 'admitted')).toEqual({ key: 'admitted', dir: 'desc' });
    expect(sortChoiceOf({ key: 'attainment', dir: 'desc' })).toBe('attainmentDesc');
    expect(sortChoiceOf({ key: 'members' as never, dir: 'asc' })).toBe('order');
  });
});

describe('failures become one clear sentence', () => {
  it('recognises errors by name and code, also after postMessage', () => {
    expect(classify(Object.assign(new Error('x'), { name: 'AbortError' }))).toBe('cancelled');
    expect(classify(new PaneError('noFigures'))).toBe('noFigures');
    expect(classify(serializeError(new PaneError('needFile')))).toBe('needFile');
    expect(classify({ name: 'UnreadableFileError', message: 'a / b' })).toBe('unreadable');
    expect(classify({ name: 'RichApi.Error', code: 'RequestPayloadSizeLimitExceeded' })).toBe('tooLarge');
    expect(classify({ code: 'InvalidOperationInCellEditMode' })).toBe('editMode');
    expect(classify({ code: 'AccessDenied' })).toBe('protectedSheet');
    expect(classify({ name: 'ExcelTooOldError' })).toBe('requirements');
    expect(classify(new TypeError('boom'))).toBe('unexpected');
    expect(classify(undefined)).toBe('unexpected');
  });
  it('speaks the pane’s language and keeps details short', () => {
    expect(pickLanguage('tệp rỗng / the file is empty', 'en')).toBe('the file is empty');
    expect(pickLanguage('tệp rỗng / the file is empty', 'vi')).toBe('tệp rỗng');
    const f = failureOf({ name: 'UnreadableFileError', message: 'tệp rỗng / the file is empty' }, 'vi');
    expect(f).toEqual({ kind: 'unreadable', intent: 'error', text: 'Không đọc được tệp: tệp rỗng. Nếu tệp mở được trong Excel, hãy lưu lại thành .xlsx (Tệp → Lưu như) rồi mở lại.' });
    expect(failureOf(new PaneError('noStandardSheets'), 'en').intent).toBe('warning');
    expect(failureOf(Object.assign(new Error('x'), { name: 'AbortError' }), 'vi').intent).toBe('info');
    expect(failureOf({ code: 'GeneralException', message: 'x'.repeat(1000) }, 'en').text.length).toBeLessThan(450);
  });
});

describe('where the pane runs', () => {
  it('speaks English when Office does, Vietnamese otherwise', () => {
    expect(langOf('en-US')).toBe('en');
    expect(langOf('en-GB')).toBe('en');
    expect(langOf('vi-VN')).toBe('vi');
    expect(langOf('fr-FR')).toBe('vi');
    expect(langOf(undefined)).toBe('vi');
  });
  it('follows Office’s theme by its background colour', () => {
    expect(isDarkColor('#262626')).toBe(true);
    expect(isDarkColor('#000000')).toBe(true);
    expect(isDarkColor('#FFFFFF')).toBe(false);
    expect(isDarkColor('#E6E6E6')).toBe(false);
    expect(isDarkColor('not a colour')).toBe(false);
  });
  it('takes ?lang= and ?theme= from the address', () => {
    expect(queryOverrides('?lang=en&theme=dark')).toEqual({ lang: 'en', theme: 'dark' });
    expect(queryOverrides('?lang=fr&theme=blue')).toEqual({});
  });
});

describe('the message catalogue', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it('has every message in both languages, with the same placeholders', () => {
    const vi = CATALOGUE.vi;
    const en = CATALOGUE.en;
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect({ key, p: placeholders(en[key]) }).toEqual({ key, p: placeholders(vi[key]) });
      expect(vi[key].trim()).not.toBe('');
    }
  });
  it('fills placeholders', () => {
    expect(t('vi', 'currentFile', { name: 'a.xlsx' })).toBe('Tệp: a.xlsx');
  });
});
