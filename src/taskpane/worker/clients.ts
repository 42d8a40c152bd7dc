/**
 * The pane's side of its two workers: the analysis (cancel = stop the worker, a fresh one
 * starts on the next request) and the browser mode's workbook (a WorkbookHost whose methods run
 * in the file worker). Each falls back to running in the page when a worker cannot start.
 */
import type { ShownFinding } from '../../core/findings';
import type { SheetLayout } from '../../core/layouts/types';
import type { CellPeek } from '../../hosts/workbook';
import type {
  CellFix,
  ExportResult,
  HostCapabilities,
  InsertResult,
  ProgressFn,
  UndoRecord,
  WorkbookHost,
} from '../../hosts/workbook';
import type { DraftedReport } from '../../report/draft';
import type { AnalysisRequest, PaneResult } from '../logic/result';
import type { AnalyzeManyPayload, AnalyzePayload, PeekFilePayload } from './analysis-service';
import type { DownloadEvent, OpenedFile, OpenedMany, OpenManyPayload, OpenPayload, ReportPdfPayload } from './file-service';
import type { PickedFile } from './read-many';
import { Channel, type CallOptions, type Endpoint } from './rpc';

export type EndpointFactory = () => Endpoint;

const isAbort = (e: unknown) => (e as Error)?.name === 'AbortError';
const isWorkerFailure = (e: unknown) => (e as Error)?.name === 'WorkerError';

/** Starts `primary` (a worker); when it cannot start or dies, `fallback` (the page) takes over. */
class Supervised {
  channel: Channel;
  usingFallback = false;

  constructor(
    private readonly primary: EndpointFactory,
    private readonly fallback: EndpointFactory,
    private readonly onFallback?: () => void,
    /** Called with each new channel (to subscribe to its events). */
    private readonly onChannel?: (c: Channel) => void,
  ) {
    this.channel = this.start();
  }

  private start(): Channel {
    let channel: Channel | null = null;
    if (!this.usingFallback) {
      try {
        channel = new Channel(this.primary());
      } catch {
        this.switchToFallback();
      }
    }
    channel ??= new Channel(this.fallback());
    this.onChannel?.(channel);
    return channel;
  }

  private switchToFallback(): void {
    if (this.usingFallback) return;
    this.usingFallback = true;
    this.onFallback?.();
  }

  restart(): void {
    this.channel.terminate();
    this.channel = this.start();
  }

  async call<T>(type: string, payload?: unknown, options?: CallOptions): Promise<T> {
    if (this.channel.broken) this.channel = this.start();
    try {
      return await this.channel.call<T>(type, payload, options);
    } catch (e) {
      if (isWorkerFailure(e) && !this.usingFallback) {
        // The worker could not load (a blocked script, an old engine): run in the page instead.
        this.switchToFallback();
        this.channel = this.start();
        return this.channel.call<T>(type, payload, options);
      }
      throw e;
    }
  }
}

export interface Analyzer {
  analyze(payload: AnalyzePayload, options?: CallOptions): Promise<PaneResult>;
  /** "Gộp sổ": the open workbook's grids and the files picked beside it, read and analysed together. */
  analyzeMany?(payload: AnalyzeManyPayload, options?: CallOptions): Promise<PaneResult>;
  /** The cells around one in a workbook read together with others. */
  peekFile?(payload: PeekFilePayload): Promise<CellPeek | null>;
}

export class AnalysisClient implements Analyzer {
  private readonly s: Supervised;

  constructor(primary: EndpointFactory, fallback: EndpointFactory, onFallback?: () => void) {
    this.s = new Supervised(primary, fallback, onFallback);
  }

  async analyze(payload: AnalyzePayload, options: CallOptions = {}): Promise<PaneResult> {
    try {
      return await this.s.call<PaneResult>('analyze', payload, options);
    } catch (e) {
      // The core's work cannot be interrupted midway: a cancel stops the whole worker.
      if (isAbort(e)) this.s.restart();
      throw e;
    }
  }

  async analyzeMany(payload: AnalyzeManyPayload, options: CallOptions = {}): Promise<PaneResult> {
    try {
      return await this.s.call<PaneResult>('analyzeMany', payload, { ...options, transfer: payload.files.map((f) => f.bytes) });
    } catch (e) {
      if (isAbort(e)) this.s.restart();
      throw e;
    }
  }

  peekFile(payload: PeekFilePayload): Promise<CellPeek | null> {
    return this.s.call('peekFile', payload);
  }
}

export type DownloadFn = (bytes: Uint8Array, fileName: string) => void;

/**
 * The browser mode's WorkbookHost: every call runs in the file worker. It is the browser mode's
 * Analyzer as well: the workbook is read and analysed in the same worker.
 */
export class FileHostClient implements WorkbookHost, Analyzer {
  readonly kind = 'file' as const;
  private readonly s: Supervised;
  fileName: string | null = null;

  constructor(primary: EndpointFactory, fallback: EndpointFactory, private readonly download: DownloadFn, onFallback?: () => void) {
    this.s = new Supervised(primary, fallback, onFallback, (channel) =>
      channel.on('download', (data) => {
        const d = data as DownloadEvent;
        this.download(d.bytes, d.fileName);
      }),
    );
  }

