/**
 * Starts the pane's Web Workers (bundled by webpack 5 from `new Worker(new URL(…), import.meta.url)`),
 * with the page as the fallback. Not imported by the unit tests: they use the inline endpoints.
 */
import { AnalysisClient, FileHostClient, type DownloadFn } from './clients';
import { inlineEndpoint, workerEndpoint } from './rpc';

export function startAnalysis(onFallback?: () => void): AnalysisClient {
  return new AnalysisClient(
    // @ts-expect-error -- import.meta is ES module syntax (tsconfig says commonjs); webpack compiles this file as esnext.
    () => workerEndpoint(new Worker(new URL('./analysis.worker.ts', import.meta.url), { name: 'dangvien-analysis' })),
    () => inlineEndpoint(() => import('./analysis-service').then((m) => m.analysisService)),
    onFallback,
  );
}

export function startFileHost(download: DownloadFn, onFallback?: () => void): FileHostClient {
  return new FileHostClient(
    // @ts-expect-error -- as above.
    () => workerEndpoint(new Worker(new URL('./file.worker.ts', import.meta.url), { name: 'dangvien-file' })),
    () =>
      inlineEndpoint(() =>
        Promise.all([import('./file-service'), import('./sample')]).then(([m, s]) => (post) => m.fileService(post, s.sampleWorkbook)),
      ),
    download,
    onFallback,
  );
}
