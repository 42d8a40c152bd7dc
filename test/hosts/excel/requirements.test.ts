/** Requirement sets: checked once at start; what is missing is said in one line, never failed halfway. */
import { OfficeMockObject } from 'office-addin-mock';
import { ExcelHost, apiLevels, capabilitiesOf } from '../../../src/hosts/excel';
import { officeIsSetSupported, officeSettings } from '../../../src/hosts/excel/office';
import { needsQuote, asText } from '../../../src/hosts/excel/text';
import { uniqueSheetName, validSheetName, nameKey } from '../../../src/hosts/excel/own-sheets';

// office-addin-mock requires office-addin-manifest only for its host names; the real one loads an ES module jest cannot.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', Outlook: 'outlook', Word: 'word', PowerPoint: 'powerpoint', OneNote: 'onenote', Project: 'project' },
}));

const upTo = (max: number) => (name: string, v: string) => name === 'ExcelApi' && Number(v.split('.')[1]) <= max;

test('capabilities by ExcelApi version', () => {
  const full = capabilitiesOf(apiLevels(upTo(18)), true);
  expect(full).toEqual({ pivots: true, openNewWorkbook: true, marks: true, limits: [] });
  const excel2016 = capabilitiesOf(apiLevels(upTo(7)), true);
  expect(excel2016).toMatchObject({ pivots: false, openNewWorkbook: false, marks: false });
  expect(excel2016.limits[0].vi).toMatch(/không cho add-in tạo PivotTable/);
  expect(excel2016.limits[0].en).toMatch(/^This version of Excel does not let the add-in make PivotTables: .*summary tables are downloaded/);
  expect(excel2016.limits[0].en.split('\n')).toHaveLength(1);
  expect(capabilitiesOf(apiLevels(upTo(8)), false).openNewWorkbook).toBe(false);
  expect(capabilitiesOf(apiLevels(upTo(6)), true).limits[0].en).toMatch(/too old/);
});

test('an Excel below ExcelApi 1.7 is told why, in one line, before anything is touched', async () => {
  let ran = false;
  const host = new ExcelHost({ run: async () => ((ran = true), undefined as never), isSetSupported: upTo(6), settings: null, createWorkbook: null });
  await expect(host.readGrids()).rejects.toThrow(/too old to run the add-in/);
  expect(ran).toBe(false);
});

test('the defaults reach Office.js’s requirement check and document settings (office-addin-mock)', () => {
  const settings = { values: {} as Record<string, unknown>, get(k: string) { return this.values[k] ?? null; }, set(k: string, v: unknown) { this.values[k] = v; }, remove() {} };
  const mock = new OfficeMockObject({
    context: {
      requirements: { isSetSupported: (name: string, version: string) => name === 'ExcelApi' && version === '1.7' },
      document: { settings },
    },
  });
  (globalThis as { Office?: unknown }).Office = mock;
  try {
    expect(officeIsSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(officeIsSetSupported('ExcelApi', '1.8')).toBe(false);
    expect(officeSettings()).toBeTruthy();
  } finally {
    delete (globalThis as { Office?: unknown }).Office;
  }
  expect(officeIsSetSupported('ExcelApi', '1.1')).toBe(false);
  expect(officeSettings()).toBeNull();
});

test('strings that Excel would misread are written as text', () => {
  for (const s of ['=HYPERLINK("x")', '+84 912', '-5', '@user', "'quoted", '0123', '1/2', '12:30', 'TRUE', '#N/A', 'Jan 2017', ' lead', '=', '+', '@', '\tx', '\rx']) {
    expect([s, needsQuote(s)]).toEqual([s, true]);
    expect(asText(s)).toBe("'" + s);
  }
  for (const s of ['Nguyễn Văn A', 'Đảng bộ xã Cư San', 'X01-01', 'DL014265', '-', 'Đạt', 'TH Kết nạp 2017']) expect([s, needsQuote(s)]).toEqual([s, false]);
});

test('sheet names: valid, at most 31 characters, unique without case', () => {
  expect(validSheetName("a/b:c*d?e[f]g\\h'")).toBe('a-b-c-d-e-f-g-h');
  const taken = new Set(['TH KẾT NẠP 2017', 'TH KẾT NẠP 2017 (2)'].map(nameKey));
  expect(uniqueSheetName('th kết nạp 2017', taken)).toBe('th kết nạp 2017 (3)');
  const long = 'Tổng hợp kết nạp đảng viên năm 2017';
  const name = uniqueSheetName(long, new Set([nameKey(validSheetName(long))]));
  expect(name.length).toBeLessThanOrEqual(31);
  expect(name.endsWith(' (2)')).toBe(true);
});
