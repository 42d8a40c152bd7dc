/**
 * Export: the summary sheets alone, built as .xlsx by the ExcelJS renderer in the task pane and
 * opened as a new workbook (`Excel.createWorkbook`, ExcelApi 1.8); where that is missing or
 * blocked, the same file is offered as a download. Links into the data sheets are dropped: the
 * data sheets are not in the file.
 */
import type { SheetLayout } from '../../core/layouts/types';
import type { ExportResult } from '../workbook';
import type { CreateWorkbookFn, DownloadFn } from './office';

export type RenderFn = (layouts: SheetLayout[]) => Promise<Uint8Array>;

export interface ExportEnv {
  canOpen: boolean;
  createWorkbook: CreateWorkbookFn | null;
  download: DownloadFn;
  render?: RenderFn;
}

/** Base64 of the bytes, in chunks (a spread of a few MB would overflow the call stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

const defaultRender: RenderFn = async (layouts) => {
  // Loaded on first export only: ExcelJS is large.
  const { writeXlsx } = await import('../xlsx/write/workbook');
  return writeXlsx(layouts);
};

export async function exportSummary(layouts: SheetLayout[], fileName: string, env: ExportEnv): Promise<ExportResult> {
  const clean = layouts.map((l) => ({ ...l, links: [] }));
  const bytes = await (env.render ?? defaultRender)(clean);
  if (env.canOpen && env.createWorkbook) {
    try {
      await env.createWorkbook(toBase64(bytes));
      return { kind: 'opened' };
    } catch {
      // Blocked (pop-ups, policy, Excel on the web in some browsers): the download below still works.
    }
  }
  const name = /\.xlsx$/i.test(fileName) ? fileName : `${fileName}.xlsx`;
  env.download(bytes, name);
  return { kind: 'downloaded', fileName: name };
}
