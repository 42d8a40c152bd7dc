// The pane's controller wired as the pane wires it, for the tests: against the fake Excel (the
// analysis behind the same channel as its worker), or in browser mode (the file worker's service).
import type { SheetGrid } from '../../src/core/grid';
import type { Lang } from '../../src/core/findings';
import { ExcelHost } from '../../src/hosts/excel';
import { createFakeExcel } from '../fake-excel';
import { PaneController } from '../../src/taskpane/logic/controller';
import { analysisService } from '../../src/taskpane/worker/analysis-service';
import { AnalysisClient, FileHostClient } from '../../src/taskpane/worker/clients';
import { fileService, type FontsLoader } from '../../src/taskpane/worker/file-service';
import { inlineEndpoint } from '../../src/taskpane/worker/rpc';

export function excelPane(grids: SheetGrid[], options: { apiVersion?: string; today?: string; createWorkbookBlocked?: boolean } = {}) {
  const fake = createFakeExcel({ apiVersion: options.apiVersion ?? '1.18', createWorkbookBlocked: options.createWorkbookBlocked });
  fake.loadGrids(grids);
  const host = new ExcelHost(fake.hostOptions());
  const analyzer = new AnalysisClient(
    () => inlineEndpoint(() => analysisService),
    () => inlineEndpoint(() => analysisService),
  );
  const c = new PaneController({ mode: 'excel', lang: 'vi', host, analyzer, today: () => options.today ?? '2018-01-09' });
  return { c, fake, host };
}

export function browserPane(options: { lang?: Lang; today?: string; fonts?: FontsLoader } = {}) {
  const downloads: { bytes: Uint8Array; fileName: string }[] = [];
  const sample = async () => ({ bytes: new Uint8Array(), fileName: 'x' });
  const files = new FileHostClient(
    () => inlineEndpoint(() => (post) => fileService(post, sample, options.fonts)),
    () => {
      throw new Error('no fallback in tests');
    },
    (bytes, fileName) => downloads.push({ bytes, fileName }),
  );
  const c = new PaneController({
    mode: 'browser',
    lang: options.lang ?? 'vi',
    host: files,
    files,
    analyzer: files,
    today: () => options.today ?? '2018-01-09',
    // As the page does: the Word file rendered and offered as a download.
    saveDocx: async (drafted, fileName) => {
      const { renderReportDocx } = await import('../../src/report/docx');
      downloads.push({ bytes: await renderReportDocx(drafted), fileName });
      return fileName;
    },
  });
  return { c, files, downloads };
}
