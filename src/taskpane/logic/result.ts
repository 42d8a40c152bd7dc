/**
 * What the analysis hands to the pane: the run pipeline's request and result (src/pipeline/run.ts
 * defines them), under the names the pane's code reads.
 */
export type { RunRequest as AnalysisRequest, RunResult as PaneResult, RunReport as PaneReport } from '../../pipeline/run';
