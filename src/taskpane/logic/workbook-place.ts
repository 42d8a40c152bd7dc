/**
 * Where the workbook lives — open in Excel, or a file opened in the browser — and the file actions
 * that differ between the two. The controller asks its place; it does not branch on the mode.
 */
import type { BrowserFiles, CellPeek, ProgressFn, WorkbookHost } from '../../hosts/workbook';
import type { MessageKey, Params } from '../i18n';
import { PaneError } from './errors';
import type { AnalysisRequest, PaneReport, PaneResult } from './result';

export const TEMPLATE_FILE = 'MauSoDangVien.xlsx';

export function reportFileName(year: number | null): string {
  return `BaoCao-${year ?? 'dangvien'}.pdf`;
}

/** What an action did, for the pane's notice. */
export interface Outcome {
  key: MessageKey;
  params: Params;
}

/** The template in a new file (browser mode, nothing open): the file the pane now shows. */
export interface TemplateOutcome extends Outcome {
  openedFile?: string;
}

export interface WorkbookPlace {
  /** The browser's open file and its actions; null in Excel. */
  readonly files: BrowserFiles | null;
  /** The open file's name (browser mode). */
  readonly fileName: string | null;
  /** Throws `needFile` when there is no workbook to work on. */
  requireWorkbook(): void;
  /** Reads and analyses where the workbook lives, when the place can (the browser's worker). */
  readAndAnalyze: ((request: AnalysisRequest, onProgress: ProgressFn, signal: AbortSignal) => Promise<PaneResult>) | null;
  /** Whether a write makes the open file one to download again ("edited"). */
  readonly tracksEdits: boolean;
  /** The drafted report delivered: a PDF downloaded, or its sheet inserted. */
  deliverReport(report: PaneReport, year: number | null, onProgress: ProgressFn): Promise<Outcome>;
  /** The standard sheets: inserted into the workbook, or a new file with them downloaded. */
  template(): Promise<TemplateOutcome>;
  /** The cells around one (the browser's stand-in for selecting it); null where the host selects it. */
  peek(sheet: string, cell: string, related?: string): Promise<CellPeek | null>;
}

async function insertTemplate(host: WorkbookHost): Promise<TemplateOutcome> {
  const names = await host.insertTemplate();
  return names.length ? { key: 'templateInserted', params: { names: names.join(', ') } } : { key: 'templateNone', params: {} };
}

/** The workbook open in Excel. */
export function excelPlace(host: WorkbookHost): WorkbookPlace {
  return {
    files: null,
    fileName: null,
    requireWorkbook: () => undefined,
    readAndAnalyze: null,
    tracksEdits: false,
    async deliverReport(report, _year, onProgress) {
      const done = await host.insertLayouts([report.layout], onProgress);
      return { key: 'reportInserted', params: { sheet: done.sheets[0] ?? report.layout.name } };
    },
    template: () => insertTemplate(host),
    peek: async () => null,
  };
}

/** A workbook file opened in the browser (its host lives in a worker beside the file). */
export function browserPlace(host: WorkbookHost, files: BrowserFiles): WorkbookPlace {
  const readAndAnalyze = files.readAndAnalyze;
  return {
    files,
    get fileName() {
      return files.fileName;
    },
    requireWorkbook() {
      if (!files.hasFile) throw new PaneError('needFile');
    },
    readAndAnalyze: readAndAnalyze ? (request, onProgress, signal) => readAndAnalyze.call(files, request, onProgress, signal) : null,
    tracksEdits: true,
    async deliverReport(report, year, onProgress) {
      const file = await files.reportPdf(report.drafted, reportFileName(year), onProgress);
      return { key: 'reportDownloaded', params: { file, sheet: report.layout.name } };
    },
    async template() {
      if (files.hasFile) return insertTemplate(host);
      // Nothing open: a new workbook holding the template, downloaded.
      const opened = await files.createEmpty(TEMPLATE_FILE);
      await host.insertTemplate();
      const name = await files.save(TEMPLATE_FILE);
      return { key: 'templateDownloaded', params: { file: name }, openedFile: opened.fileName };
    },
    peek: (sheet, cell, related) => files.peek(sheet, cell, related),
  };
}
