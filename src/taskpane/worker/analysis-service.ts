/**
 * The analysis, wherever it runs (a Web Worker, or the page as a fallback): the core's
 * `analyze` on the last grids read, kept here so that a change of year, date or language is
 * recomputed without reading the workbook again.
 */
import type { SheetGrid } from '../../core/grid';
import { runAnalysis, type AnalysisRequest, type PaneResult } from '../logic/result';
import { serve, type Post, type Request } from './rpc';

export interface AnalyzePayload {
  /** New grids; absent to reuse the last ones. */
  grids?: SheetGrid[];
  request: AnalysisRequest;
}

export function noGridsError(): Error {
  return Object.assign(new Error('No workbook read yet'), { name: 'NoGrids' });
}

export function analysisService(post: Post): (req: Request) => void {
  let last: SheetGrid[] | null = null;
  return serve(
    {
      analyze(payload: AnalyzePayload, ctx): PaneResult {
        if (payload.grids) last = payload.grids;
        if (!last) throw noGridsError();
        ctx.progress({ step: 'analyze', done: 0, total: 0 });
        return runAnalysis(last, payload.request);
      },
      forget() {
        last = null;
        return true;
      },
      ping: () => 'pong',
    },
    post,
  );
}
