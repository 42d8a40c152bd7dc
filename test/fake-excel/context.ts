/**
 * The request context of the fake: commands are queued and run only at `sync()`, loaded
 * properties become readable only after it, a request or response over the payload limit is
 * refused with Excel's error, and every `sync` is counted.
 */
import { FakeExcelError, apiNotFound, notLoaded } from './errors';
import { type FakeLibrary, libraryHas } from './library';
import type { WorkbookState } from './state';

export interface FakeOptions {
  /** Highest ExcelApi version the fake supports (`1.18` by default). */
  apiVersion?: string;
  /** Payload limit per request and per response, in bytes of JSON (Excel on the web: 5 MB). */
  payloadLimit?: number;
  /** How an over-limit read fails: Excel's error, or `null` values (as Excel on the web may return). */
  overLimitRead?: 'error' | 'null';
  /** `Excel.createWorkbook` fails as if blocked (a pop-up blocker, a policy). */
  createWorkbookBlocked?: boolean;
  /** The Office.js the pane loaded: Microsoft's CDN (current, the default) or the copy shipped with the add-in. */
  library?: FakeLibrary;
  /** The most the document's settings take, as JSON characters (saving more fails, as in Excel). */
  settingsLimit?: number;
}

export interface SyncStats {
  syncs: number;
  /** Request and response sizes of each sync, in bytes. */
  requests: number[];
  responses: number[];
  /** Syncs refused for their size. */
  rejected: number;
  /** Syncs with screen updating or calculation suspended. */
  suspendedScreen: number;
  suspendedCalculation: number;
}

export class FakeSession {
  readonly stats: SyncStats = { syncs: 0, requests: [], responses: [], rejected: 0, suspendedScreen: 0, suspendedCalculation: 0 };
  readonly limit: number;
  /** Set by `suspendApiCalculationUntilNextSync` for the rest of the sync being run. */
  calculationSuspended = false;
  /** Set by `application.calculate` for the action being run. */
  calculating = false;

  constructor(
    readonly state: WorkbookState,
    readonly options: FakeOptions = {},
  ) {
    this.limit = options.payloadLimit ?? 5_000_000;
  }

  supports(version: string): boolean {
    return compareVersions(this.options.apiVersion ?? '1.18', version) >= 0;
  }

  libraryHas(type: string, member: string): boolean {
    return libraryHas(this.options.library ?? 'cdn', type, member);
  }

  resetStats(): void {
    Object.assign(this.stats, { syncs: 0, requests: [], responses: [], rejected: 0, suspendedScreen: 0, suspendedCalculation: 0 });
  }
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** Bytes of a value's JSON in UTF-8, as it would travel (a 2-D array row by row, repeated rows counted once). */
export function payloadBytes(value: unknown): number {
  if (Array.isArray(value) && value.length > 64 && value.every(Array.isArray)) {
    let n = 2 + value.length - 1;
    let last: unknown = null;
    let lastBytes = 0;
    for (const row of value) {
      if (row !== last) {
        last = row;
        lastBytes = payloadBytes(row);
      }
      n += lastBytes;
    }
    return n;
  }
  return jsonBytes(value);
}

function jsonBytes(value: unknown): number {
  const s = JSON.stringify(value) ?? '';
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return n;
}

/** A staged load: its response size, and how to make it visible once the sync succeeds. */
export interface Staged {
  bytes: number;
  commit(nullValues: boolean): void;
}

interface Action {
  bytes: number;
  run(): Staged | void;
}

export class FakeRequestContext {
  private actions: Action[] = [];
  /** Set by the workbook module (it imports this one). */
  workbook!: unknown;
  application!: unknown;

  constructor(readonly session: FakeSession) {}

  get state(): WorkbookState {
    return this.session.state;
  }

  get pending(): boolean {
    return this.actions.length > 0;
  }

  op(bytes: number, run: () => void, needs?: string): void {
    this.actions.push({
      bytes,
      run: () => {
        if (needs && !this.session.supports(needs)) throw apiNotFound('this API', needs);
        run();
      },
    });
  }

  load(run: () => Staged): void {
    this.actions.push({ bytes: 0, run });
  }

  async sync(): Promise<void> {
    const actions = this.actions;
    this.actions = [];
    const s = this.session;
    s.stats.syncs++;
    const request = actions.reduce((a, x) => a + x.bytes, 0);
    s.stats.requests.push(request);
    await Promise.resolve();
    if (request > s.limit) {
      s.stats.rejected++;
      s.stats.responses.push(0);
      throw new FakeExcelError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${request} > ${s.limit} bytes).`);
    }
    const staged: Staged[] = [];
    // With calculation suspended, what this sync writes leaves formulas stale until the add-in
    // recalculates (`application.calculate`): Excel does not catch up by itself.
    s.calculationSuspended = false;
    try {
      for (const a of actions) {
        const st = a.run();
        if (st) staged.push(st);
        else if (a.bytes > 8 && s.calculationSuspended && !s.calculating) s.state.calculationStale = true;
        s.calculating = false;
      }
    } catch (e) {
      s.stats.responses.push(0);
      throw e;
    }
    const response = staged.reduce((a, x) => a + x.bytes, 0);
    s.stats.responses.push(response);
    if (response > s.limit) {
      s.stats.rejected++;
      if (s.options.overLimitRead !== 'null') {
        throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${response} > ${s.limit} bytes).`);
      }
    }
    for (const st of staged) st.commit(response > s.limit);
  }
}

