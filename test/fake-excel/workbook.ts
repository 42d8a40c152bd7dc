/** The fake's workbook and application objects, comments (ExcelApi 1.10) and defined names. */
import { boundsAddress, parseBounds, splitSheet } from './address';
import { FakeCollection, FakeObject, FakeRequestContext, type FakeSession, payloadBytes } from './context';
import { FakeExcelError, invalidArgument, notFound } from './errors';
import { FakeTableCollection } from './objects';
import { FakeRange } from './range';
import type { CommentState } from './state';
import { FakeWorksheetCollection } from './worksheet';

export class FakeApplication {
  constructor(private readonly context: FakeRequestContext) {}

  suspendScreenUpdatingUntilNextSync(): void {
    this.context.op(8, () => this.context.session.stats.suspendedScreen++, '1.9');
  }

  suspendApiCalculationUntilNextSync(): void {
    this.context.op(8, () => {
      this.context.session.stats.suspendedCalculation++;
      this.context.session.calculationSuspended = true;
    }, '1.6');
  }

  calculate(_type: Excel.CalculationType | 'Recalculate' | 'Full' | 'FullRebuild'): void {
    this.context.op(16, () => {
      this.context.session.calculating = true;
      this.context.state.calculationStale = false;
    }, '1.1');
  }
}

export class FakeComment extends FakeObject implements Pick<Excel.Comment, 'content' | 'id'> {
  constructor(
    context: FakeRequestContext,
    private readonly lookup: () => CommentState | undefined,
    private readonly nullable = false,
  ) {
    super(context);
  }

  comment(): CommentState {
    if (!this.context.session.supports('1.10')) throw new FakeExcelError('ApiNotFound', 'Comments need ExcelApi 1.10');
    const c = this.lookup();
    if (!c) throw notFound('comment');
    return c;
  }

  protected missing(): boolean {
    return this.nullable && !this.lookup();
  }

  protected read(prop: string): unknown {
    const c = this.comment();
    if (prop === 'content' || prop === 'id') return c[prop];
    throw invalidArgument(`The fake cannot load Comment.${prop}.`);
  }

  get id(): string {
    return this.got('id');
  }
  get content(): string {
    return this.got('content');
  }
  set content(v: string) {
    this.context.op(payloadBytes(v), () => (this.comment().content = v), '1.10');
  }

  getLocation(): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const s = this.context.state.sheets.find((x) => x.id === this.comment().sheetId);
        if (!s) throw notFound('sheet of comment');
        return s;
      },
      () => parseBounds(this.comment().cell),
    );
  }

  delete(): void {
    this.context.op(16, () => {
      const c = this.comment();
      this.context.state.comments = this.context.state.comments.filter((x) => x !== c);
    }, '1.10');
  }
}

export class FakeCommentCollection extends FakeCollection<FakeComment> {
  protected keys(): string[] {
    if (!this.context.session.supports('1.10')) throw new FakeExcelError('ApiNotFound', 'Comments need ExcelApi 1.10');
    return this.context.state.comments.map((c) => c.id);
  }

  protected itemFor(id: string): FakeComment {
    return new FakeComment(this.context, () => this.context.state.comments.find((c) => c.id === id));
  }

  add(...[cellAddress, content]: Parameters<Excel.CommentCollection['add']>): FakeComment {
    let made: CommentState | undefined;
    this.context.op(payloadBytes(content), () => {
      const state = this.context.state;
      let sheetId: string;
      let cell: string;
      if (cellAddress instanceof FakeRange) {
        sheetId = cellAddress.sheetRef().id;
        cell = boundsAddress(cellAddress.bounds());
      } else {
        const { sheet, cells } = splitSheet(String(cellAddress));
        const s = sheet ? state.sheet(sheet) : undefined;
        const b = parseBounds(cells);
        if (!s || !b || b.r0 !== b.r1 || b.c0 !== b.c1) throw new FakeExcelError('InvalidCellAddress', `"${String(cellAddress)}" is not one cell on a sheet.`);
        sheetId = s.id;
        cell = boundsAddress(b);
      }
      if (state.comments.some((c) => c.sheetId === sheetId && c.cell === cell)) throw new FakeExcelError('InvalidOperation', `Cell ${cell} already has a comment.`);
      made = { id: state.newId('K'), sheetId, cell, content: String(content) };
      state.comments.push(made);
    }, '1.10');
    return new FakeComment(this.context, () => made);
  }

  getItem(...[commentId]: Parameters<Excel.CommentCollection['getItem']>): FakeComment {
    return new FakeComment(this.context, () => this.context.state.comments.find((c) => c.id === commentId));
  }

  /** ExcelApi 1.14, although comments are 1.10: before it the whole sync fails. */
  getItemOrNullObject(...[commentId]: Parameters<Excel.CommentCollection['getItemOrNullObject']>): FakeComment {
    const comment = new FakeComment(this.context, () => this.context.state.comments.find((c) => c.id === commentId), true);
    this.context.op(0, () => undefined, '1.14');
    return comment;
  }
}

export class FakeNamedItem extends FakeObject implements Pick<Excel.NamedItem, 'name'> {
  constructor(
    context: FakeRequestContext,
    private readonly key: string,
  ) {
    super(context);
  }

  protected read(prop: string): unknown {
    if (prop === 'name') return this.key;
    throw invalidArgument(`The fake cannot load NamedItem.${prop}.`);
  }

  get name(): string {
    return this.got('name');
  }
}

export class FakeNamedItemCollection extends FakeCollection<FakeNamedItem> {
  protected keys(): string[] {
    return [...this.context.state.names];
  }

  protected itemFor(key: string): FakeNamedItem {
    return new FakeNamedItem(this.context, key);
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly comments: FakeCommentCollection;
  readonly application: FakeApplication;

  constructor(context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context, null);
    this.names = new FakeNamedItemCollection(context);
    this.comments = new FakeCommentCollection(context);
    this.application = new FakeApplication(context);
  }
}

/** A request context with its workbook, as `Excel.run` hands one to a batch. */
export function newContext(session: FakeSession): FakeRequestContext {
  const ctx = new FakeRequestContext(session);
  const wb = new FakeWorkbook(ctx);
  ctx.workbook = wb;
  ctx.application = wb.application;
  return ctx;
}
