/** Worksheets in the fake, with what hangs off them: freeze panes, custom properties, notes, page layout. */
import { type Bounds, boundsAddress, parseBounds } from './address';
import { FakeCollection, FakeObject, type FakeRequestContext, payloadBytes, recorder } from './context';
import { FakeExcelError, invalidArgument, notFound } from './errors';
import { FakeRange } from './range';
import { type SheetState, checkSheetName } from './state';
import { FakeChartCollection, FakePivotTableCollection, FakeTableCollection } from './objects';

type SheetProps = Pick<Excel.Worksheet, 'name' | 'id' | 'visibility' | 'position' | 'showGridlines'>;

export class FakeWorksheet extends FakeObject implements SheetProps {
  private id_: string | undefined;

  constructor(
    context: FakeRequestContext,
    private readonly lookup: () => SheetState | undefined,
    private readonly nullable = false,
  ) {
    super(context);
  }

  /** The sheet at sync time; a proxy keeps to the sheet it first found, as Excel's do (by id). */
  sheet = (): SheetState => {
    const s = this.id_ ? this.context.state.sheets.find((x) => x.id === this.id_) : this.lookup();
    if (!s) throw notFound('worksheet');
    this.id_ = s.id;
    return s;
  };

  protected missing(): boolean {
    return this.nullable && !this.lookup();
  }

  protected read(prop: string): unknown {
    const s = this.sheet();
    switch (prop) {
      case 'name':
        return s.name;
      case 'id':
        return s.id;
      case 'visibility':
        return s.visibility;
      case 'position':
        return this.context.state.sheets.indexOf(s);
      case 'showGridlines':
        return s.showGridlines;
      default:
        throw invalidArgument(`The fake cannot load Worksheet.${prop}.`);
    }
  }

  get name(): string {
    return this.got('name');
  }
  set name(v: string) {
    this.context.op(payloadBytes(v), () => {
      const s = this.sheet();
      checkSheetName(v);
      if (this.context.state.sheets.some((x) => x !== s && x.name.toUpperCase() === v.toUpperCase())) {
        throw new FakeExcelError('ItemAlreadyExists', `A sheet named "${v}" already exists.`);
      }
      s.name = v;
    });
  }
  get id(): string {
    return this.got('id');
  }
  get visibility(): SheetProps['visibility'] {
    return this.got('visibility');
  }
  set visibility(v: SheetProps['visibility']) {
    this.context.op(16, () => {
      const s = this.sheet();
      const others = this.context.state.sheets.filter((x) => x !== s && x.visibility === 'Visible');
      if (v !== 'Visible' && !others.length) throw new FakeExcelError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
      s.visibility = v as SheetState['visibility'];
    });
  }
  get position(): number {
    return this.got('position');
  }
  set position(v: number) {
    this.context.op(16, () => {
      const s = this.sheet();
      const list = this.context.state.sheets.filter((x) => x !== s);
      list.splice(Math.max(0, Math.min(v, list.length)), 0, s);
      this.context.state.sheets = list;
    });
  }

  get showGridlines(): boolean {
    return this.got('showGridlines');
  }
  set showGridlines(v: boolean) {
    this.context.op(16, () => (this.sheet().showGridlines = v), '1.8');
  }

  getRange(...[address]: Parameters<Excel.Worksheet['getRange']>): FakeRange {
    if (address === undefined) return new FakeRange(this.context, this.sheet, () => ({ r0: 0, c0: 0, r1: 1_048_575, c1: 16_383 }));
    return FakeRange.of(this.context, this.sheet, address);
  }

  getRangeByIndexes(...[startRow, startColumn, rowCount, columnCount]: Parameters<Excel.Worksheet['getRangeByIndexes']>): FakeRange {
    return new FakeRange(this.context, this.sheet, () => {
      if (!this.context.session.supports('1.7')) throw new FakeExcelError('ApiNotFound', 'getRangeByIndexes needs ExcelApi 1.7');
      const b: Bounds = { r0: startRow, c0: startColumn, r1: startRow + rowCount - 1, c1: startColumn + columnCount - 1 };
      if (rowCount < 1 || columnCount < 1 || b.r1 >= 1_048_576 || b.c1 >= 16_384) throw invalidArgument('The range is off the sheet.');
      return b;
    });
  }

  getCell(...[row, column]: Parameters<Excel.Worksheet['getCell']>): FakeRange {
    return new FakeRange(this.context, this.sheet, () => ({ r0: row, c0: column, r1: row, c1: column }));
  }

  getUsedRange(...[valuesOnly]: Parameters<Excel.Worksheet['getUsedRange']>): FakeRange {
    // Excel gives A1 for an empty sheet.
    return new FakeRange(this.context, this.sheet, () => this.sheet().usedBounds(!!valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 });
  }

  getUsedRangeOrNullObject(...[valuesOnly]: Parameters<Excel.Worksheet['getUsedRangeOrNullObject']>): FakeRange {
    return new FakeRange(this.context, this.sheet, () => this.sheet().usedBounds(!!valuesOnly), true);
  }

