/**
 * A small request/reply protocol between the pane and its workers. The same service code runs
 * in a Web Worker or, where workers cannot start, in the page itself ("inline": the fallback,
 * and what the unit tests use), behind one `Channel`.
 */
import type { Progress } from '../../hosts/workbook';
import { abortError, serializeError } from '../logic/errors';
import { joinParts, splitParts, type Part } from './parts';

export interface Request {
  id: number;
  type: string;
  payload?: unknown;
}

export type Reply =
  | { id: number; kind: 'progress'; progress: Progress }
  | ({ id: number; kind: 'part' } & Part)
  | { id: number; kind: 'result'; value: unknown }
  | { id: number; kind: 'error'; error: { name?: string; message?: string; code?: string; kind?: string } }
  | { id: 0; kind: 'event'; name: string; data: unknown };

export type Post = (reply: Reply, transfer?: Transferable[]) => void;

export interface HandlerContext {
  progress(p: Progress): void;
  signal: AbortSignal;
  /** Sends an event not tied to this request (a download offered by the host, say). */
  emit(name: string, data: unknown, transfer?: Transferable[]): void;
  /** Bytes handed back without a copy. */
  transfer(list: Transferable[]): void;
}

export type Handler = (payload: any, ctx: HandlerContext) => unknown | Promise<unknown>;

/** The worker side: dispatches requests to handlers; `abort` requests cancel a running one. */
export function serve(handlers: Record<string, Handler>, post: Post): (req: Request) => void {
  const running = new Map<number, AbortController>();
  return (req) => {
    if (req.type === 'abort') {
      running.get(req.payload as number)?.abort();
      return;
    }
    const handler = handlers[req.type];
    const controller = new AbortController();
    running.set(req.id, controller);
    let transfer: Transferable[] = [];
    const ctx: HandlerContext = {
      progress: (progress) => post({ id: req.id, kind: 'progress', progress }),
      signal: controller.signal,
      emit: (name, data, t) => post({ id: 0, kind: 'event', name, data }, t),
      transfer: (list) => void (transfer = list),
    };
    Promise.resolve()
      .then(() => {
        if (!handler) throw new Error(`Unknown request: ${req.type}`);
        return handler(req.payload, ctx);
      })
      .then(
        (value) => {
          // A reply that hands bytes back goes whole (a part would copy what the transfer moves).
          if (transfer.length) return post({ id: req.id, kind: 'result', value }, transfer);
          const { parts, rest } = splitParts(value);
          for (const part of parts) post({ id: req.id, kind: 'part', ...part });
          post({ id: req.id, kind: 'result', value: rest });
        },
        (error) => post({ id: req.id, kind: 'error', error: serializeError(error) }),
      )
      .finally(() => running.delete(req.id));
  };
}

/** Where requests go: a Web Worker, or a service running in the page. */
export interface Endpoint {
  send(req: Request, transfer?: Transferable[]): void;
  onReply(listener: (reply: Reply) => void): void;
  /** Reports a worker that failed to start or crashed. */
  onFailure(listener: (message: string) => void): void;
  terminate(): void;
}

export function workerEndpoint(worker: Worker): Endpoint {
  return {
    send: (req, transfer) => worker.postMessage(req, transfer ?? []),
    onReply: (listener) => worker.addEventListener('message', (e: MessageEvent<Reply>) => listener(e.data)),
    onFailure: (listener) =>
      worker.addEventListener('error', (e: ErrorEvent) => {
        e.preventDefault?.();
        listener(e.message || 'worker failed');
      }),
    terminate: () => worker.terminate(),
  };
}

/**
 * The same service in the page: replies are delivered asynchronously, as a worker's would be.
 * `load` may import the service lazily, so that its code (ExcelJS) stays out of the main bundle.
 */
export function inlineEndpoint(
  load: () => Promise<(post: Post) => (req: Request) => void> | ((post: Post) => (req: Request) => void),
): Endpoint {
  const listeners: ((r: Reply) => void)[] = [];
  const failures: ((message: string) => void)[] = [];
  let dead = false;
  const post: Post = (reply) => {
    if (!dead) setTimeout(() => listeners.forEach((l) => l(reply)), 0);
  };
  const handle = Promise.resolve()
    .then(load)
    .then((start) => start(post));
  handle.catch((e) => failures.forEach((f) => f(String((e as Error)?.message ?? e))));
  return {
    send: (req) => {
      if (!dead) void handle.then((h) => setTimeout(() => h(req), 0));
    },
    onReply: (l) => void listeners.push(l),
    onFailure: (l) => void failures.push(l),
    terminate: () => void (dead = true),
  };
}

export interface CallOptions {
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
  transfer?: Transferable[];
}

interface Pending {
  resolve(v: unknown): void;
  reject(e: unknown): void;
  onProgress?: (p: Progress) => void;
  /** A large result's parts received so far (see parts.ts). */
  parts: Part[];
}

/** The pane side: promises for requests, progress callbacks, cancellation, events. */
export class Channel {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly events = new Map<string, ((data: unknown) => void)[]>();
  private failed: string | null = null;

  constructor(private readonly endpoint: Endpoint) {
    endpoint.onReply((r) => this.receive(r));
    endpoint.onFailure((message) => this.fail(message));
  }

  get broken(): boolean {
    return this.failed !== null;
  }

  on(name: string, listener: (data: unknown) => void): void {
    this.events.set(name, [...(this.events.get(name) ?? []), listener]);
  }

  call<T>(type: string, payload?: unknown, options: CallOptions = {}): Promise<T> {
    if (this.failed) return Promise.reject(Object.assign(new Error(this.failed), { name: 'WorkerError' }));
    if (options.signal?.aborted) return Promise.reject(abortError());
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress: options.onProgress, parts: [] });
      options.signal?.addEventListener('abort', () => {
        if (!this.pending.has(id)) return;
        this.pending.delete(id);
        this.endpoint.send({ id: this.nextId++, type: 'abort', payload: id });
        reject(abortError());
      });
      this.endpoint.send({ id, type, payload }, options.transfer);
    });
  }

  terminate(): void {
    this.endpoint.terminate();
    this.fail('terminated');
  }

  private fail(message: string): void {
    this.failed = message;
    const error = Object.assign(new Error(message), { name: 'WorkerError' });
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }

  private receive(r: Reply): void {
    if (r.kind === 'event') {
      for (const l of this.events.get(r.name) ?? []) l(r.data);
      return;
    }
    const p = this.pending.get(r.id);
    if (!p) return;
    if (r.kind === 'progress') {
      p.onProgress?.(r.progress);
      return;
    }
    if (r.kind === 'part') {
      p.parts.push({ path: r.path, how: r.how, value: r.value });
      return;
    }
    this.pending.delete(r.id);
    if (r.kind === 'result') p.resolve(p.parts.length ? joinParts(r.value, p.parts) : r.value);
    else p.reject(Object.assign(new Error(r.error.message ?? 'error'), r.error));
  }
}
