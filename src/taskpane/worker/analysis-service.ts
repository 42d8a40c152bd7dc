/**
 * The analysis, wherever it runs (its own Web Worker in Excel, the file worker in browser mode,
 * or the page as a fallback): the core's `analyze` on the last grids read, kept here so that a
 * change of year, date or language is recomputed without reading the workbook again. Several
 * workbooks read together are kept the same way and analysed together (the one merge).
 */
import type { SheetGrid } from '../../core/grid';
import type { WorkbookInput } from '../../core/merge';
import type { CellPeek } from '../../hosts/workbook';
import { runWorkbook } from '../../pipeline/run';
import { hasStandardSheets, runWorkbooks } from '../../pipeline/run-many';
import type { AnalysisRequest, PaneResult } from '../logic/result';
import { peekGrid } from './peek-grid';
import { readPickedFiles, type PickedFile } from './read-many';
import { serve, type Handler, type Post, type Request } from './rpc';

export interface AnalyzePayload {
  /** New grids; absent to reuse the last ones. */
  grids?: SheetGrid[];
  request: AnalysisRequest;
}

/** "Gộp sổ": the open workbook (when it holds standard sheets) and the files picked beside it. */
export interface AnalyzeManyPayload {
  own?: { file: string; grids: SheetGrid[] };
  files: PickedFile[];
  request: AnalysisRequest;
}

export interface PeekFilePayload {
  file: string;
  sheet: string;
  cell: string;
}

export function noGridsError(): Error {
  return Object.assign(new Error('No workbook read yet'), { name: 'NoGrids' });
}

type Kept = { grids: SheetGrid[] } | { inputs: WorkbookInput[] };

export interface AnalysisHandlers {
  handlers: Record<string, Handler>;
  /** Grids read elsewhere in the worker (the browser's open file). */
  keep(grids: SheetGrid[]): void;
  /** Several workbooks read elsewhere in the worker (the browser's files opened together). */
  keepMany(inputs: WorkbookInput[]): void;
  /** The workbooks kept together, or null when one workbook (or none) is kept. */
  many(): WorkbookInput[] | null;
}

function runKept(kept: Kept, request: AnalysisRequest): PaneResult {
  return 'grids' in kept ? runWorkbook(kept.grids, request) : runWorkbooks(kept.inputs, request);
}

/** The analysis requests, with the last grids (or workbooks) kept. */
export function analysisHandlers(): AnalysisHandlers {
  let last: Kept | null = null;
  return {
    keep: (grids) => void (last = { grids }),
    keepMany: (inputs) => void (last = { inputs }),
    many: () => (last && 'inputs' in last ? last.inputs : null),
    handlers: {
      analyze(payload: AnalyzePayload, ctx): PaneResult {
        if (payload.grids) last = { grids: payload.grids };
        if (!last) throw noGridsError();
        ctx.progress({ step: 'analyze', done: 0, total: 0 });
        return runKept(last, payload.request);
      },
      async analyzeMany(payload: AnalyzeManyPayload, ctx): Promise<PaneResult> {
        const read = await readPickedFiles(payload.files, ctx.progress, ctx.signal);
        // An open workbook without the standard sheets (a blank book to gather into) is no input.
        const own = payload.own && hasStandardSheets(payload.own.grids) ? [{ file: payload.own.file, grids: payload.own.grids }] : [];
        const inputs = [...own, ...read];
        last = { inputs };
        ctx.progress({ step: 'analyze', done: 0, total: 0 });
        return runWorkbooks(inputs, payload.request);
      },
      /** The cells around one in a workbook read together with others (the pane's stand-in for selecting it). */
      peekFile(p: PeekFilePayload): CellPeek | null {
        const input = last && 'inputs' in last ? last.inputs.find((i) => i.file === p.file) : undefined;
        const grid = input?.grids.find((g) => g.name === p.sheet);
        return grid ? peekGrid(grid, p.cell) : null;
      },
      forget() {
        last = null;
        return true;
      },
    },
  };
}

export function analysisService(post: Post): (req: Request) => void {
  return serve({ ...analysisHandlers().handlers, ping: () => 'pong' }, post);
}
