/**
 * The Excel host: the WorkbookHost the task pane uses inside Excel, on top of Office.js. All
 * Office.js calls live under src/hosts/excel; `run` and `isSetSupported` are injected so that
 * tests and the browser e2e can hand in the fake.
 */
import type { Finding, ShownFinding } from '../../core/findings';
import type { SheetGrid } from '../../core/grid';
import type { SheetLayout } from '../../core/layouts/types';
import type {
  CellFix,
  ExportResult,
  HostCapabilities,
  InsertResult,
  ProgressFn,
  UndoRecord,
  WorkbookHost,
} from '../workbook';
import { type RenderFn, exportSummary } from './export';
import { applyFixes, undoFixes } from './fixes';
import { insertLayouts } from './insert-layouts';
import { type MarkRecord, clearMarks, markFindings } from './marks';
import { goTo } from './navigate';
import {
  type CreateWorkbookFn,
  type DownloadFn,
  type HasMemberFn,
  type IsSetSupportedFn,
  type RunFn,
  type SettingsStore,
  browserDownload,
  officeCreateWorkbook,
  officeHasMember,
  officeIsSetSupported,
  officeRun,
  officeSettings,
} from './office';
import { readStandardSheets } from './read-blocks';
import { type ApiLevels, ExcelTooOldError, apiLevels, capabilitiesOf } from './requirements';
import { insertTemplate } from './template';

export interface ExcelHostOptions {
  /** `Excel.run` by default. */
  run?: RunFn;
  /** `Office.context.requirements.isSetSupported` by default. */
  isSetSupported?: IsSetSupportedFn;
  /** Whether the loaded Office.js has a member (the prototypes of the `Excel` global by default). */
  hasMember?: HasMemberFn;
  /** The document's settings (`Office.context.document.settings`); null keeps marks for the session only. */
  settings?: SettingsStore | null;
  /** `Excel.createWorkbook`; null where there is none. */
  createWorkbook?: CreateWorkbookFn | null;
  download?: DownloadFn;
  /** Builds the exported .xlsx (the ExcelJS renderer by default). */
  render?: RenderFn;
  /** Payload budget per sync, in bytes (tests use a small one). */
  budget?: number;
}

/** What the last operation cost, for the task pane's diagnostics and the benchmarks. */
export interface HostStats {
  syncs: number;
  retries?: number;
}

export class ExcelHost implements WorkbookHost {
  readonly kind = 'excel' as const;
  private readonly run: RunFn;
  private readonly isSetSupported: IsSetSupportedFn;
  private readonly hasMember: HasMemberFn;
  private readonly settings: SettingsStore | null;
  private readonly createWorkbook: CreateWorkbookFn | null;
  private readonly download: DownloadFn;
  private readonly render?: RenderFn;
  private readonly budget?: number;
  private levelsCache: ApiLevels | null = null;
  private readonly memory: { marks: MarkRecord[] } = { marks: [] };
  lastStats: HostStats = { syncs: 0 };

  constructor(options: ExcelHostOptions = {}) {
    this.run = options.run ?? officeRun;
    this.isSetSupported = options.isSetSupported ?? officeIsSetSupported;
    this.hasMember = options.hasMember ?? officeHasMember;
    this.settings = options.settings !== undefined ? options.settings : officeSettings();
    this.createWorkbook = options.createWorkbook !== undefined ? options.createWorkbook : officeCreateWorkbook();
    this.download = options.download ?? browserDownload;
    this.render = options.render;
    this.budget = options.budget;
  }

  /** The requirement sets, checked once. */
  get levels(): ApiLevels {
    return (this.levelsCache ??= apiLevels(this.isSetSupported, this.hasMember));
  }

  private checked(): ApiLevels {
    const levels = this.levels;
    if (!levels.base) throw new ExcelTooOldError();
    return levels;
  }

  async capabilities(): Promise<HostCapabilities> {
    return capabilitiesOf(this.levels, !!this.createWorkbook);
  }

  async readGrids(onProgress?: ProgressFn, signal?: AbortSignal): Promise<SheetGrid[]> {
    this.checked();
    const r = await this.run((ctx) => readStandardSheets(ctx, { onProgress, signal, budget: this.budget }));
    this.lastStats = { syncs: r.syncs, retries: r.retries };
    return r.grids;
  }

  async insertLayouts(layouts: SheetLayout[], onProgress?: ProgressFn): Promise<InsertResult> {
    const levels = this.checked();
    const r = await this.run((ctx) => insertLayouts(ctx, layouts, { levels, settings: this.settings, onProgress, budget: this.budget }));
    this.lastStats = { syncs: r.syncs };
    return { sheets: r.sheets, replaced: r.replaced };
  }

  async goTo(sheet: string, cell: string): Promise<void> {
    this.checked();
    await this.run((ctx) => goTo(ctx, sheet, cell));
  }

  /** Goes to a finding's cell. */
  async goToFinding(f: Pick<Finding, 'sheet' | 'cell'>): Promise<void> {
    await this.goTo(f.sheet, f.cell);
  }

  async exportSummary(layouts: SheetLayout[], fileName: string): Promise<ExportResult> {
    const caps = await this.capabilities();
    return exportSummary(layouts, fileName, {
      canOpen: caps.openNewWorkbook,
      createWorkbook: this.createWorkbook,
      download: this.download,
      render: this.render,
    });
  }

  async markFindings(findings: ShownFinding[]): Promise<number> {
    const levels = this.checked();
    return this.run((ctx) => markFindings(ctx, findings, { levels, settings: this.settings, memory: this.memory }));
  }

  async clearMarks(): Promise<number> {
    const levels = this.checked();
    return this.run((ctx) => clearMarks(ctx, { levels, settings: this.settings, memory: this.memory }));
  }

  async applyFixes(fixes: CellFix[]): Promise<UndoRecord> {
    const levels = this.checked();
    return this.run((ctx) => applyFixes(ctx, fixes, levels));
  }

  async undoFixes(record: UndoRecord): Promise<void> {
    const levels = this.checked();
    await this.run((ctx) => undoFixes(ctx, record, levels));
  }

  async insertTemplate(): Promise<string[]> {
    const levels = this.checked();
    return this.run((ctx) => insertTemplate(ctx, { levels, settings: this.settings }));
  }
}
