/**
 * The workbook interface the task pane talks to (the only way src/taskpane reaches a host). Two hosts implement it: Excel through
 * Office.js (src/hosts/excel) and a workbook file in the browser through ExcelJS (src/hosts/xlsx).
 */
import type { ShownFinding } from '../core/findings';
import type { SheetGrid } from '../core/grid';
import type { SheetLayout } from '../core/layouts/types';
import type { RunRequest, RunResult } from '../pipeline/run';
import type { DraftedReport } from '../report/draft';

export { isWorkbookInFolder, shownFileNames } from './workbook-files';

export interface Progress {
  /** What is being done, e.g. `read`, `insert`, `export`. */
  step: string;
  done: number;
  total: number;
  /** The sheet concerned, when there is one. */
  sheet?: string;
}

export type ProgressFn = (p: Progress) => void;

export interface HostCapabilities {
  /** Real PivotTables (ExcelApi 1.8). Without them the pivot sheet holds the cross-tabs as values. */
  pivots: boolean;
  /** Export opens a new Excel workbook (ExcelApi 1.8); else the file is offered as a download. */
  openNewWorkbook: boolean;
  /** Comments or notes for Mark findings. */
  marks: boolean;
  /** One line each, Vietnamese and English, for what is missing and why. */
  limits: { vi: string; en: string }[];
}

export interface InsertResult {
  /** The sheet names used, in layout order (a name clash with a user's sheet gets a suffix). */
  sheets: string[];
  /** Sheets of the add-in replaced by this run. */
  replaced: string[];
}

export type ExportResult = { kind: 'opened' } | { kind: 'downloaded'; fileName: string };

/** A confirmed fix: the new value of one cell. */
export interface CellFix {
  sheet: string;
  cell: string;
  value: string;
}

/** What Undo needs to put the fixed cells back. */
export interface UndoRecord {
  cells: { sheet: string; cell: string; previous: unknown }[];
}

export interface WorkbookHost {
  readonly kind: 'excel' | 'file';
  capabilities(): Promise<HostCapabilities>;
  /** The used range of every sheet, read in blocks; cancellable. */
  readGrids(onProgress?: ProgressFn, signal?: AbortSignal): Promise<SheetGrid[]>;
  /** Inserts (or replaces the add-in's own) summary sheets. Never touches a user's sheet. */
  insertLayouts(layouts: SheetLayout[], onProgress?: ProgressFn): Promise<InsertResult>;
  /** Selects a cell and brings it into view. */
  goTo(sheet: string, cell: string): Promise<void>;
  /** The summary sheets alone, as a new workbook. */
  exportSummary(layouts: SheetLayout[], fileName: string): Promise<ExportResult>;
  /** Adds a note and a fill to each finding's cell; returns how many cells were marked. */
  markFindings(findings: ShownFinding[]): Promise<number>;
  /** Removes exactly the marks added, restoring the previous fills. */
  clearMarks(): Promise<number>;
  applyFixes(fixes: CellFix[]): Promise<UndoRecord>;
  undoFixes(record: UndoRecord): Promise<void>;
  /** Inserts the empty standard sheets with headers, list validation and one example row. */
  insertTemplate(): Promise<string[]>;
}

/** A few cells around one, for the browser mode's stand-in for "select the cell". */
export interface CellPeek {
  /** The workbook, when it is one read beside the open one. */
  file?: string;
  sheet: string;
  cell: string;
  /** Column letters shown, left to right. */
  columns: string[];
  /** The sheet's headers above those columns (its header row), '' where a column has none. */
  headers?: string[];
  /** The header row's number (1-based), left out of `rows`' neighbourhood when far above. */
  headerRow?: number;
  rows: { row: number; values: string[] }[];
  /** The row the finding conflicts with (the first of two equal ids); shown apart when outside `rows`. */
  related?: { row: number; values: string[] };
  /** Index in `columns` and `rows` of the cell itself. */
  at: { row: number; col: number };
}

/** What the browser mode adds to a host: opening files, the sample, saving, a peek at cells. */
export interface BrowserFiles {
  readonly hasFile: boolean;
  readonly fileName: string | null;
  open(bytes: ArrayBuffer, fileName: string, onProgress?: ProgressFn, signal?: AbortSignal): Promise<{ fileName: string }>;
  /** Several CSV files opened as one workbook, a sheet each. */
  openTogether?(files: { bytes: ArrayBuffer; fileName: string }[], onProgress?: ProgressFn, signal?: AbortSignal): Promise<{ fileName: string }>;
  openSample(onProgress?: ProgressFn): Promise<{ fileName: string }>;
  /**
   * Several workbooks opened together (picked, a folder, dropped): read and analysed together;
   * the summary sheets go into a new workbook `fileName`. Returns each workbook's shown name.
   */
  openMany?(files: { name: string; bytes: ArrayBuffer }[], fileName: string, onProgress?: ProgressFn, signal?: AbortSignal): Promise<{ fileName: string; files: string[] }>;
  createEmpty(fileName: string): Promise<{ fileName: string }>;
  save(fileName?: string): Promise<string>;
  peek(sheet: string, cell: string, related?: string): Promise<CellPeek | null>;
  /** Reads and analyses where the workbook lives (the grids never reach the page). */
  readAndAnalyze?(request: RunRequest, onProgress?: ProgressFn, signal?: AbortSignal): Promise<RunResult>;
  /** The drafted report as an A4 PDF, offered as a download; returns the file name. */
  reportPdf(drafted: DraftedReport, fileName: string, onProgress?: ProgressFn): Promise<string>;
}

export { OPENABLE_ACCEPT, WORKBOOK_ACCEPT, isOpenableName, isCsvName } from './file-kinds';
