/**
 * The PDF of the sample report: valid, three A4 pages, and (with poppler-utils' pdftotext) the
 * figures and the parts of the document format in its text, page numbers from page 2, the
 * table's header on each page it runs over, and no table row split between pages.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { draftReport, tableRowCells, type DraftedReport } from '../../src/report/draft';
import { loadReportFonts } from '../../src/report/fonts-node';
import { renderReportPdf } from '../../src/report/pdf';
import { defaultReportSettings } from '../../src/report/settings';
import { figures, sampleFigures, unit } from './helpers';

const POPPLER = spawnSync('pdftotext', ['-v']).status === 0 && spawnSync('pdfinfo', ['-v']).status === 0;
if (!POPPLER) {
  console.warn('test/report/pdf.test.ts: pdftotext/pdfinfo not found — the PDF text checks are SKIPPED. Install poppler-utils (apt-get install -y poppler-utils).');
}
const withPoppler = POPPLER ? it : it.skip;

const fonts = loadReportFonts();
const dir = mkdtempSync(join(tmpdir(), 'dangvien-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function write(d: DraftedReport, name: string): Promise<{ bytes: Uint8Array; file: string }> {
  const bytes = await renderReportPdf(d, fonts, { creationDate: new Date(Date.UTC(2018, 0, 9)) });
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return { bytes, file };
}

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
  return r.stdout;
}

function pages(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))![1]);
}

function pageText(file: string, page: number): string {
  return run('pdftotext', ['-f', String(page), '-l', String(page), file, '-']);
}

const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('the sample report as PDF', () => {
  const f = sampleFigures();
  const drafted = draftReport(f, defaultReportSettings(f));
  let pdf: { bytes: Uint8Array; file: string };
  beforeAll(async () => {
    pdf = await write(drafted, 'sample.pdf');
  }, 30_000);

  it('is a PDF file with the fonts embedded', () => {
    const head = new TextDecoder('latin1').decode(pdf.bytes.slice(0, 8));
    const tail = new TextDecoder('latin1').decode(pdf.bytes.slice(-16));
    expect(head).toMatch(/^%PDF-1\.7/);
    expect(tail).toContain('%%EOF');
    const text = new TextDecoder('latin1').decode(pdf.bytes);
    expect(text).toMatch(/\/FontFile2/);
    expect(text).toMatch(/LiberationSerif/);
    // Nothing but the fonts passed in: pdfkit's browser build has no standard fonts.
    expect(text).not.toMatch(/\/BaseFont \/Helvetica/);
  });

  it('gives the same bytes for the same report', async () => {
    const again = await renderReportPdf(drafted, fonts, { creationDate: new Date(Date.UTC(2018, 0, 9)) });
    expect(Buffer.from(again).equals(Buffer.from(pdf.bytes))).toBe(true);
  });

  withPoppler('has three A4 portrait pages', () => {
    const info = run('pdfinfo', [pdf.file]);
    expect(pages(pdf.file)).toBe(3);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(info).toContain('Title:           BÁO CÁO kết quả công tác phát triển đảng viên năm 2017');
  });

  withPoppler('carries the parts of the document format on its first page', () => {
    const p1 = pageText(pdf.file, 1);
    for (const part of [
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      "HUYỆN ỦY M'ĐRẮK",
      '*',
      '-BC/HU',
      "M'Đrắk, ngày … tháng … năm …",
      'BÁO CÁO',
      'kết quả công tác phát triển đảng viên năm 2017',
    ]) {
      expect(p1).toContain(part);
    }
    expect(p1).toMatch(/Số\s+-BC\/HU/);
  });

  withPoppler('carries the figures: the article’s sentence, Cư San, the training classes', () => {
    const all = flat(run('pdftotext', [pdf.file, '-']));
    expect(all).toContain(
      "Năm 2017, toàn Đảng bộ huyện đã kết nạp 167 đảng viên mới, đạt 111% kế hoạch, nâng tổng số đảng viên lên 3.044 đồng chí, sinh hoạt ở 39 tổ chức cơ sở đảng (trong đó 21 đảng bộ và 18 chi bộ trực thuộc Huyện ủy; 300 chi bộ trực thuộc đảng bộ cơ sở).",
    );
    expect(all).toContain('Đảng bộ xã Cư San (kết nạp 13 đảng viên, đạt 163% kế hoạch)');
    expect(all).toContain('22 lớp bồi dưỡng chính trị với tổng số 2.739 học viên');
    expect(all).toContain('3 lớp bồi dưỡng nhận thức về Đảng với 310 đối tượng');
  });

  withPoppler('ends with the signature block and Nơi nhận', () => {
    const last = pageText(pdf.file, pages(pdf.file));
    expect(last).toContain('T/M BAN THƯỜNG VỤ');
    expect(last).toContain('Nơi nhận:');
    expect(last).toContain('- Lưu Văn phòng Huyện ủy.');
  });

  withPoppler('numbers the pages from the second, at the top', () => {
    const top = (page: number) =>
      run('pdftotext', ['-f', String(page), '-l', String(page), '-x', '0', '-y', '0', '-W', '596', '-H', '45', pdf.file, '-']).trim();
    expect(top(1)).toBe('');
    expect(top(2)).toBe('2');
    expect(top(3)).toBe('3');
  });

  withPoppler('repeats the table header on each page it runs over and never splits a row', () => {
    // pdftotext joins a word hyphenated at a line's end: compare without hyphens.
    const bare = (s: string) => flat(s.replace(/-/g, ' '));
    const texts = Array.from({ length: pages(pdf.file) }, (_, i) => bare(pageText(pdf.file, i + 1)));
    const rowText = (r: (typeof drafted.table.rows)[number]) => bare(tableRowCells(r, 'vi').join(' '));
    // Each row whole, its cells in order, on exactly one page: a row split between pages would cut it.
    for (const r of drafted.table.rows) {
      expect({ row: r.no, pages: texts.filter((t) => ` ${t} `.includes(` ${rowText(r)} `)).length }).toEqual({ row: r.no, pages: 1 });
    }
    const withRows = texts.filter((t) => drafted.table.rows.some((r) => t.includes(rowText(r))));
    expect(withRows.length).toBeGreaterThan(1);
    for (const t of withRows) expect(t).toContain('STT Tổ chức cơ sở đảng Chỉ tiêu Kết nạp Tỷ lệ Đánh giá');
    // pdftotext may read the total's label after its numbers (they share a baseline to a fraction of a point).
    expect(texts.join(' ')).toMatch(/Tổng cộng 150 167 111% Đạt|150 167 111% Đạt Tổng cộng/);
  });
});

describe('other reports as PDF', () => {
  withPoppler('the closing sentence goes over with the signature when the block does not fit below it', async () => {
    const f = figures([unit('X01', 'Đảng bộ xã A', 3, 4)]);
    const { file } = await write(draftReport(f, defaultReportSettings(f)), 'short.pdf');
    expect(pages(file)).toBe(2);
    const last = flat(pageText(file, 2));
    expect(last).toContain('Trên đây là báo cáo kết quả công tác phát triển đảng viên năm 2017');
    expect(last).toContain('T/M BAN THƯỜNG VỤ');
    expect(flat(pageText(file, 1))).not.toContain('Trên đây là báo cáo');
  }, 30_000);

  withPoppler('a long table runs over pages with its header on each', async () => {
    const many = Array.from({ length: 150 }, (_, i) => unit(`X${i}`, `Đảng bộ xã số ${i + 1}`, 10, 10 + (i % 3)));
    const f = figures(many);
    const { file } = await write(draftReport(f, defaultReportSettings(f)), 'long.pdf');
    const n = pages(file);
    expect(n).toBeGreaterThan(4);
    let rows = 0;
    for (let p = 1; p <= n; p++) {
      const t = flat(pageText(file, p));
      const here = many.filter((u) => new RegExp(`${u.name} 10 `).test(t)).length;
      if (here) expect(t).toContain('STT Tổ chức cơ sở đảng');
      rows += here;
    }
    expect(rows).toBe(150);
  }, 60_000);

  withPoppler('a draft from a workbook with errors: DỰ THẢO on every page, the errors that remain on the first', async () => {
    const many = Array.from({ length: 60 }, (_, i) => unit(`X${i}`, `Đảng bộ xã số ${i + 1}`, 10, 10));
    const f = figures(many);
    const { file } = await write(draftReport(f, defaultReportSettings(f), 'vi', { errors: 7 }), 'draft.pdf');
    const n = pages(file);
    expect(n).toBeGreaterThan(1);
    for (let p = 1; p <= n; p++) expect(flat(pageText(file, p))).toContain('DỰ THẢO');
    expect(flat(pageText(file, 1))).toContain('Sổ còn 7 lỗi chưa sửa');
    const clean = await write(draftReport(f, defaultReportSettings(f)), 'clean.pdf');
    expect(flat(run('pdftotext', [clean.file, '-']))).not.toContain('DỰ THẢO');
  }, 60_000);

  withPoppler('the English report', async () => {
    const f = sampleFigures();
    const { file } = await write(draftReport(f, defaultReportSettings(f, 'en'), 'en'), 'en.pdf');
    const all = flat(run('pdftotext', [file, '-']));
    expect(all).toContain('COMMUNIST PARTY OF VIETNAM');
    expect(all).toContain('bringing the membership to 3,044');
    expect(all).toMatch(/ON BEHALF OF THE STANDING\b/);
    expect(all).toMatch(/No\. Grassroots organisation Target Admitted % Result/);
  }, 30_000);
});

describe('with pdfkit’s browser build (what the task pane bundles)', () => {
  withPoppler('renders the same report: no Node stream, no file system, no standard font', async () => {
    const f = sampleFigures();
    const drafted = draftReport(f, defaultReportSettings(f));
    const browserBuild = join(__dirname, '../../node_modules/pdfkit/js/pdfkit.browser.js');
    let render: typeof renderReportPdf = renderReportPdf;
    jest.isolateModules(() => {
      // The ES build that bundlers pick registers no standard font: using one (pdfkit's default Helvetica) throws there.
      jest.doMock('pdfkit', () => {
        const Browser = jest.requireActual(browserBuild) as new (...args: unknown[]) => { font(...a: unknown[]): unknown };
        return class WithoutStandardFonts extends Browser {
          font(src: unknown, ...rest: unknown[]) {
            if (typeof src === 'string' && /^(Helvetica|Times|Courier|Symbol|ZapfDingbats)/.test(src)) {
              throw new Error(`Standard font "${src}" is not registered.`);
            }
            return super.font(src, ...rest);
          }
        };
      });
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      render = require('../../src/report/pdf').renderReportPdf;
    });
    expect(render).not.toBe(renderReportPdf);
    const bytes = await render(drafted, fonts, { creationDate: new Date(Date.UTC(2018, 0, 9)) });
    expect(bytes).toBeInstanceOf(Uint8Array);
    const file = join(dir, 'browser.pdf');
    writeFileSync(file, bytes);
    expect(pages(file)).toBe(3);
    expect(flat(run('pdftotext', [file, '-']))).toContain('nâng tổng số đảng viên lên 3.044 đồng chí');
  }, 30_000);
});
