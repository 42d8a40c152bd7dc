/** Ranges and their formats in the fake. Shapes follow `@types/office-js` through Pick<> and Parameters<>. */
import { type Bounds, MAX_COLS, MAX_ROWS, boundsAddress, colCount, parseBounds, quoteSheet, rowCount } from './address';
import { FakeObject, type FakeRequestContext, payloadBytes, recorder } from './context';
import { invalidArgument, notFound } from './errors';
import type { CellFormatState, SheetState } from './state';

export type SheetRef = () => SheetState;

/** The bounds of a sub-range, checked against the sheet's size. */
function within(b: Bounds): Bounds {
  if (b.r0 < 0 || b.c0 < 0 || b.r1 >= MAX_ROWS || b.c1 >= MAX_COLS || b.r1 < b.r0 || b.c1 < b.c0) {
    throw invalidArgument(`The range ${b.r0},${b.c0}:${b.r1},${b.c1} is off the sheet.`);
  }
  return b;
}

type RangeProps = Pick<Excel.Range, 'values' | 'numberFormat' | 'formulas' | 'address' | 'rowCount' | 'columnCount' | 'rowIndex' | 'columnIndex' | 'hyperlink'>;

export class FakeRange extends FakeObject implements RangeProps {
  constructor(
    context: FakeRequestContext,
    readonly sheetRef: SheetRef,
    private readonly boundsRef: () => Bounds | null,
    private readonly nullable = false,
  ) {
    super(context);
  }

  static of(context: FakeRequestContext, sheetRef: SheetRef, address: string): FakeRange {
    return new FakeRange(context, sheetRef, () => {
      const b = parseBounds(address);
      if (!b) throw invalidArgument(`"${address}" is not a valid address.`);
      return b;
    });
  }

  /** The range's bounds at sync time. */
  bounds(): Bounds {
    const b = this.boundsRef();
    if (!b) throw notFound('range (null object)');
    return b;
  }

  protected missing(): boolean {
    return this.nullable && this.boundsRef() === null;
  }

  protected read(prop: string): unknown {
    const sheet = this.sheetRef();
    const b = this.bounds();
    switch (prop) {
      case 'values':
      case 'formulas':
      case 'numberFormat':
        return sheet.block(b, prop);
      case 'text':
        return sheet.textBlock(b, this.context.state.date1904);
      case 'address':
        return `${quoteSheet(sheet.name)}!${boundsAddress(b)}`;
      case 'rowCount':
        return rowCount(b);
      case 'columnCount':
        return colCount(b);
      case 'rowIndex':
        return b.r0;
      case 'columnIndex':
        return b.c0;
      case 'hyperlink':
        return sheet.extra(b.r0, b.c0, false)?.hyperlink ?? null;
      default:
        throw invalidArgument(`The fake cannot load Range.${prop}.`);
    }
  }

  protected child(name: string): FakeObject {
    if (name === 'format') return this.format;
    return super.child(name);
  }

  get values(): any[][] {
    return this.got('values');
  }
  set values(v: any[][]) {
    this.write(v, 'values');
  }
  get formulas(): any[][] {
    return this.got('formulas');
  }
  set formulas(v: any[][]) {
    this.write(v, 'formulas');
  }
  get numberFormat(): any[][] {
    return this.got('numberFormat');
  }
  get text(): string[][] {
    return this.got('text');
  }
  set numberFormat(v: any[][]) {
    this.write(v, 'numberFormat');
  }
  get address(): string {
    return this.got('address');
  }
  get rowCount(): number {
    return this.got('rowCount');
  }
  get columnCount(): number {
    return this.got('columnCount');
  }
  get rowIndex(): number {
    return this.got('rowIndex');
  }
  get columnIndex(): number {
    return this.got('columnIndex');
  }
  get hyperlink(): Excel.RangeHyperlink {
    return this.got('hyperlink');
  }
  set hyperlink(link: Excel.RangeHyperlink) {
    this.context.op(payloadBytes(link), () => {
      const sheet = this.sheetRef();
      sheet.forEachCell(this.bounds(), (r, c) => {
        sheet.extra(r, c, true).hyperlink = { ...link };
        // The text shown is literal text, never typed input.
        if (link.textToDisplay) sheet.put(r, c, link.textToDisplay);
      });
    }, '1.7');
  }

