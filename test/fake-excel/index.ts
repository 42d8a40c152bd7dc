/**
 * An in-memory Excel for tests and the browser e2e: the subset of Office.js the host uses,
 * behaving as Excel does where it matters (see context.ts and state.ts).
 *
 *   const fake = createFakeExcel({ apiVersion: '1.12' });
 *   fake.loadGrids(generateSample());
 *   const host = new ExcelHost(fake.hostOptions());
 */
import type { SheetGrid } from '../../src/core/grid';
import type { ExcelHostOptions } from '../../src/hosts/excel/host';
import type { CreateWorkbookFn, DownloadFn, IsSetSupportedFn, RunFn, SettingsStore } from '../../src/hosts/excel/office';
import { compareVersions, FakeSession, type FakeOptions } from './context';
import { FakeExcelError } from './errors';
import { type SheetState, WorkbookState } from './state';
import { newContext } from './workbook';

export { FakeExcelError } from './errors';
export type { FakeOptions, SyncStats } from './context';
export { SheetState, WorkbookState } from './state';
export { pivotFields, pivotRecords } from './objects';

export class FakeSettings implements SettingsStore {
  readonly values = new Map<string, unknown>();
  saves = 0;

  get(name: string): unknown {
    // Office settings hand back a copy of what was saved (they travel as JSON).
    const v = this.values.get(name);
    return v === undefined ? null : JSON.parse(JSON.stringify(v));
  }
  set(name: string, value: unknown): void {
    this.values.set(name, JSON.parse(JSON.stringify(value)));
  }
  remove(name: string): void {
    this.values.delete(name);
  }
  saveAsync(callback?: (result: { error?: { message: string } | null }) => void): void {
    this.saves++;
    callback?.({ error: null });
  }
}

export class FakeExcel {
  readonly state = new WorkbookState();
  readonly session: FakeSession;
  readonly settings = new FakeSettings();
  readonly downloads: { fileName: string; bytes: Uint8Array }[] = [];

  constructor(readonly options: FakeOptions = {}) {
    this.session = new FakeSession(this.state, options);
  }

  get stats() {
    return this.session.stats;
  }

  /** `Excel.run`: a fresh context per batch, and a last sync for what the batch left queued. */
  readonly run: RunFn = async (batch) => {
    const ctx = newContext(this.session);
    // The one place where the fake becomes Office.js's type.
    const result = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.pending) await ctx.sync();
    return result;
  };

  readonly isSetSupported: IsSetSupportedFn = (name, version) =>
    name === 'ExcelApi' && compareVersions(this.options.apiVersion ?? '1.18', version) >= 0;

  readonly createWorkbook: CreateWorkbookFn = async (base64) => {
    if (!this.session.supports('1.8')) throw new FakeExcelError('ApiNotFound', 'createWorkbook needs ExcelApi 1.8');
    if (this.options.createWorkbookBlocked) throw new FakeExcelError('AccessDenied', 'Opening a new workbook was blocked.');
    if (!/^[A-Za-z0-9+/]+=*$/.test(base64)) throw new FakeExcelError('InvalidArgument', 'Not base64.');
    this.state.createdWorkbooks.push(base64);
  };

  readonly download: DownloadFn = (bytes, fileName) => {
    this.downloads.push({ fileName, bytes });
  };

  /** What an ExcelHost needs to run against this fake. */
  hostOptions(): ExcelHostOptions {
    return {
      run: this.run,
      isSetSupported: this.isSetSupported,
      settings: this.settings,
      createWorkbook: this.session.supports('1.8') ? this.createWorkbook : null,
      download: this.download,
    };
  }

  /** Puts sheets in the workbook as a user's file holds them: dates as date-formatted serials, strings as text. */
  loadGrids(grids: SheetGrid[]): void {
    for (const g of grids) {
      const sheet = this.state.addSheet(g.name);
      const r0 = g.origin?.row ?? 0;
      const c0 = g.origin?.col ?? 0;
      g.values.forEach((row, i) => {
        if (!row) return;
        const formats = g.numberFormats?.[i];
        row.forEach((v, j) => sheet.put(r0 + i, c0 + j, v, formats?.[j] ?? undefined));
      });
    }
  }

  sheet(name: string): SheetState {
    const s = this.state.sheet(name);
    if (!s) throw new Error(`No sheet ${name}`);
    return s;
  }

  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  /** Everything a sheet holds, as JSON: to show that a sheet was left untouched. */
  snapshot(name: string): string {
    const s = this.sheet(name);
    const rows: unknown[] = [];
    // Canonical: only the cells that hold something, whatever arrays the writes left behind.
    const defined = (a: unknown[] | undefined) => {
      const out: Record<number, unknown> = {};
      a?.forEach((v, i) => v !== undefined && (out[i] = v));
      return out;
    };
    s.rows.forEach((row, r) => {
      if (!row) return;
      const line = [r, defined(row.v), defined(row.f), defined(row.nf)];
      if (Object.keys(line[1] as object).length + Object.keys(line[2] as object).length + Object.keys(line[3] as object).length) rows.push(line);
    });
    return JSON.stringify({
      name: s.name,
      id: s.id,
      visibility: s.visibility,
      rows,
      extras: [...s.extras.entries()].sort((a, b) => a[0] - b[0]),
      customProperties: [...s.customProperties],
      notes: [...s.notes],
      merges: s.merges,
      columnWidths: [...s.columnWidths],
      rowHeights: [...s.rowHeights],
      showGridlines: s.showGridlines,
      conditionalFormats: s.conditionalFormats,
      validations: s.validations,
      freezeRows: s.freezeRows,
      pageLayout: s.pageLayout,
      tables: this.state.tables.filter((t) => t.sheetId === s.id),
      pivots: this.state.pivots.filter((p) => p.sheetId === s.id),
      charts: this.state.charts.filter((c) => c.sheetId === s.id),
      comments: this.state.comments.filter((c) => c.sheetId === s.id),
    });
  }
}

export function createFakeExcel(options: FakeOptions = {}): FakeExcel {
  return new FakeExcel(options);
}
