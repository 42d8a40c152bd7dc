/**
 * What the pane does, without React or the DOM: each button's work as a method, the state it
 * leaves, and one task at a time with its progress, cancel and a clear message on failure.
 * Talks to the workbook only through a WorkbookHost, and to the core only through an Analyzer
 * (a Web Worker in the pane, the page itself in the unit tests).
 */
import { findingMessage, type Finding, type Lang, type Severity, type ShownFinding } from '../../core/findings';
import { isOpenableName, isWorkbookInFolder, type BrowserFiles, type CellFix, type CellPeek, type Progress, type ProgressFn, type UndoRecord, type WorkbookHost } from '../../hosts/workbook';
import { t, type MessageKey, type Params } from '../i18n';
import type { DraftedReport } from '../../report/draft';
import type { Analyzer } from '../worker/clients';
import type { SortDir, SortKey } from './attainment';
import { failureOf, PaneError } from './errors';
import { ALL_FINDINGS, filterFindings, groupKey, GROUP_CAP, GROUP_STEP, toggleSeverity, type FindingFilter } from './findings-view';
import { fixesFor, fixKey } from './fixes';
import { formatPercent } from '../../report/format';
import { formatNumber } from './format';
import type { ReportField, ReportFields } from './report-fields';
import type { FieldStore } from './field-store';
import { nextTask } from './next-task';
import type { AnalysisRequest, PaneResult } from './result';
import { browserPlace, excelPlace, reportFileName, type WorkbookPlace } from './workbook-place';

export { reportFileName, TEMPLATE_FILE } from './workbook-place';

export type ActionId =
  | 'open'
  | 'sample'
  | 'check'
  | 'figures'
  | 'insert'
  | 'forms'
  | 'export'
  | 'mark'
  | 'clear'
  | 'template'
  | 'fix'
  | 'undo'
  | 'save'
  | 'report'
  | 'docx'
  | 'reanalyze'
  | 'merge';

export interface Busy {
  action: ActionId;
  cancellable: boolean;
}

export interface Notice {
  id: number;
  intent: 'success' | 'info' | 'warning' | 'error';
  text: string;
  /** Offer "Undo" beside the message. */
  undo?: boolean;
  /** Offer the drafted report as a Word file beside the message. */
  docx?: boolean;
  /** The program's own words behind a failure, shown folded under the plain sentence. */
  technical?: string;
}

export type View = 'findings' | 'figures';

/** Several workbooks analysed together: their names as findings name them; `own` is the one open in Excel. */
export interface MergedFiles {
  files: string[];
  own: string | null;
}

/** A workbook picked to be read with others: its name (with its folder when a folder was picked) and bytes. */
export interface PickedWorkbook {
  name: string;
  bytes: ArrayBuffer;
}

export interface PaneState {
  mode: 'excel' | 'browser';
  lang: Lang;
  /** Browser mode: the open file's name. */
  fileName: string | null;
  /** Browser mode: the open file was changed (offer "download edited workbook"). */
  fileDirty: boolean;
  busy: Busy | null;
  /** The running task's last progress; apart from `busy` so that a tick redraws only the progress bar. */
  progress: Progress | null;
  result: PaneResult | null;
  /** The chosen report year; null for the plan's latest. */
  year: number | null;
  /** The chosen report date `YYYY-MM-DD`; '' for 31/12 of the year. */
  asOf: string;
  view: View;
  filter: FindingFilter;
  /** Group key → how many findings it shows. */
  expanded: Record<string, number>;
  /** `Sheet!A1` of the cells fixed since the last check. */
  fixed: Record<string, true>;
  /** Fixes that can be undone, the last one last. */
  undo: UndoRecord[];
  /** Fixes awaiting the user's yes. */
  confirm: CellFix[] | null;
  notice: Notice | null;
  limits: { vi: string; en: string }[];
  /** Browser mode: the cells around the finding last clicked. */
  preview: CellPeek | null;
  sort: { key: SortKey; dir: SortDir };
  /** The report's fields as typed in the pane; empty ones fall back to the settings sheet and defaults. */
  reportFields: ReportFields;
  /** Bumped when an action's result should be brought into view (the pane scrolls to it). */
  reveal: number;
  /** The workbooks the result is of, when several were read together; null for one workbook. */
  merged: MergedFiles | null;
  /** The board's own validity of the awareness-class certificate in months; null: not checked (the default). */
  trainingValidMonths: number | null;
}

