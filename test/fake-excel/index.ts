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
import type { CreateWorkbookFn, DownloadFn, HasMemberFn, IsSetSupportedFn, RunFn, SettingsStore } from '../../src/hosts/excel/office';
import { compareVersions, FakeSession, type FakeOptions } from './context';
import { FakeExcelError } from './errors';
import { BUNDLED_HAS, BUNDLED_LACKS } from './library';
import { type SheetState, WorkbookState } from './state';
import { newContext } from './workbook';

export { FakeExcelError } from './errors';
export type { FakeOptions, SyncStats } from './context';
export { SheetState, WorkbookState } from './state';
export { pivotFields, pivotRecords } from './objects';
export { BUNDLED_HAS, BUNDLED_LACKS, type FakeLibrary } from './library';

/**
 * The settings as saved in the document. Office keeps at most 2 MB; Excel fails to save well
 * before that on some machines ("The argument is invalid or missing or has an incorrect format",
 * at about 1 MB: office-js issues #621 and #3957). The fake refuses more than `limit` characters.
 */
export class FakeDocumentSettings {
  saved = new Map<string, string>();
  constructor(readonly limit = 1_000_000) {}

  copy(): Map<string, unknown> {
    return new Map([...this.saved].map(([k, v]) => [k, JSON.parse(v)]));
  }
}

/**
 * One runtime's copy of the settings (the pane's, or the ribbon command's): read from the
 * document when the runtime starts or calls `refreshAsync`, written back whole by `saveAsync`.
 */
export class FakeSettings implements SettingsStore {
  private values: Map<string, unknown>;
  saves = 0;
  refreshes = 0;

  constructor(readonly document: FakeDocumentSettings) {
    this.values = document.copy();
  }

  get(name: string): unknown {
    // Office settings hand back a copy of what was set (they travel as JSON).
    const v = this.values.get(name);
    return v === undefined ? null : JSON.parse(JSON.stringify(v));
  }
  set(name: string, value: unknown): void {
    this.values.set(name, JSON.parse(JSON.stringify(value)));
  }
  remove(name: string): void {
    this.values.delete(name);
  }
  /** Writes this runtime's whole copy over the document's: what another runtime saved meanwhile is lost. */
  saveAsync(callback?: (result: { status?: string; error?: { message: string } | null }) => void): void {
    const entries = [...this.values].map(([k, v]) => [k, JSON.stringify(v)] as const);
    const size = entries.reduce((n, [k, v]) => n + k.length + v.length, 0);
    setTimeout(() => {
      if (size > this.document.limit) {
        callback?.({ status: 'failed', error: { message: 'The argument is invalid or missing or has an incorrect format.' } });
        return;
      }
      this.saves++;
      this.document.saved = new Map(entries);
      callback?.({ status: 'succeeded', error: null });
    }, 0);
  }
  refreshAsync(callback?: (result: { status?: string; error?: { message: string } | null }) => void): void {
    setTimeout(() => {
      this.refreshes++;
      this.values = this.document.copy();
      callback?.({ status: 'succeeded', error: null });
    }, 0);
  }
}

export class FakeExcel {
  readonly state = new WorkbookState();
  readonly session: FakeSession;
  /** The document's saved settings, and the pane's copy of them. */
  readonly documentSettings: FakeDocumentSettings;
  readonly settings: FakeSettings;
  readonly downloads: { fileName: string; bytes: Uint8Array }[] = [];

  constructor(readonly options: FakeOptions = {}) {
    this.session = new FakeSession(this.state, options);
    this.documentSettings = new FakeDocumentSettings(options.settingsLimit);
    this.settings = new FakeSettings(this.documentSettings);
  }

  /** Another runtime's copy of the settings (the ribbon's command), read from the document now. */
  runtimeSettings(): FakeSettings {
    return new FakeSettings(this.documentSettings);
  }

  /** Whether the loaded Office.js has a member, as the host asks it. */
  readonly hasMember: HasMemberFn = (type, member) => this.session.libraryHas(type, member);

  /** Classes with the members the loaded library has, for the `Excel` global of the browser tests. */
  libraryTypes(): Record<string, { prototype: object }> {
    const proto = (type: string, members: string[]) =>
      Object.fromEntries(members.filter((m) => this.session.libraryHas(type, m)).map((m) => [m, true]));
    const types: Record<string, { prototype: object }> = {};
    for (const [type, members] of Object.entries({ ...BUNDLED_HAS })) {
      const all = [...members, ...(BUNDLED_LACKS[type] ?? [])];
      types[type] = Object.assign(function () {}, { prototype: proto(type, all) });
    }
    for (const [type, members] of Object.entries(BUNDLED_LACKS)) {
      if (!types[type]) types[type] = Object.assign(function () {}, { prototype: proto(type, members) });
    }
    return types;
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
  hostOptions(settings: FakeSettings = this.settings): ExcelHostOptions {
    return {
      run: this.run,
      isSetSupported: this.isSetSupported,
      hasMember: this.hasMember,
      settings,
      createWorkbook: this.session.supports('1.8') ? this.createWorkbook : null,
      download: this.download,
    };
  }

  /**
   * Puts sheets in the workbook as a user's file holds them: dates as date-formatted serials,
   * strings as text; grids read from a 1904 workbook make a 1904 workbook (their serials kept).
   */
  loadGrids(grids: SheetGrid[]): void {
    if (grids.some((g) => g.date1904)) this.state.date1904 = true;
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
