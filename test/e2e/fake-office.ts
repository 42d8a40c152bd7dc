// Loaded before the pane on taskpane-fake.html (e2e build only; never in dist/web): installs the
// in-memory fake of Excel as the global `Excel`, and a small `Office` (onReady, display language,
// theme, requirement sets, document settings), so the pane runs its real Excel code path.
//
//   taskpane-fake.html?book=sample|faulty|empty&api=1.7|1.8|1.18&library=bundled&lang=en&officeTheme=dark&display=en-US
import type { SheetGrid } from '../../src/core/grid';
import { createFakeExcel, type FakeExcel } from '../fake-excel';
import { generateSample } from '../../src/sample';

const q = new URLSearchParams(window.location.search);

function faulty(): SheetGrid[] {
  // The same faults as test/e2e/support/workbooks.ts plants (a TCVN3 name, a gender out of list, …).
  const grids = generateSample();
  const members = grids.find((g) => g.name === 'DangVien')!;
  const header = members.values.findIndex((r) => r.includes('Số lý lịch'));
  const col = (name: string) => members.values[header].indexOf(name);
  members.values[header + 1][col('Họ và tên')] = 'NguyÔn V¨n An';
  members.values[header + 2][col('Giới tính')] = 'Nuw';
  members.values[header + 3][col('Mã chi bộ')] = 'KHONG-CO';
  return grids;
}

const fake: FakeExcel = createFakeExcel({ apiVersion: q.get('api') ?? '1.18', library: q.get('library') === 'bundled' ? 'bundled' : 'cdn' });
const book = q.get('book') ?? 'sample';
if (book === 'sample') fake.loadGrids(generateSample());
else if (book === 'faulty') fake.loadGrids(faulty());
else fake.loadGrids([{ name: 'Sheet1', values: [] }]);

const dark = q.get('officeTheme') === 'dark';
const officeShim = {
  HostType: { Excel: 'Excel', Word: 'Word' },
  PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline' },
  EventType: { OfficeThemeChanged: 'officeThemeChanged' },
  onReady: (cb?: (info: unknown) => void) => {
    const info = { host: q.get('host') ?? 'Excel', platform: 'PC' };
    cb?.(info);
    return Promise.resolve(info);
  },
  context: {
    displayLanguage: q.get('display') ?? 'vi-VN',
    officeTheme: dark
      ? { bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#333333', controlForegroundColor: '#FFFFFF' }
      : { bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#000000', controlBackgroundColor: '#FFFFFF', controlForegroundColor: '#000000' },
    requirements: { isSetSupported: fake.isSetSupported },
    document: { settings: fake.settings },
  },
  actions: { associate: () => undefined },
};

const g = globalThis as unknown as Record<string, unknown>;
g.Office = officeShim;
// The classes carry the loaded library's members: the host asks them whether a newer API exists.
g.Excel = { run: fake.run, createWorkbook: fake.createWorkbook, ...fake.libraryTypes() };
// For the tests to look inside the workbook.
g.__fakeExcel = fake;
