// The built pane in Chromium opens what the command line reads: an .ods and an .xls (their readers
// arrive as chunks of their own, fetched only then, inside the file worker) and the sample as
// four CSV files picked together, which make one workbook.
import { join } from 'path';
import type { Browser } from 'playwright-core';
import { openPage, type Watched } from './support/browser';
import { click, openPane, pickFile } from './support/pane';
import type { StaticServer } from './support/server';
import { servedPane } from './support/served';
import { sampleGrids } from './support/workbooks';
import type { CellValue, SheetGrid } from '../../src/core/grid';

const FIX = join(__dirname, '..', 'fixtures', 'formats');

let browser: Browser;
let server: StaticServer;
const opened: Watched[] = [];
servedPane((b, s) => {
  browser = b;
  server = s;
});

async function page(): Promise<Watched> {
  const w = await openPage(browser, {});
  opened.push(w);
  return w;
}

const field = (v: CellValue): string => {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return `${String(v.getUTCDate()).padStart(2, '0')}/${String(v.getUTCMonth() + 1).padStart(2, '0')}/${v.getUTCFullYear()}`;
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csv = (g: SheetGrid) => Buffer.from(g.values.map((r) => r.map(field).join(',')).join('\r\n'));

async function figures(w: Watched): Promise<string | null> {
  await click(w.page, '[data-action="figures"]');
  await w.page.waitForSelector('[data-testid="figures"]');
  return w.page.textContent('[data-testid="district-admitted"]');
}

describe('browser mode opens other formats', () => {
  it.each([
    ['members-300.ods', /read-ods/],
    ['members-300-1904.xls', /read-xls/],
  ])('%s: its reader is fetched only then, and the figures are the .xlsx’s (18 / 16)', async (name, chunk) => {
    const w = await page();
    await openPane(w.page, `${server.url}/taskpane.html`);
    expect(server.requests.filter((r) => chunk.test(r))).toEqual([]);
    await pickFile(w.page, join(FIX, name));
    expect(await w.page.textContent('[data-testid="file-name"]')).toContain(name);
    expect(server.requests.some((r) => chunk.test(r))).toBe(true);
    expect(await figures(w)).toBe('Kết nạp 18 / chỉ tiêu 16');
    expect(w.pageErrors).toEqual([]);
  });

  it('four CSV files picked together are one workbook: the sample’s figures (167 / 150)', async () => {
    const w = await page();
    await openPane(w.page, `${server.url}/taskpane.html`);
    const files = sampleGrids().map((g) => ({ name: `${g.name}.csv`, mimeType: 'text/csv', buffer: csv(g) }));
    await w.page.setInputFiles('[data-testid="file-input"]', files);
    await w.page.waitForSelector('[data-testid="file-name"]', { timeout: 180_000 });
    expect(await w.page.textContent('[data-testid="file-name"]')).toContain('DangVien.csv');
    expect(await figures(w)).toBe('Kết nạp 167 / chỉ tiêu 150');
    expect(w.pageErrors).toEqual([]);
  });
});
