// Every message the officer reads is plain Vietnamese (English when chosen) with one next step;
// what a program says goes under "technical details"; a failed open leaves no file name behind.
import { CATALOGUE } from '../../src/taskpane/i18n';
import { failureOf } from '../../src/taskpane/logic/errors';
import { LIMITS } from '../../src/hosts/excel/requirements';
import { gridsToBuffer } from '../../src/hosts/xlsx/write-grids';
import { generateSample } from '../../src/sample';
import { browserPane } from './panes';

const JARGON = /ExcelApi|tiến trình nền|zip bomb|undefined|exception|worker|Office\.js mới/i;

describe('plain messages', () => {
  it('no message of the catalogue or the limits uses a programmer’s word', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const [key, text] of Object.entries(CATALOGUE[lang])) expect(`${key}: ${text}`).not.toMatch(/ExcelApi|tiến trình nền|zip bomb/);
    }
    for (const l of Object.values(LIMITS)) for (const text of [l.vi, l.en]) expect(text).not.toMatch(/ExcelApi/);
  });

  it('a program error says what happened and what to do; its words go to the technical details', () => {
    const e = new TypeError("Cannot set properties of undefined (setting 'sheetNo')");
    const vi = failureOf(e, 'vi');
    expect(vi.text).not.toMatch(JARGON);
    expect(vi.text).toContain('sổ của bạn không bị thay đổi');
    expect(vi.text).toMatch(/Hãy bấm lại/);
    expect(vi.technical).toContain("setting 'sheetNo'");
    expect(failureOf(e, 'en').text).toMatch(/^The add-in ran into a problem.*Press the button again/);
  });

  it('a suspicious compression says the file may be damaged and how to save a new copy', () => {
    const f = failureOf({ name: 'UnreadableFileError', message: 'tệp nén bất thường (x), có thể là "zip bomb" / abnormal compression (x), a possible zip bomb' }, 'vi');
    expect(f.text).not.toMatch(JARGON);
    expect(f.text).toContain('có thể bị hỏng');
    expect(f.text).toContain('Lưu như');
  });

  it('after a failed open the header no longer names the previous file', async () => {
    const { c } = browserPane({ lang: 'vi', today: '2025-06-30' });
    const b = await gridsToBuffer(generateSample());
    await c.openFile(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer, 'MDrak-2017.xlsx');
    expect(c.getState().fileName).toBe('MDrak-2017.xlsx');
    await c.openFile(new TextEncoder().encode('not a zip at all').buffer as ArrayBuffer, 'Hong.xlsx');
    expect(c.getState().notice?.intent).toBe('error');
    expect(c.getState().fileName).toBeNull();
    expect(c.getState().result).toBeNull();
    // Nothing is open now: a check asks for a file rather than checking the old one.
    await c.check();
    expect(c.getState().notice?.text).toBe('Hãy mở một tệp .xlsx trước.');
  });
});