export interface ControllerDeps {
  mode: 'excel' | 'browser';
  lang: Lang;
  host: WorkbookHost;
  /** Browser mode only. */
  files?: BrowserFiles;
  analyzer: Analyzer;
  /** Today `YYYY-MM-DD` (dates after it are in the future). */
  today: () => string;
  /** Offers the drafted report as an editable Word file (a download); returns the file name. */
  saveDocx?: (drafted: DraftedReport, fileName: string) => Promise<string>;
  /** Remembers the report's typed fields (the workbook's settings in Excel, local storage in a browser). */
  fieldStore?: FieldStore;
}

/** The new workbook that gathers the summary of several workbooks opened together in the browser. */
export function mergedFileName(n: number): string {
  return `TongHop-${n}-so.xlsx`;
}

export function summaryFileName(year: number | null): string {
  return `TongHop-${year ?? 'dangvien'}.xlsx`;
}

/** The saved copy says what it holds: `(đã sửa)` only when cells were fixed, else `(bản lưu)`. */
export function editedFileName(fileName: string, lang: Lang, fixed = false): string {
  const tag = fixed ? (lang === 'en' ? 'fixed' : 'đã sửa') : lang === 'en' ? 'saved copy' : 'bản lưu';
  // Whatever was opened (.ods, .xls, CSV), the copy is an .xlsx.
  return `${fileName.replace(/\.(xlsx|xlsm|ods|ots|xls|csv|tsv|txt|tab)$/i, '')} (${tag}).xlsx`;
}

/** The report's Word file: `BaoCao-2017.docx`. */
export function reportDocxName(year: number | null): string {
  return reportFileName(year).replace(/\.pdf$/, '.docx');
}

interface RunContext {
  signal: AbortSignal;
  progress: ProgressFn;
}

export class PaneController {
  private state: PaneState;
  private readonly listeners = new Set<() => void>();
  private abort: AbortController | null = null;
  private noticeId = 0;
  private lastProgressAt = 0;
  /** Where the workbook lives: the file actions that differ between Excel and the browser. */
  private readonly place: WorkbookPlace;

  constructor(private readonly deps: ControllerDeps) {
    this.place = deps.files ? browserPlace(deps.host, deps.files) : excelPlace(deps.host);
    this.state = {
      mode: deps.mode,
      lang: deps.lang,
      fileName: this.place.fileName,
      fileDirty: false,
      busy: null,
      progress: null,
      result: null,
      year: null,
      asOf: '',
      view: 'findings',
      filter: ALL_FINDINGS,
      expanded: {},
      fixed: {},
      undo: [],
      confirm: null,
      notice: null,
      limits: [],
      preview: null,
      sort: { key: 'order', dir: 'asc' },
      reportFields: {},
      reveal: 0,
      merged: null,
      trainingValidMonths: null,
    };
  }

  // ---- store -----------------------------------------------------------------------------

  getState = (): PaneState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  private text(key: MessageKey, params?: Params): string {
    return t(this.state.lang, key, params);
  }

  private notify(intent: Notice['intent'], key: MessageKey, params?: Params, extra: Partial<Notice> = {}): void {
    this.set({ notice: { id: ++this.noticeId, intent, text: this.text(key, params), ...extra } });
  }

  private num(n: number): string {
    return formatNumber(n, this.state.lang);
  }

