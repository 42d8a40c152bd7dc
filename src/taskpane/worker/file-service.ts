/**
 * The browser mode's workbook, wherever it lives (a Web Worker, or the page as a fallback):
 * one FileHost, driven by requests named after the WorkbookHost methods.
 */
import type { ShownFinding } from '../../core/findings';
import type { SheetLayout } from '../../core/layouts/types';
import { FileHost } from '../../hosts/xlsx/file-host';
import { UnreadableFileError } from '../../hosts/xlsx/read';
import type { CellFix, UndoRecord } from '../../hosts/workbook';
import type { DraftedReport } from '../../report/draft';
import type { ReportFonts } from '../../report/pdf';
import { PaneError } from '../logic/errors';
import { runWorkbook } from '../../pipeline/run';
import { runWorkbooks } from '../../pipeline/run-many';
import { readPickedFiles, type PickedFile } from './read-many';
import type { AnalysisRequest, PaneResult } from '../logic/result';
import { analysisHandlers } from './analysis-service';
import { serve, type Post, type Request } from './rpc';

export interface OpenPayload {
  bytes: ArrayBuffer;
  fileName: string;
  /** Further CSV files opened with the first as one workbook, a sheet each. */
  more?: { bytes: ArrayBuffer; fileName: string }[];
}

export interface OpenedFile {
  fileName: string;
  sheets: string[];
}

/** Several workbooks opened together: read, and gathered into a new workbook for the summary sheets. */
export interface OpenManyPayload {
  files: PickedFile[];
  /** The new workbook's name (what "Lưu sổ về máy" downloads). */
  fileName: string;
}

export interface OpenedMany extends OpenedFile {
  /** Each workbook's name as findings name it. */
  files: string[];
}

export interface DownloadEvent {
  bytes: Uint8Array;
  fileName: string;
}

export interface ReportPdfPayload {
  drafted: DraftedReport;
  fileName: string;
}

export type FontsLoader = () => Promise<ReportFonts>;

/** The bundled fonts (a chunk of their own, loaded with the PDF writer on the first PDF). */
export const bundledFontsLoader: FontsLoader = () =>
  import(/* webpackChunkName: "report-fonts" */ '../../report/fonts-browser').then((m) => m.bundledFonts());

export function fileService(
  post: Post,
  sample?: () => Promise<{ bytes: Uint8Array; fileName: string }>,
  fonts: FontsLoader = bundledFontsLoader,
): (req: Request) => void {
  let host: FileHost | null = null;
  const save = (bytes: Uint8Array, fileName: string) => {
    const data: DownloadEvent = { bytes, fileName };
    post({ id: 0, kind: 'event', name: 'download', data });
  };
  const need = (): FileHost => {
    if (!host) throw new PaneError('needFile');
    return host;
  };
  const opened = (h: FileHost): OpenedFile => ({ fileName: h.fileName, sheets: h.workbook.worksheets.map((w) => w.name) });
  // The analysis runs here too, on the grids just read: 30,000 rows never cross to the page.
  const analysis = analysisHandlers();
  // Several workbooks opened together: the analysis is theirs; `host` is the new workbook gathering the summary.
  let many = false;
  return serve(
    {
      ...analysis.handlers,
      async readAndAnalyze(p: { request: AnalysisRequest }, ctx): Promise<PaneResult> {
        const inputs = many ? analysis.many() : null;
        if (inputs) {
          ctx.progress({ step: 'analyze', done: 0, total: 0 });
          return runWorkbooks(inputs, p.request);
        }
        const grids = await need().readGrids(ctx.progress, ctx.signal);
        analysis.keep(grids);
        ctx.progress({ step: 'analyze', done: 0, total: 0 });
        return runWorkbook(grids, p.request);
      },
      async openMany(p: OpenManyPayload, ctx): Promise<OpenedMany> {
        host = null;
        many = false;
        const inputs = await readPickedFiles(p.files, ctx.progress, ctx.signal);
        analysis.keepMany(inputs);
        many = true;
        host = FileHost.empty({ fileName: p.fileName, save });
        return { ...opened(host), files: inputs.map((i) => i.file) };
      },
      async open(p: OpenPayload, ctx) {
        host = null;
        many = false;
        try {
          const more = (p.more ?? []).map((f) => ({ name: f.fileName, bytes: new Uint8Array(f.bytes) }));
          host = await FileHost.open(new Uint8Array(p.bytes), { fileName: p.fileName, save }, ctx.progress, more);
          // Several CSV files are shown by all their names.
          if (more.length) host.fileName = [p.fileName, ...more.map((f) => f.name)].join(', ');
        } catch (e) {
          // The class does not survive postMessage (nor minification): its name says what it was.
          if (e instanceof UnreadableFileError) throw Object.assign(new Error(e.message), { name: 'UnreadableFileError' });
          throw e;
        }
        return opened(host);
      },
      async sample(_p: unknown, ctx) {
        if (!sample) throw new PaneError('needFile');
        ctx.progress({ step: 'open', done: 0, total: 0 });
        const s = await sample();
        many = false;
        host = await FileHost.open(s.bytes, { fileName: s.fileName, save });
        return opened(host);
      },
      empty(p: { fileName: string }) {
        many = false;
        host = FileHost.empty({ fileName: p.fileName, save });
        return opened(host);
      },
      close() {
        host = null;
        many = false;
        return true;
      },
      // What the browser mode can do does not depend on the file.
      capabilities: () => (host ?? FileHost.empty({ fileName: '' })).capabilities(),
      readGrids: (_p: unknown, ctx) => need().readGrids(ctx.progress, ctx.signal),
      insertLayouts: (p: { layouts: SheetLayout[] }, ctx) => need().insertLayouts(p.layouts, ctx.progress),
      goTo: (p: { sheet: string; cell: string }) => need().goTo(p.sheet, p.cell),
      peek: (p: { sheet: string; cell: string; related?: string }) => need().peek(p.sheet, p.cell, 2, p.related),
      exportSummary: (p: { layouts: SheetLayout[]; fileName: string }) => need().exportSummary(p.layouts, p.fileName),
      markFindings: (p: { findings: ShownFinding[] }, ctx) => need().markFindings(p.findings, ctx.progress),
      clearMarks: () => need().clearMarks(),
      applyFixes: (p: { fixes: CellFix[] }) => need().applyFixes(p.fixes),
      undoFixes: (p: { record: UndoRecord }) => need().undoFixes(p.record),
      insertTemplate: () => need().insertTemplate(),
      save: (p: { fileName?: string }) => need().save(p.fileName),
      /** The drafted report as an A4 PDF, offered as a download; returns the file name. */
      async reportPdf(p: ReportPdfPayload, ctx): Promise<string> {
        ctx.progress({ step: 'pdf', done: 0, total: 0 });
        const [{ renderReportPdf }, loaded] = await Promise.all([import(/* webpackChunkName: "report-pdf" */ '../../report/pdf'), fonts()]);
        save(await renderReportPdf(p.drafted, loaded), p.fileName);
        return p.fileName;
      },
      state: () => (host ? { fileName: host.fileName, dirty: host.dirty } : null),
      ping: () => 'pong',
    },
    post,
  );
}