export type LoadArg = string | string[] | { select?: string; expand?: string } | undefined;

/** `"a, b/c"` → `["a", "b/c"]`. */
export function loadPaths(arg: LoadArg): string[] {
  if (arg === undefined) return [];
  const raw = typeof arg === 'string' ? arg.split(',') : Array.isArray(arg) ? arg : [arg.select ?? '', arg.expand ?? ''].join(',').split(',');
  return raw.map((p) => p.trim()).filter(Boolean);
}

/**
 * A proxy object. Properties are readable after `load` and `sync`; setting one queues a command.
 * Subclasses say how to read a property (`read`) from the state at sync time.
 */
export abstract class FakeObject {
  protected readonly loaded = new Map<string, unknown>();

  constructor(readonly context: FakeRequestContext) {}

  /** A property's value from the state, at sync. Throws like Excel when the object is missing. */
  protected abstract read(prop: string): unknown;

  /** For `…OrNullObject` proxies: whether the object is missing (read at sync). */
  protected missing(): boolean {
    return false;
  }

  /** Properties that travel as cell data and count towards the payload. */
  protected isPayload(prop: string): boolean {
    return prop === 'values' || prop === 'formulas' || prop === 'numberFormat' || prop === 'text';
  }

  protected got<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }

  /** An object passed as an argument travels as a reference, not as its contents. */
  toJSON(): unknown {
    return { ref: this.constructor.name };
  }

  get isNullObject(): boolean {
    return this.got<boolean>('isNullObject');
  }

  load(arg?: LoadArg): this {
    const paths = loadPaths(arg);
    this.context.load(() => this.stage(paths));
    return this;
  }

  /** Reads the properties now (inside a sync) and returns them staged. */
  stage(paths: string[]): Staged {
    if (this.missing()) {
      return { bytes: 16, commit: () => this.loaded.set('isNullObject', true) };
    }
    const values = new Map<string, unknown>();
    let bytes = 16;
    const nested: Staged[] = [];
    for (const p of paths) {
      const slash = p.indexOf('/');
      if (slash >= 0) {
        const child = this.child(p.slice(0, slash));
        nested.push(child.stage([p.slice(slash + 1)]));
        continue;
      }
      const v = this.read(p);
      values.set(p, v);
      bytes += this.isPayload(p) ? payloadBytes(v) : 16;
    }
    bytes += nested.reduce((a, n) => a + n.bytes, 0);
    return {
      bytes,
      commit: (nullValues) => {
        this.loaded.set('isNullObject', false);
        for (const [k, v] of values) this.loaded.set(k, nullValues && this.isPayload(k) ? null : v);
        for (const n of nested) n.commit(nullValues);
      },
    };
  }

  /** A navigation property, for nested load paths such as `format/fill/color`. */
  protected child(name: string): FakeObject {
    throw new FakeExcelError('InvalidArgument', `Cannot load the path "${name}/…" on this object in the fake.`);
  }
}

/**
 * A collection proxy: `load('items/name')` (or `load('name')`) reads the current items at sync
 * and makes `items` readable.
 */
export abstract class FakeCollection<T extends FakeObject> extends FakeObject {
  protected abstract keys(): string[];
  protected abstract itemFor(key: string): T;

  get items(): T[] {
    return this.got<T[]>('items');
  }

  protected read(prop: string): unknown {
    throw new FakeExcelError('InvalidArgument', `Unknown collection property ${prop}`);
  }

  stage(paths: string[]): Staged {
    const items = this.keys().map((k) => this.itemFor(k));
    const itemPaths = paths.map((p) => (p.startsWith('items/') ? p.slice(6) : p)).filter((p) => p !== 'items');
    const staged = items.map((it) => it.stage(itemPaths));
    return {
      bytes: 16 + staged.reduce((a, s) => a + s.bytes, 0),
      commit: (nullValues) => {
        this.loaded.set('items', items);
        for (const s of staged) s.commit(nullValues);
      },
    };
  }
}

/**
 * Objects the fake only records (conditional formats, validation, page layout, chart parts):
 * each property set queues a command that writes into `target` at sync; reading a sub-object
 * gives another recorder.
 */
export function recorder<T extends object>(ctx: FakeRequestContext, target: () => Record<string, unknown>, needs?: string): T {
  const handler: ProxyHandler<Record<string, unknown>> = {
    get(_, prop) {
      if (typeof prop !== 'string') return undefined;
      if (prop === 'load') return () => proxy;
      return recorder(ctx, () => {
        const t = target();
        const sub = t[prop];
        if (sub && typeof sub === 'object') return sub as Record<string, unknown>;
        const fresh: Record<string, unknown> = {};
        t[prop] = fresh;
        return fresh;
      }, needs);
    },
    set(_, prop, value) {
      if (typeof prop !== 'string') return false;
      ctx.op(payloadBytes(value), () => {
        target()[prop] = value;
      }, needs);
      return true;
    },
  };
  const proxy = new Proxy<Record<string, unknown>>({}, handler);
  return proxy as T;
}