  /** One task at a time: its progress shown, its failure turned into one clear sentence. */
  private async run(action: ActionId, body: (ctx: RunContext) => Promise<void>, cancellable = false): Promise<void> {
    if (this.state.busy) return;
    const controller = new AbortController();
    this.abort = controller;
    this.set({ busy: { action, cancellable }, progress: null, notice: null });
    const progress: ProgressFn = (p) => {
      if (controller.signal.aborted || !this.state.busy) return;
      const now = Date.now();
      const last = p.total > 0 && p.done >= p.total;
      if (!last && p.step === this.state.progress?.step && now - this.lastProgressAt < 40) return;
      this.lastProgressAt = now;
      this.set({ progress: p });
    };
    try {
      await body({ signal: controller.signal, progress });
    } catch (e) {
      const f = failureOf(controller.signal.aborted ? Object.assign(new Error('Aborted'), { name: 'AbortError' }) : e, this.state.lang);
      this.set({ notice: { id: ++this.noticeId, intent: f.intent, text: f.text, ...(f.technical ? { technical: f.technical } : {}) } });
    } finally {
      if (this.abort === controller) this.abort = null;
      this.set({ busy: null, progress: null });
    }
  }

  cancel = (): void => {
    if (this.state.busy?.cancellable) this.abort?.abort();
  };

  dismissNotice = (): void => this.set({ notice: null });

  /** A limit found on the way (a worker that could not start, say), said with the host's. */
  addLimit = (limit: { vi: string; en: string }): void => {
    if (!this.state.limits.some((l) => l.vi === limit.vi)) this.set({ limits: [...this.state.limits, limit] });
  };

  // ---- capabilities --------------------------------------------------------------------

  async init(): Promise<void> {
    try {
      const caps = await this.deps.host.capabilities();
      this.set({ limits: [...caps.limits, ...this.state.limits.filter((l) => !caps.limits.some((c) => c.vi === l.vi))] });
    } catch {
      // Limits are a courtesy; a host that cannot say stays silent.
    }
    const remembered = await this.deps.fieldStore?.load().catch(() => ({}));
    if (remembered && Object.keys(remembered).length && !Object.keys(this.state.reportFields).length) this.set({ reportFields: remembered });
  }

  // ---- options ---------------------------------------------------------------------------

  /** Findings are data: the pane renders them in the new language, nothing is analysed again. */
  setLang = (lang: Lang): void => {
    if (lang === this.state.lang) return;
    this.set({ lang });
  };

  setYear = (year: number | null): void => {
    this.set({ year, asOf: '' });
    if (this.state.result) void this.reanalyze();
  };

