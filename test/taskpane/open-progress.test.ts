// While a file opens the pane says the stage and a count, not just "Đang mở tệp…".
import type { Progress } from '../../src/hosts/workbook';
import { FileHost } from '../../src/hosts/xlsx/file-host';
import { gridsToBuffer } from '../../src/hosts/xlsx/write-grids';
import { progressText } from '../../src/taskpane/logic/progress';
import { generateSample } from '../../src/sample';

describe('opening a file shows its stage and a count', () => {
  it('reports the rows read per sheet, then the building of the workbook with its row count', async () => {
    const seen: Progress[] = [];
    await FileHost.open(await gridsToBuffer(generateSample()), { fileName: 'MDrak.xlsx' }, (p) => seen.push(p));
    const reads = seen.filter((p) => p.step === 'read' && p.sheet === 'DangVien');
    expect(reads.length).toBeGreaterThan(0);
    const load = seen.find((p) => p.step === 'load')!;
    // The sample's four sheets: 3,044 members and more, all counted.
    expect(load.done).toBeGreaterThan(3044);
    expect(seen.indexOf(load)).toBeGreaterThan(seen.indexOf(reads[reads.length - 1]));
    const text = progressText(load, 'vi', 'open');
    expect(text).toMatch(/^Mở tệp · Đang dựng sổ để sửa và đánh dấu \(\d+\.\d{3} dòng\)/);
  });

  it('names the stage and the sheet in both languages', () => {
    expect(progressText({ step: 'read', done: 12000, total: 30000, sheet: 'DangVien' }, 'vi', 'open')).toBe('Mở tệp · Đang đọc sheet DangVien: 12.000 / 30.000 dòng…');
    expect(progressText({ step: 'read', done: 12000, total: 0, sheet: 'DangVien' }, 'en', 'open')).toBe('Opening · Reading sheet DangVien: 12,000 rows…');
    expect(progressText({ step: 'analyze', done: 0, total: 0 }, 'vi', 'check')).toBe('Đang kiểm tra và tính toán…');
  });
});
