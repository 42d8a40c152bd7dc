/**
 * The small workbook interface the task pane talks to. Two hosts implement it: Excel through
 * Office.js (src/hosts/excel) and a workbook file in the browser through ExcelJS (src/hosts/xlsx).
 */
import type { ShownFinding } from '../core/findings';
import type { SheetGrid } from '../core/grid';
import type { SheetLayout } from '../core/layouts/types';

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
