/**
 * Files the user picked or dropped, as the controller takes them: several workbooks at once, a
 * folder (its files carry their path), or a folder dropped on the pane (walked through the
 * browser's entries). Only workbooks are read into memory.
 */
import { isWorkbookInFolder } from '../../hosts/workbook';
import type { PickedWorkbook } from '../logic/controller';

/** A picked file and the name it is known by (with its folder when it came from one). */
export interface NamedFile {
  file: File;
  name: string;
}

export function namedFiles(list: FileList | readonly File[] | null | undefined): NamedFile[] {
  return Array.from(list ?? []).map((file) => ({ file, name: file.webkitRelativePath || file.name }));
}

/** Several workbooks to read together (else the pane opens the one file itself). */
export function isSeveralWorkbooks(files: readonly NamedFile[]): boolean {
  return files.filter((f) => isWorkbookInFolder(f.name)).length > 1;
}

/** The workbooks among the files, read into memory, sorted by name so runs repeat. */
export async function readWorkbooks(files: readonly NamedFile[]): Promise<PickedWorkbook[]> {
  const books = files.filter((f) => isWorkbookInFolder(f.name)).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return Promise.all(books.map(async (f) => ({ name: f.name, bytes: await bytesOf(f.file) })));
}

/** A file's bytes; through FileReader where Blob.arrayBuffer is missing (Safari before 14, older webviews). */
function bytesOf(file: File): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((ok, fail) => {
    const reader = new FileReader();
    reader.onload = () => ok(reader.result as ArrayBuffer);
    reader.onerror = () => fail(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

// The browser's file-system entries of a drop (webkitGetAsEntry): a folder is walked.
interface Entry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  fullPath: string;
  file?(ok: (f: File) => void, fail: (e: unknown) => void): void;
  createReader?(): { readEntries(ok: (entries: Entry[]) => void, fail: (e: unknown) => void): void };
}

async function walk(entry: Entry, out: NamedFile[]): Promise<void> {
  if (entry.isFile && entry.file) {
    const file = await new Promise<File>((ok, fail) => entry.file!(ok, fail));
    out.push({ file, name: entry.fullPath.replace(/^\//, '') || file.name });
    return;
  }
  if (!entry.isDirectory || !entry.createReader) return;
  const reader = entry.createReader();
  // readEntries gives at most 100 entries a call: read until it gives none.
  for (;;) {
    const batch = await new Promise<Entry[]>((ok, fail) => reader.readEntries(ok, fail));
    if (!batch.length) break;
    for (const e of batch) await walk(e, out);
  }
}

/** The files of a drop, a dropped folder's included; the plain file list where entries are not offered. */
export async function droppedFiles(data: DataTransfer | null): Promise<NamedFile[]> {
  if (!data) return [];
  const items = Array.from(data.items ?? []);
  const entries = items
    .map((i) => ((i as { webkitGetAsEntry?: () => unknown }).webkitGetAsEntry?.() ?? null) as Entry | null)
    .filter((e): e is Entry => e !== null);
  if (!entries.length || !entries.some((e) => e.isDirectory)) return namedFiles(data.files);
  const out: NamedFile[] = [];
  for (const e of entries) await walk(e, out);
  return out;
}
