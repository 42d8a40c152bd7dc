/** The analysis Web Worker: the core runs here, off the pane's thread. */
import type { Reply } from './rpc';
import { analysisService } from './analysis-service';

const scope = self as unknown as { postMessage(m: Reply, t?: Transferable[]): void; onmessage: ((e: MessageEvent) => void) | null };
const handle = analysisService((reply, transfer) => scope.postMessage(reply, transfer ?? []));
scope.onmessage = (e) => handle(e.data);
