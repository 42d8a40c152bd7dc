/**
 * The analysis, wherever it runs (its own Web Worker in Excel, the file worker in browser mode,
 * or the page as a fallback): the core's `analyze` on the last grids read, kept here so that a
 * change of year, date or language is recomputed without reading the workbook again.
 */
import type { SheetGrid } from '../../core/grid';
import { runWorkbook } from '../../pipeline/run';
import type { AnalysisRequest, PaneResult } from '../logic/result';
import { serve, type Handler, type Post, type Request } from './rpc';

export interface AnalyzePayload {
  /** New grids; absent to reuse the last ones. */
  grids?: SheetGrid[];
  request: AnalysisRequest;
}

export function noGridsError(): Error {
  return Object.assign(new Error('No workbook read yet'), { name: 'NoGrids' });
}

/** The analysis requests, with the last grids kept; `keep` hands it grids read elsewhere in the worker. */
export function analysisHandlers(): { handlers: Record<string, Handler>; keep(grids: SheetGrid[]): void } {
  let last: SheetGrid[] | null = null;
  return {
    keep: (grids) => void (last = grids),
    handlers: {
      analyze(payload: AnalyzePayload, ctx): PaneResult {
        if (payload.grids) last = payload.grids;
        if (!last) throw noGridsError();
        ctx.progress({ step: 'analyze', done: 0, total: 0 });
        return runWorkbook(last, payload.request);
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