  activate(): void {
    this.context.op(16, () => {
      const s = this.sheet();
      if (s.visibility !== 'Visible') throw invalidArgument('Cannot activate a hidden sheet.');
      this.context.state.activeSheetId = s.id;
    });
  }

  delete(): void {
    this.context.op(16, () => this.context.state.deleteSheet(this.sheet()));
  }

  get freezePanes(): { freezeRows(count?: number): void; unfreeze(): void } {
    return {
      freezeRows: (count = 1) => this.context.op(16, () => (this.sheet().freezeRows = count), '1.7'),
      unfreeze: () => this.context.op(16, () => (this.sheet().freezeRows = 0), '1.7'),
    };
  }

  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.context, this);
  }

  get pivotTables(): FakePivotTableCollection {
    return new FakePivotTableCollection(this.context, this);
  }

  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.context, this);
  }

  get customProperties(): FakeCustomPropertyCollection {
    return new FakeCustomPropertyCollection(this.context, this.sheet);
  }

  /** Absent (undefined) when the loaded Office.js is the shipped copy, whatever Excel supports. */
  get notes(): FakeNoteCollection {
    if (!this.context.session.libraryHas('Worksheet', 'notes')) return undefined as unknown as FakeNoteCollection;
    return new FakeNoteCollection(this.context, this.sheet);
  }

  get pageLayout(): FakePageLayout {
    return new FakePageLayout(this.context, this.sheet);
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  protected keys(): string[] {
    return this.context.state.sheets.map((s) => s.id);
  }

  protected itemFor(id: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.state.sheets.find((s) => s.id === id));
  }

  add(...[name]: Parameters<Excel.WorksheetCollection['add']>): FakeWorksheet {
    let made: SheetState | undefined;
    this.context.op(payloadBytes(name ?? ''), () => {
      const state = this.context.state;
      let n = name;
      for (let i = state.sheets.length + 1; !n; i++) if (!state.sheet(`Sheet${i}`)) n = `Sheet${i}`;
      made = state.addSheet(n);
    });
    return new FakeWorksheet(this.context, () => made);
  }

  getItem(...[key]: Parameters<Excel.WorksheetCollection['getItem']>): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.state.sheet(key));
  }

  getItemOrNullObject(...[key]: Parameters<Excel.WorksheetCollection['getItemOrNullObject']>): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.state.sheet(key), true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.state.sheets.find((s) => s.id === this.context.state.activeSheetId));
  }
}

export class FakeCustomProperty extends FakeObject implements Pick<Excel.WorksheetCustomProperty, 'key' | 'value'> {
  constructor(
    context: FakeRequestContext,
    private readonly sheet: () => SheetState,
    readonly key_: string,
    private readonly nullable = false,
  ) {
    super(context);
  }

  protected missing(): boolean {
    return this.nullable && !this.sheet().customProperties.has(this.key_);
  }

  protected read(prop: string): unknown {
    const props = this.sheet().customProperties;
    if (!props.has(this.key_)) throw notFound(`custom property ${this.key_}`);
    if (prop === 'key') return this.key_;
    if (prop === 'value') return props.get(this.key_);
    throw invalidArgument(`The fake cannot load WorksheetCustomProperty.${prop}.`);
  }

  get key(): string {
    return this.got('key');
  }
  get value(): string {
    return this.got('value');
  }
  set value(v: string) {
    this.context.op(payloadBytes(v), () => this.sheet().customProperties.set(this.key_, v), '1.12');
  }

  delete(): void {
    this.context.op(16, () => this.sheet().customProperties.delete(this.key_), '1.12');
  }
}

export class FakeCustomPropertyCollection extends FakeCollection<FakeCustomProperty> {
  constructor(
    context: FakeRequestContext,
    private readonly sheet: () => SheetState,
  ) {
    super(context);
  }

  protected keys(): string[] {
    if (!this.context.session.supports('1.12')) throw new FakeExcelError('ApiNotFound', 'customProperties needs ExcelApi 1.12');
    return [...this.sheet().customProperties.keys()];
  }

  protected itemFor(key: string): FakeCustomProperty {
    return new FakeCustomProperty(this.context, this.sheet, key);
  }

  add(...[key, value]: Parameters<Excel.WorksheetCustomPropertyCollection['add']>): FakeCustomProperty {
    if (key.length > 255) throw invalidArgument('A custom property key holds at most 255 characters.');
    this.context.op(payloadBytes([key, value]), () => this.sheet().customProperties.set(key, value), '1.12');
    return new FakeCustomProperty(this.context, this.sheet, key);
  }

  getItem(...[key]: Parameters<Excel.WorksheetCustomPropertyCollection['getItem']>): FakeCustomProperty {
    return new FakeCustomProperty(this.context, this.gate(), key);
  }

  getItemOrNullObject(...[key]: Parameters<Excel.WorksheetCustomPropertyCollection['getItemOrNullObject']>): FakeCustomProperty {
    return new FakeCustomProperty(this.context, this.gate(), key, true);
  }

