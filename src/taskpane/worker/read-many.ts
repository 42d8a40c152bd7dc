/**
 * Several workbooks picked together (files, a folder, or the files beside the workbook open in
 * Excel), read where the analysis runs with the same reader as one file: a progress step per
 * file, and a file that cannot be read stops the read naming it. Nothing leaves the computer.
 */
import type { SheetGrid } from '../../core/grid';
import type { WorkbookInput } from '../../core/merge';
import { readSpreadsheet } from '../../hosts/read-file';
import { shownFileNames } from '../../hosts/workbook-files';
import type { ProgressFn } from '../../hosts/workbook';
import { abortError } from '../logic/errors';

export interface PickedFile {
  /** The name as picked: with its folder when picked as a folder (`tinh/X01.xlsx`). */
  name: string;
  bytes: ArrayBuffer;
}

const nextTick = () => new Promise<void>((r) => setTimeout(r, 0));

export async function readPickedFiles(files: readonly PickedFile[], onProgress: ProgressFn, signal?: AbortSignal): Promise<WorkbookInput[]> {
  const shown = shownFileNames(files.map((f) => f.name));
  const inputs: WorkbookInput[] = [];
  for (const [i, f] of files.entries()) {
    if (signal?.aborted) throw abortError();
    onProgress({ step: 'readFile', done: i, total: files.length, sheet: shown[i] });
    let grids: SheetGrid[];
    try {
      grids = await readSpreadsheet({ name: f.name, bytes: new Uint8Array(f.bytes) }, { signal, pause: nextTick });
    } catch (e) {
      const err = e as Error;
      if (err?.name === 'AbortError') throw e;
      // The class does not survive postMessage: its name says what it was, the message which file.
      // A message in both languages (`vi / en`) gets the file's name in each.
      const message = (err?.message ?? String(e)).split(' / ').map((part) => `${shown[i]}: ${part}`).join(' / ');
      throw Object.assign(new Error(message), { name: 'UnreadableFileError' });
    }
    inputs.push({ file: shown[i], grids });
  }
  return inputs;
}