  private call<T>(type: string, payload?: unknown, options?: CallOptions): Promise<T> {
    return this.s.call<T>(type, payload, options);
  }

  get hasFile(): boolean {
    return this.fileName !== null;
  }

  /** Opens picked bytes. A cancel while ExcelJS inflates the file stops the worker. */
  open(bytes: ArrayBuffer, fileName: string, onProgress?: ProgressFn, signal?: AbortSignal): Promise<OpenedFile> {
    return this.opening<OpenedFile>('open', { bytes, fileName }, { onProgress, signal, transfer: [bytes] });
  }

  /** Several CSV files as one workbook, a sheet each. */
  openTogether(files: { bytes: ArrayBuffer; fileName: string }[], onProgress?: ProgressFn, signal?: AbortSignal): Promise<OpenedFile> {
    const [first, ...more] = files;
    const payload: OpenPayload = { bytes: first.bytes, fileName: first.fileName, more };
    return this.opening<OpenedFile>('open', payload, { onProgress, signal, transfer: files.map((f) => f.bytes) });
  }

  /** Several workbooks opened together, gathered into a new workbook `fileName` for the summary sheets. */
  openMany(files: PickedFile[], fileName: string, onProgress?: ProgressFn, signal?: AbortSignal): Promise<OpenedMany> {
    const payload: OpenManyPayload = { files, fileName };
    return this.opening<OpenedMany>('openMany', payload, { onProgress, signal, transfer: files.map((f) => f.bytes) });
  }

  /** An open that a cancel may interrupt midway: the worker is stopped and nothing is open then. */
  private async opening<T extends OpenedFile>(type: string, payload: unknown, options: CallOptions): Promise<T> {
    try {
      const r = await this.call<T>(type, payload, options);
      this.fileName = r.fileName;
      return r;
    } catch (e) {
      if (isAbort(e)) this.s.restart();
      // The worker let go of the previous file when this one began to open: no file is open now.
      this.fileName = null;
      throw e;
    }
  }

  peekFile(payload: PeekFilePayload): Promise<CellPeek | null> {
    return this.call('peekFile', payload);
  }

  async openSample(onProgress?: ProgressFn): Promise<OpenedFile> {
    const r = await this.call<OpenedFile>('sample', undefined, { onProgress });
    this.fileName = r.fileName;
    return r;
  }

  async createEmpty(fileName: string): Promise<OpenedFile> {
    const r = await this.call<OpenedFile>('empty', { fileName });
    this.fileName = r.fileName;
    return r;
  }

  capabilities(): Promise<HostCapabilities> {
    return this.call('capabilities');
  }
  readGrids(onProgress?: ProgressFn, signal?: AbortSignal) {
    return this.call<import('../../core/grid').SheetGrid[]>('readGrids', undefined, { onProgress, signal });
  }
  insertLayouts(layouts: SheetLayout[], onProgress?: ProgressFn): Promise<InsertResult> {
    return this.call('insertLayouts', { layouts }, { onProgress });
  }
  goTo(sheet: string, cell: string): Promise<void> {
    return this.call('goTo', { sheet, cell });
  }
  peek(sheet: string, cell: string, related?: string): Promise<CellPeek | null> {
    return this.call('peek', { sheet, cell, related });
  }
  exportSummary(layouts: SheetLayout[], fileName: string): Promise<ExportResult> {
    return this.call('exportSummary', { layouts, fileName });
  }
  markFindings(findings: ShownFinding[], onProgress?: ProgressFn): Promise<number> {
    return this.call('markFindings', { findings }, { onProgress });
  }
  clearMarks(): Promise<number> {
    return this.call('clearMarks');
  }
  applyFixes(fixes: CellFix[]): Promise<UndoRecord> {
    return this.call('applyFixes', { fixes });
  }
  undoFixes(record: UndoRecord): Promise<void> {
    return this.call('undoFixes', { record });
  }
  insertTemplate(): Promise<string[]> {
    return this.call('insertTemplate');
  }
  /** Reads the workbook and analyses it where it lives; the grids stay in the worker. */
  readAndAnalyze(request: AnalysisRequest, onProgress?: ProgressFn, signal?: AbortSignal): Promise<PaneResult> {
    return this.call('readAndAnalyze', { request }, { onProgress, signal });
  }

  analyze(payload: AnalyzePayload, options: CallOptions = {}): Promise<PaneResult> {
    return this.call('analyze', payload, options);
  }

  /** The drafted report as an A4 PDF, rendered in the worker and offered as a download. */
  reportPdf(drafted: DraftedReport, fileName: string, onProgress?: ProgressFn): Promise<string> {
    const payload: ReportPdfPayload = { drafted, fileName };
    return this.call('reportPdf', payload, { onProgress });
  }

  /** The whole workbook as it now is, as a download; returns the file name. */
  save(fileName?: string): Promise<string> {
    return this.call('save', { fileName });
  }
}