  private gate(): () => SheetState {
    return () => {
      if (!this.context.session.supports('1.12')) throw new FakeExcelError('ApiNotFound', 'customProperties needs ExcelApi 1.12');
      return this.sheet();
    };
  }
}

/** A note's key is its cell address (`C5`). */
function noteKey(cellAddress: string | FakeRange, sheet: SheetState): string {
  if (cellAddress instanceof FakeRange) return boundsAddress(cellAddress.bounds());
  const bang = cellAddress.lastIndexOf('!');
  const b = parseBounds(bang >= 0 ? cellAddress.slice(bang + 1) : cellAddress);
  if (!b || b.r0 !== b.r1 || b.c0 !== b.c1) throw new FakeExcelError('InvalidCellAddress', `"${String(cellAddress)}" is not one cell (${sheet.name}).`);
  return boundsAddress(b);
}

export class FakeNote extends FakeObject implements Pick<Excel.Note, 'content'> {
  constructor(
    context: FakeRequestContext,
    private readonly sheet: () => SheetState,
    private readonly key: () => string,
    private readonly nullable = false,
  ) {
    super(context);
  }

  protected missing(): boolean {
    return this.nullable && !this.sheet().notes.has(this.key());
  }

  protected read(prop: string): unknown {
    const notes = this.sheet().notes;
    if (!notes.has(this.key())) throw notFound(`note ${this.key()}`);
    if (prop === 'content') return notes.get(this.key());
    throw invalidArgument(`The fake cannot load Note.${prop}.`);
  }

  get content(): string {
    return this.got('content');
  }
  set content(v: string) {
    this.context.op(payloadBytes(v), () => this.sheet().notes.set(this.key(), v), '1.18');
  }

  delete(): void {
    this.context.op(16, () => {
      if (!this.sheet().notes.delete(this.key())) throw notFound(`note ${this.key()}`);
    }, '1.18');
  }
}

export class FakeNoteCollection extends FakeCollection<FakeNote> {
  constructor(
    context: FakeRequestContext,
    private readonly sheet: () => SheetState,
  ) {
    super(context);
  }

  protected keys(): string[] {
    return [...this.sheet().notes.keys()];
  }

  protected itemFor(key: string): FakeNote {
    return new FakeNote(this.context, this.sheet, () => key);
  }

  add(...[cellAddress, content]: Parameters<Excel.NoteCollection['add']>): FakeNote {
    let key = '';
    this.context.op(payloadBytes(content), () => {
      const s = this.sheet();
      key = noteKey(cellAddress as string | FakeRange, s);
      if (s.notes.has(key)) throw new FakeExcelError('InvalidOperation', `Cell ${key} already has a note.`);
      s.notes.set(key, String(content));
    }, '1.18');
    return new FakeNote(this.context, this.sheet, () => key);
  }

  getItem(...[key]: Parameters<Excel.NoteCollection['getItem']>): FakeNote {
    return new FakeNote(this.context, this.sheet, () => noteKey(key, this.sheet()));
  }

  getItemOrNullObject(...[key]: Parameters<Excel.NoteCollection['getItemOrNullObject']>): FakeNote {
    return new FakeNote(this.context, this.sheet, () => noteKey(key, this.sheet()), true);
  }
}

type PageProps = Pick<
  Excel.PageLayout,
  'orientation' | 'paperSize' | 'zoom' | 'centerHorizontally' | 'topMargin' | 'bottomMargin' | 'leftMargin' | 'rightMargin' | 'headerMargin' | 'footerMargin'
>;

export class FakePageLayout implements Partial<PageProps> {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: () => SheetState,
  ) {}

  private set(prop: string, v: unknown): void {
    this.context.op(payloadBytes(v), () => (this.sheet().pageLayout[prop] = v), '1.9');
  }

  set orientation(v: PageProps['orientation']) {
    this.set('orientation', v);
  }
  set paperSize(v: PageProps['paperSize']) {
    this.set('paperSize', v);
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.set('zoom', v);
  }
  set centerHorizontally(v: boolean) {
    this.set('centerHorizontally', v);
  }
  set topMargin(v: number) {
    this.set('topMargin', v);
  }
  set bottomMargin(v: number) {
    this.set('bottomMargin', v);
  }
  set leftMargin(v: number) {
    this.set('leftMargin', v);
  }
  set rightMargin(v: number) {
    this.set('rightMargin', v);
  }
  set headerMargin(v: number) {
    this.set('headerMargin', v);
  }
  set footerMargin(v: number) {
    this.set('footerMargin', v);
  }

  get headersFooters(): Record<string, unknown> {
    return recorder(this.context, () => (this.sheet().pageLayout.headersFooters ??= {}) as Record<string, unknown>, '1.9');
  }

  setPrintTitleRows(...[rows]: Parameters<Excel.PageLayout['setPrintTitleRows']>): void {
    this.set('printTitleRows', typeof rows === 'string' ? rows : '(range)');
  }
}
