/** The browser mode's Web Worker: the picked workbook is opened, read and written here (ExcelJS). */
import type { Reply } from './rpc';
import { fileService } from './file-service';
import { sampleWorkbook } from './sample';

const scope = self as unknown as { postMessage(m: Reply, t?: Transferable[]): void; onmessage: ((e: MessageEvent) => void) | null };
const handle = fileService((reply, transfer) => scope.postMessage(reply, transfer ?? []), sampleWorkbook);
scope.onmessage = (e) => handle(e.data);