  setAsOf = (asOf: string): void => {
    if (asOf && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return;
    this.set({ asOf });
    if (this.state.result) void this.reanalyze();
  };

  /** The certificate's validity in months (a setting of the board's, no party text sets one); null turns the check off. */
  setTrainingValidMonths = (months: number | null): void => {
    const value = months !== null && Number.isInteger(months) && months > 0 ? months : null;
    if (value === this.state.trainingValidMonths) return;
    this.set({ trainingValidMonths: value });
    if (this.state.result) void this.reanalyze();
  };

  setView = (view: View): void => this.set({ view });

  setFilter = (patch: Partial<FindingFilter>): void => this.set({ filter: { ...this.state.filter, ...patch }, expanded: {} });

  toggleSeverity = (s: Severity): void => this.set({ filter: toggleSeverity(this.state.filter, s), expanded: {} });

  showMore = (key: string): void =>
    this.set({ expanded: { ...this.state.expanded, [key]: (this.state.expanded[key] ?? GROUP_CAP) + GROUP_STEP } });

  showLess = (key: string): void => {
    const expanded = { ...this.state.expanded };
    delete expanded[key];
    this.set({ expanded });
  };

  shownOf = (key: string): number => this.state.expanded[key] ?? GROUP_CAP;

  setSort = (sort: { key: SortKey; dir: SortDir }): void => this.set({ sort });

  closePreview = (): void => this.set({ preview: null });

  /** A report field as typed; an empty one falls back to the settings sheet or the default. */
  setReportField = (field: ReportField, value: string): void => {
    // Kept as typed (a trailing space is the start of the next word); cleaned when the report is drafted.
    const reportFields = { ...this.state.reportFields };
    if (value) reportFields[field] = value;
    else delete reportFields[field];
    this.set({ reportFields });
    void this.deps.fieldStore?.save(reportFields);
  };

  // ---- reading and analysing ---------------------------------------------------------------

  private request(layouts: boolean, forms = false): AnalysisRequest {
    const s = this.state;
    const req: AnalysisRequest = { lang: s.lang, today: this.deps.today(), layouts, officer: true };
    if (forms) req.forms = true;
    if (Object.keys(s.reportFields).length) req.reportFields = s.reportFields;
    if (s.year !== null) req.year = s.year;
    if (s.asOf) req.asOf = s.asOf;
    if (s.trainingValidMonths) req.trainingValidMonths = s.trainingValidMonths;
    return req;
  }

  private requireHost(): WorkbookHost {
    this.place.requireWorkbook();
    return this.deps.host;
  }

  /** Reads the workbook afresh and analyses it. */
  private async fresh(ctx: RunContext, layouts: boolean, forms = false): Promise<PaneResult> {
    const host = this.requireHost();
    if (this.place.readAndAnalyze) {
      const result = await this.place.readAndAnalyze(this.request(layouts, forms), ctx.progress, ctx.signal);
      this.accept(result, true);
      await nextTask();
      return result;
    }
    const grids = await host.readGrids(ctx.progress, ctx.signal);
    ctx.progress({ step: 'analyze', done: 0, total: 0 });
    const result = await this.deps.analyzer.analyze({ grids, request: this.request(layouts, forms) }, { signal: ctx.signal });
    this.set({ merged: null });
    this.accept(result, true);
    await nextTask();
    return result;
  }

  private accept(result: PaneResult, freshRead: boolean): void {
    const patch: Partial<PaneState> = { result };
    if (freshRead) {
      patch.fixed = {};
      patch.expanded = {};
      patch.preview = null;
    }
    // Filters naming what is no longer there are dropped.
    const f = this.state.filter;
    if (f.sheet && !result.findings.some((x) => x.sheet === f.sheet)) patch.filter = { ...(patch.filter ?? f), sheet: '' };
    if (f.tccs && !result.tccs.some((u) => u.code === f.tccs)) patch.filter = { ...(patch.filter ?? f), tccs: '' };
    this.set(patch);
  }

  private afterCheck(result: PaneResult): void {
    if (!result.standardSheets) this.notify('warning', 'noStandardSheets');
    else {
      const c = result.counts;
      this.notify(c.error ? 'warning' : 'success', 'checked', { error: this.num(c.error), warning: this.num(c.warning), info: this.num(c.info) });
    }
  }

  check = (): Promise<void> =>
    this.run(
      'check',
      async (ctx) => {
        const r = await this.fresh(ctx, false);
        this.set({ view: 'findings', reveal: this.state.reveal + 1 });
        this.afterCheck(r);
      },
      true,
    );

  figures = (): Promise<void> =>
    this.run(
      'figures',
      async (ctx) => {
        const r = await this.fresh(ctx, false);
        this.set({ view: 'figures', reveal: this.state.reveal + 1 });
        if (!r.standardSheets) throw new PaneError('noStandardSheets');
        if (!r.figures) throw new PaneError('noFigures');
        const met = r.figures.units.filter((u) => u.attainment !== null && u.attainment >= 1).length;
        const d = r.figures.district;
        const percent = d.attainment === null ? '—' : formatPercent(d.attainment, this.state.lang);
        const text = [this.text('figuresDone', { year: r.figures.year, met: this.num(met), tccs: this.num(r.figures.units.length), percent })];
        if (r.counts.error) text.push(this.text('figuresHaveErrors', { n: this.num(r.counts.error) }));
        this.set({ notice: { id: ++this.noticeId, intent: r.counts.error ? 'warning' : 'success', text: text.join(' ') } });
      },
      true,
    );

  /** A change of year, date or language: the last grids analysed again, no new read. */
  private async reanalyze(): Promise<void> {
    if (this.state.busy?.action === 'reanalyze') this.abort?.abort();
    // Wait for the cancelled run to clear.
    for (let i = 0; i < 50 && this.state.busy?.action === 'reanalyze'; i++) await new Promise((r) => setTimeout(r, 10));
    if (this.state.busy) return;
    const hadLayouts = !!this.state.result?.layouts.length;
    await this.run(
      'reanalyze',
      async (ctx) => {
        ctx.progress({ step: 'analyze', done: 0, total: 0 });
        try {
          const r = await this.deps.analyzer.analyze({ request: this.request(hadLayouts) }, { signal: ctx.signal });
          this.accept(r, false);
          await nextTask();
        } catch (e) {
          if ((e as Error)?.name !== 'NoGrids') throw e;
          await this.fresh(ctx, hadLayouts);
        }
      },
      true,
    );
  }

  // ---- writing -----------------------------------------------------------------------------

  insert = (): Promise<void> =>
    this.run('insert', async (ctx) => {
      const r = await this.fresh(ctx, true);
      if (!r.standardSheets) throw new PaneError('noStandardSheets');
      if (!r.figures || !r.layouts.length) throw new PaneError('noFigures');
      const done = await this.deps.host.insertLayouts(r.layouts, ctx.progress);
      this.markDirty();
      const text = [this.text('inserted', { n: done.sheets.length, names: done.sheets.join(', ') })];
      if (done.replaced.length) text.push(this.text('insertedReplaced', { n: done.replaced.length }));
      this.set({ notice: { id: ++this.noticeId, intent: 'success', text: text.join(' ') } });
    });

  /**
   * The statistical forms' sheets `Biểu 1 Y` … alone: inserted in Excel; in the browser added to
   * the workbook that is downloaded.
   */
  insertForms = (): Promise<void> =>
    this.run('forms', async (ctx) => {
      const r = await this.fresh(ctx, false, true);
      if (!r.standardSheets) throw new PaneError('noStandardSheets');
      if (!r.figures || !r.formLayouts.length) throw new PaneError('noFigures');
      const done = await this.deps.host.insertLayouts(r.formLayouts, ctx.progress);
      this.markDirty();
      const text = [this.text('inserted', { n: done.sheets.length, names: done.sheets.join(', ') })];
      if (done.replaced.length) text.push(this.text('insertedReplaced', { n: done.replaced.length }));
      this.set({ notice: { id: ++this.noticeId, intent: 'success', text: text.join(' ') } });
    });

  exportSummary = (): Promise<void> =>
    this.run('export', async (ctx) => {
      const r = await this.fresh(ctx, true);
      if (!r.standardSheets) throw new PaneError('noStandardSheets');
      if (!r.figures || !r.exportLayouts.length) throw new PaneError('noFigures');
      ctx.progress({ step: 'export', done: 0, total: 0 });
      const out = await this.deps.host.exportSummary(r.exportLayouts, summaryFileName(r.year));
      if (out.kind === 'opened') this.notify('success', 'exportedOpened');
      else if (this.deps.files) this.notify('success', 'exportedDownloaded', { file: out.fileName });
      // Inside Excel a download may go nowhere (some webviews drop it): say how to save anyway.
      else this.set({ notice: { id: ++this.noticeId, intent: 'success', text: `${this.text('exportedDownloaded', { file: out.fileName })} ${this.text('exportDownloadInExcel')}` } });
    });

  /**
   * The drafted report: in Excel, the `Báo cáo Y` sheet inserted (printed or saved as PDF with
   * Excel's own commands, which the notice names); in the browser, an A4 PDF downloaded.
   */
  report = (): Promise<void> =>
    this.run('report', async (ctx) => {
      // The report's sheet comes with every analysis: the other summary layouts are not built.
      const r = await this.fresh(ctx, false);
      if (!r.standardSheets) throw new PaneError('noStandardSheets');
      if (!r.figures || !r.report) throw new PaneError('noFigures');
      const delivered = await this.place.deliverReport(r.report, r.year, ctx.progress);
      const text = [this.text(delivered.key, delivered.params)];
      if (r.counts.error) text.push(this.text('reportHasErrors', { n: this.num(r.counts.error) }));
      this.set({ notice: { id: ++this.noticeId, intent: r.counts.error ? 'warning' : 'success', text: text.join(' '), docx: !!this.deps.saveDocx } });
    });

  /** The drafted report (as last drafted) as an editable Word file, in either mode. */
  reportDocx = (): Promise<void> =>
    this.run('docx', async () => {
      const report = this.state.result?.report;
      if (!report || !this.deps.saveDocx) throw new PaneError('noFigures');
      const file = await this.deps.saveDocx(report.drafted, reportDocxName(this.state.result?.year ?? null));
      this.notify('success', 'reportDocxDownloaded', { file });
    });

  /** Marks the findings the list shows (its filter), read afresh so the addresses are current. */
  mark = (): Promise<void> =>
    this.run('mark', async (ctx) => {
      const r = await this.fresh(ctx, false);
      const findings = filterFindings(r, this.state.filter)
        .map((l) => l.finding)
        .filter((f) => f.cell && this.isOpenWorkbook(f))
        .map((f): ShownFinding => ({ ...f, message: findingMessage(f, this.state.lang, r.ruleTexts, true) }));
      if (!findings.length) {
        this.notify('info', 'nothingToMark');
        return;
      }
      ctx.progress({ step: 'mark', done: 0, total: findings.length });
      const n = await this.deps.host.markFindings(findings);
      this.markDirty();
      this.notify('success', 'marked', { n: this.num(n) });
    });

  clearMarks = (): Promise<void> =>
    this.run('clear', async (ctx) => {
      this.requireHost();
      ctx.progress({ step: 'clear', done: 0, total: 0 });
      const n = await this.deps.host.clearMarks();
      this.notify('success', 'cleared', { n: this.num(n) });
    });

  template = (): Promise<void> =>
    this.run('template', async (ctx) => {
      ctx.progress({ step: 'template', done: 0, total: 0 });
      const done = await this.place.template();
      if (done.openedFile !== undefined) this.set({ fileName: done.openedFile, fileDirty: false, result: null });
      else if (done.key === 'templateInserted') this.markDirty();
      this.notify(done.key === 'templateNone' ? 'info' : 'success', done.key, done.params);
    });

  private markDirty(): void {
    if (this.place.tracksEdits) this.set({ fileDirty: true });
  }

  // ---- fixes ---------------------------------------------------------------------------------

  /** Asks the user to confirm the safe fixes of these findings (those not fixed yet). */
  askFix = (findings: readonly Finding[]): void => {
    const open = findings.filter((f) => this.isOpenWorkbook(f));
    if (open.length < findings.length && !open.length) {
      this.notify('info', 'mergedFixElsewhere');
      return;
    }
    const fixes = fixesFor(open).filter((f) => !this.state.fixed[fixKey(f)]);
    if (fixes.length) this.set({ confirm: fixes });
  };

  /** Whether a finding's cell is in the workbook the pane works on (not in one only read beside it). */
  isOpenWorkbook = (f: Finding): boolean => {
    const m = this.state.merged;
    return !m || (m.own !== null && f.file === m.own);
  };

  cancelFix = (): void => this.set({ confirm: null });

  confirmFix = (): Promise<void> => {
    const fixes = this.state.confirm;
    this.set({ confirm: null });
    if (!fixes?.length) return Promise.resolve();
    return this.run('fix', async (ctx) => {
      this.requireHost();
      ctx.progress({ step: 'fix', done: 0, total: fixes.length });
      const record = await this.deps.host.applyFixes(fixes);
      const fixed = { ...this.state.fixed };
      for (const c of record.cells) fixed[fixKey(c)] = true;
      this.set({ fixed, undo: [...this.state.undo, record] });
      this.markDirty();
      this.notify('success', 'fixesApplied', { n: this.num(record.cells.length) }, { undo: true });
    });
  };

  undo = (): Promise<void> => {
    const record = this.state.undo[this.state.undo.length - 1];
    if (!record) return Promise.resolve();
    return this.run('undo', async () => {
      await this.deps.host.undoFixes(record);
      const fixed = { ...this.state.fixed };
      for (const c of record.cells) delete fixed[fixKey(c)];
      this.set({ fixed, undo: this.state.undo.slice(0, -1) });
      this.notify('info', 'undone', { n: this.num(record.cells.length) });
    });
  };

  isFixed = (f: Finding): boolean => !!this.state.fixed[fixKey(f)];

  // ---- going to a cell ---------------------------------------------------------------------

  goTo = async (f: Finding): Promise<void> => {
    const cell = f.cell || 'A1';
    try {
      if (!this.isOpenWorkbook(f) && f.file) {
        // A workbook read beside the open one: its cells shown in the pane, nothing selected.
        // The analysis keeps the workbooks it read together (the file worker in the browser, the analysis worker in Excel).
        const peek = f.cell ? ((await this.deps.analyzer.peekFile?.({ file: f.file, sheet: f.sheet, cell })) ?? null) : null;
        this.set({ preview: peek && { ...peek, file: f.file } });
        return;
      }
      await this.deps.host.goTo(f.sheet, cell);
      this.set({ preview: f.cell ? await this.place.peek(f.sheet, cell, f.related) : null });
    } catch (e) {
      const failure = failureOf(e, this.state.lang);
      this.set({ notice: { id: ++this.noticeId, intent: failure.intent, text: failure.text, ...(failure.technical ? { technical: failure.technical } : {}) } });
    }
  };

  // ---- the browser mode's file -------------------------------------------------------------

  /** The browser mode's file actions (the pane shows their buttons in that mode only). */
  private files(): BrowserFiles {
    if (!this.place.files) throw new PaneError('needFile');
    return this.place.files;
  }

  openFile = (bytes: ArrayBuffer, fileName: string): Promise<void> =>
    this.run(
      'open',
      async (ctx) => {
        if (!isOpenableName(fileName)) throw new PaneError('notXlsx');
        const files = this.files();
        // The previous file is let go as this one starts to open: a failed open leaves no name behind.
        this.set({ result: null, preview: null, undo: [], fixed: {}, fileName: null });
        const opened = await files.open(bytes, fileName, ctx.progress, ctx.signal);
        this.set({ fileName: opened.fileName, fileDirty: false, merged: null });
        const r = await this.fresh(ctx, false);
        this.set({ view: 'findings', reveal: this.state.reveal + 1 });
        this.afterCheck(r);
      },
      true,
    );

  /** Several CSV files picked together: one workbook, a sheet each (named by file or header). */
  openTogether = (picked: { bytes: ArrayBuffer; fileName: string }[]): Promise<void> =>
    this.run(
      'open',
      async (ctx) => {
        const notOpenable = picked.find((f) => !isOpenableName(f.fileName));
        if (notOpenable) throw new PaneError('notXlsx');
        const files = this.files();
        if (!files.openTogether) throw new PaneError('needFile');
        this.set({ result: null, preview: null, undo: [], fixed: {}, fileName: null });
        const opened = await files.openTogether(picked, ctx.progress, ctx.signal);
        this.set({ fileName: opened.fileName, fileDirty: false });
        const r = await this.fresh(ctx, false);
        this.set({ view: 'findings', reveal: this.state.reveal + 1 });
        this.afterCheck(r);
      },
      true,
    );

  openSample = (): Promise<void> =>
    this.run(
      'sample',
      async (ctx) => {
        const files = this.files();
        this.set({ result: null, preview: null, undo: [], fixed: {} });
        const opened = await files.openSample(ctx.progress);
        this.set({ fileName: opened.fileName, fileDirty: false, merged: null });
        await this.fresh(ctx, false);
        this.set({ view: 'figures', reveal: this.state.reveal + 1 });
      },
      true,
    );

  saveWorkbook = (): Promise<void> =>
    this.run('save', async (ctx) => {
      this.place.requireWorkbook();
      const files = this.files();
      ctx.progress({ step: 'save', done: 0, total: 0 });
      const name = await files.save(editedFileName(files.fileName ?? 'dangvien.xlsx', this.state.lang, this.state.undo.length > 0 || Object.keys(this.state.fixed).length > 0));
      this.notify('success', 'savedWorkbook', { file: name });
    });

  // ---- several workbooks together ------------------------------------------------------------

  /**
   * Browser mode: several workbooks (picked, a folder, dropped) read and analysed together, as
   * `dangvien check FILE...` does; the summary sheets go into a new workbook `TongHop-N-so.xlsx`.
   * One workbook is opened as usual.
   */
  openFiles = (picked: readonly PickedWorkbook[]): Promise<void> => {
    const books = picked.filter((f) => isWorkbookInFolder(f.name));
    if (books.length === 1) return this.openFile(books[0].bytes, books[0].name.split('/').pop()!);
    return this.run(
      'open',
      async (ctx) => {
        if (!books.length) throw new PaneError('notXlsx');
        const files = this.files();
        if (!files.openMany) throw new PaneError('needFile');
        this.set({ result: null, preview: null, undo: [], fixed: {}, merged: null });
        const opened = await files.openMany([...books], mergedFileName(books.length), ctx.progress, ctx.signal);
        this.set({ fileName: opened.fileName, fileDirty: false, merged: { files: opened.files, own: null } });
        const r = await this.fresh(ctx, false);
        this.set({ view: r.figures ? 'figures' : 'findings', reveal: this.state.reveal + 1 });
        this.afterMerge(r, opened.files.length);
      },
      true,
    );
  };

  /**
   * In Excel, "Gộp sổ": the workbooks picked in the pane are read with the open one, analysed
   * together (the same merge as the command line) and the consolidated summary sheets inserted
   * into the open workbook — the add-in's own sheets replaced, never the user's.
   */
  mergeWorkbooks = (picked: readonly PickedWorkbook[]): Promise<void> =>
    this.run(
      'merge',
      async (ctx) => {
        const books = picked.filter((f) => isWorkbookInFolder(f.name));
        if (!books.length) throw new PaneError('notXlsx');
        const analyzeMany = this.deps.analyzer.analyzeMany;
        if (!analyzeMany) throw new PaneError('needFile');
        const host = this.requireHost();
        const grids = await host.readGrids(ctx.progress, ctx.signal);
        const own = this.text('mergeOwnFile');
        const r = await analyzeMany.call(
          this.deps.analyzer,
          { own: { file: own, grids }, files: books.map((b) => ({ name: b.name, bytes: b.bytes })), request: this.request(true) },
          { signal: ctx.signal, onProgress: ctx.progress },
        );
        const files = r.files ?? [];
        this.set({ merged: { files, own: files.includes(own) ? own : null } });
        this.accept(r, true);
        await nextTask();
        this.set({ view: r.figures ? 'figures' : 'findings', reveal: this.state.reveal + 1 });
        if (!r.figures || !r.layouts.length) throw new PaneError('noFigures');
        const done = await host.insertLayouts(r.layouts, ctx.progress);
        const text = [this.text('mergeInserted', { files: this.num(files.length), n: done.sheets.length, names: done.sheets.join(', ') })];
        if (done.replaced.length) text.push(this.text('insertedReplaced', { n: done.replaced.length }));
        if (r.counts.error) text.push(this.text('figuresHaveErrors', { n: this.num(r.counts.error) }));
        this.set({ notice: { id: ++this.noticeId, intent: r.counts.error ? 'warning' : 'success', text: text.join(' ') } });
      },
      true,
    );

  private afterMerge(r: PaneResult, files: number): void {
    const c = r.counts;
    const text = [this.text('mergedOpened', { files: this.num(files) }), this.text('checked', { error: this.num(c.error), warning: this.num(c.warning), info: this.num(c.info) })];
    this.set({ notice: { id: ++this.noticeId, intent: c.error ? 'warning' : 'success', text: text.join(' ') } });
  }

  /** Group key helper re-exported for the components. */
  static groupKey = groupKey;
}