  private write(v: unknown, kind: 'values' | 'formulas' | 'numberFormat'): void {
    this.context.op(payloadBytes(v), () => {
      const sheet = this.sheetRef();
      const b = this.bounds();
      const grid = Array.isArray(v) ? (v as unknown[][]) : null;
      if (grid && (grid.length !== rowCount(b) || grid.some((row) => !Array.isArray(row) || row.length !== colCount(b)))) {
        throw invalidArgument(
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${boundsAddress(b)}).`,
        );
      }
      sheet.forEachCell(b, (r, c) => {
        const x = grid ? grid[r - b.r0][c - b.c0] : v;
        if (kind === 'numberFormat') {
          if (x !== null && x !== undefined) sheet.setNumberFormat(r, c, String(x));
        } else {
          sheet.write(r, c, x);
        }
      });
    });
  }

  private sub(fn: (b: Bounds) => Bounds): FakeRange {
    return new FakeRange(this.context, this.sheetRef, () => within(fn(this.bounds())));
  }

  getCell(...[row, column]: Parameters<Excel.Range['getCell']>): FakeRange {
    return this.sub((b) => ({ r0: b.r0 + row, c0: b.c0 + column, r1: b.r0 + row, c1: b.c0 + column }));
  }

  getOffsetRange(...[rowOffset, columnOffset]: Parameters<Excel.Range['getOffsetRange']>): FakeRange {
    return this.sub((b) => ({ r0: b.r0 + rowOffset, c0: b.c0 + columnOffset, r1: b.r1 + rowOffset, c1: b.c1 + columnOffset }));
  }

  getResizedRange(...[deltaRows, deltaColumns]: Parameters<Excel.Range['getResizedRange']>): FakeRange {
    return this.sub((b) => ({ r0: b.r0, c0: b.c0, r1: b.r1 + deltaRows, c1: b.c1 + deltaColumns }));
  }

  merge(...[across]: Parameters<Excel.Range['merge']>): void {
    this.context.op(32, () => {
      const b = this.bounds();
      const sheet = this.sheetRef();
      if (across) for (let r = b.r0; r <= b.r1; r++) sheet.merges.push(boundsAddress({ ...b, r0: r, r1: r }));
      else sheet.merges.push(boundsAddress(b));
    });
  }

  select(): void {
    this.context.op(32, () => {
      const sheet = this.sheetRef();
      if (sheet.visibility !== 'Visible') throw invalidArgument('Cannot select a cell on a hidden sheet.');
      this.context.state.activeSheetId = sheet.id;
      this.context.state.selection = { sheetId: sheet.id, address: boundsAddress(this.bounds()) };
    });
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this);
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this);
  }

  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this);
  }

  /** Runs `fn` on each cell's format at sync (never for whole columns: those only take widths). */
  formatCells(fn: (f: CellFormatState) => void, needs?: string, bytes = 48): void {
    this.context.op(bytes, () => {
      const sheet = this.sheetRef();
      sheet.forEachCell(this.bounds(), (r, c) => {
        fn((sheet.extra(r, c, true).format ??= {}));
        sheet.tidy(r, c);
      });
    }, needs);
  }
}

type FormatProps = Pick<Excel.RangeFormat, 'horizontalAlignment' | 'verticalAlignment' | 'wrapText' | 'columnWidth' | 'rowHeight'>;

export class FakeRangeFormat extends FakeObject implements FormatProps {
  constructor(readonly range: FakeRange) {
    super(range.context);
  }

  protected read(prop: string): unknown {
    if (prop === 'columnWidth') {
      const b = this.range.bounds();
      return this.range.sheetRef().columnWidths.get(b.c0) ?? 48;
    }
    if (prop === 'rowHeight') {
      const b = this.range.bounds();
      return this.range.sheetRef().rowHeights.get(b.r0) ?? 15;
    }
    const sheet = this.range.sheetRef();
    const b = this.range.bounds();
    return sheet.extra(b.r0, b.c0, false)?.format?.alignment?.[prop] ?? null;
  }

  protected child(name: string): FakeObject {
    if (name === 'fill') return this.fill;
    if (name === 'font') return this.font;
    return super.child(name);
  }

  private align(prop: string, value: unknown): void {
    this.range.formatCells((f) => ((f.alignment ??= {})[prop] = value));
  }

  get horizontalAlignment(): FormatProps['horizontalAlignment'] {
    return this.got('horizontalAlignment');
  }
  set horizontalAlignment(v: FormatProps['horizontalAlignment']) {
    this.align('horizontalAlignment', v);
  }
  get verticalAlignment(): FormatProps['verticalAlignment'] {
    return this.got('verticalAlignment');
  }
  set verticalAlignment(v: FormatProps['verticalAlignment']) {
    this.align('verticalAlignment', v);
  }
  get wrapText(): boolean {
    return this.got('wrapText');
  }
  set wrapText(v: boolean) {
    this.align('wrapText', v);
  }
  get columnWidth(): number {
    return this.got('columnWidth');
  }
  set columnWidth(points: number) {
    this.context.op(16, () => {
      const b = this.range.bounds();
      for (let c = b.c0; c <= b.c1; c++) this.range.sheetRef().columnWidths.set(c, points);
    });
  }

  get rowHeight(): number {
    return this.got('rowHeight');
  }
  set rowHeight(points: number) {
    this.context.op(16, () => {
      const b = this.range.bounds();
      for (let r = b.r0; r <= b.r1; r++) this.range.sheetRef().rowHeights.set(r, points);
    });
  }

  get fill(): FakeRangeFill {
    return new FakeRangeFill(this.range);
  }
  get font(): FakeRangeFont {
    return new FakeRangeFont(this.range);
  }
  get borders(): { getItem(index: Parameters<Excel.RangeBorderCollection['getItem']>[0]): FakeRangeBorder } {
    return { getItem: (index) => new FakeRangeBorder(this.range, String(index)) };
  }
}

type BorderProps = Pick<Excel.RangeBorder, 'style' | 'color' | 'weight'>;

export class FakeRangeBorder implements Partial<BorderProps> {
  constructor(
    readonly range: FakeRange,
    readonly side: string,
  ) {}

  private set(prop: string, v: unknown): void {
    this.range.formatCells((f) => (((f.borders ??= {})[this.side] ??= {})[prop] = v));
  }

  set style(v: BorderProps['style']) {
    this.set('style', v);
  }
  set color(v: string) {
    this.set('color', v);
  }
  set weight(v: BorderProps['weight']) {
    this.set('weight', v);
  }
}

type FillProps = Pick<Excel.RangeFill, 'color' | 'pattern'>;

export class FakeRangeFill extends FakeObject implements FillProps {
  constructor(readonly range: FakeRange) {
    super(range.context);
  }

  protected read(prop: string): unknown {
    if (prop === 'pattern' && !this.context.session.supports('1.9')) throw notFound('RangeFill.pattern (ExcelApi 1.9)');
    const sheet = this.range.sheetRef();
    const b = this.range.bounds();
    const fill = sheet.extra(b.r0, b.c0, false)?.format?.fill;
    // Excel reports an unfilled cell as white with no pattern.
    if (prop === 'color') return fill?.color ?? '#FFFFFF';
    if (prop === 'pattern') return fill?.pattern ?? 'None';
    throw invalidArgument(`The fake cannot load RangeFill.${prop}.`);
  }

  get color(): string {
    return this.got('color');
  }
  set color(v: string) {
    this.range.formatCells((f) => (f.fill = { color: v.toUpperCase(), pattern: f.fill?.pattern && f.fill.pattern !== 'None' ? f.fill.pattern : 'Solid' }));
  }
  get pattern(): FillProps['pattern'] {
    return this.got('pattern');
  }
  set pattern(v: FillProps['pattern']) {
    this.range.formatCells((f) => {
      if (v === 'None') delete f.fill;
      else f.fill = { color: f.fill?.color ?? '#FFFFFF', pattern: v };
    }, '1.9');
  }

  clear(): void {
    this.range.formatCells((f) => delete f.fill);
  }
}

type FontProps = Pick<Excel.RangeFont, 'bold' | 'italic' | 'color' | 'name' | 'size' | 'underline'>;

export class FakeRangeFont extends FakeObject implements FontProps {
  constructor(readonly range: FakeRange) {
    super(range.context);
  }

  protected read(prop: string): unknown {
    const sheet = this.range.sheetRef();
    const b = this.range.bounds();
    return sheet.extra(b.r0, b.c0, false)?.format?.font?.[prop] ?? null;
  }

  private set(prop: string, v: unknown): void {
    this.range.formatCells((f) => ((f.font ??= {})[prop] = v));
  }

  get bold(): boolean {
    return this.got('bold');
  }
  set bold(v: boolean) {
    this.set('bold', v);
  }
  get italic(): boolean {
    return this.got('italic');
  }
  set italic(v: boolean) {
    this.set('italic', v);
  }
  get color(): string {
    return this.got('color');
  }
  set color(v: string) {
    this.set('color', v);
  }
  get name(): string {
    return this.got('name');
  }
  set name(v: string) {
    this.set('name', v);
  }
  get size(): number {
    return this.got('size');
  }
  set size(v: number) {
    this.set('size', v);
  }
  get underline(): FontProps['underline'] {
    return this.got('underline');
  }
  set underline(v: FontProps['underline']) {
    this.set('underline', v);
  }
}

export class FakeConditionalFormatCollection {
  constructor(readonly range: FakeRange) {}

  /** Records the format; its rule parts (dataBar, iconSet, cellValue) are recorded as they are set. */
  add(...[type]: Parameters<Excel.ConditionalFormatCollection['add']>): Record<string, unknown> {
    const record = { address: '', type: String(type), props: {} as Record<string, unknown> };
    const ctx = this.range.context;
    ctx.op(32, () => {
      const sheet = this.range.sheetRef();
      record.address = boundsAddress(this.range.bounds());
      sheet.conditionalFormats.push(record);
    }, '1.6');
    return recorder(ctx, () => record.props, '1.6');
  }
}

export class FakeDataValidation {
  constructor(readonly range: FakeRange) {}

  private record(prop: string, value: unknown): void {
    this.range.context.op(payloadBytes(value), () => {
      const sheet = this.range.sheetRef();
      const address = boundsAddress(this.range.bounds());
      let v = sheet.validations.find((x) => x.address === address);
      if (!v) sheet.validations.push((v = { address, props: {} }));
      // A list source given as a Range is kept as its address.
      const plain = (x: unknown): unknown =>
        x instanceof FakeRange
          ? `=${quoteSheet(x.sheetRef().name)}!${boundsAddress(x.bounds())}`
          : x && typeof x === 'object'
            ? Object.fromEntries(Object.entries(x).map(([k, y]) => [k, plain(y)]))
            : x;
      v.props[prop] = plain(value);
    }, '1.8');
  }

  set rule(v: Excel.DataValidationRule) {
    this.record('rule', v);
  }
  set errorAlert(v: Excel.DataValidationErrorAlert) {
    this.record('errorAlert', v);
  }
  set ignoreBlanks(v: boolean) {
    this.record('ignoreBlanks', v);
  }

  clear(): void {
    this.range.context.op(16, () => {
      const sheet = this.range.sheetRef();
      const address = boundsAddress(this.range.bounds());
      sheet.validations = sheet.validations.filter((x) => x.address !== address);
    }, '1.8');
  }
}
