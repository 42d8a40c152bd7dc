/** Tables, PivotTables and charts in the fake: created at sync, validated as Excel does, recorded for tests. */
import { type Bounds, boundsAddress, overlaps, parseBounds, quoteSheet, splitSheet } from './address';
import { FakeCollection, FakeObject, type FakeRequestContext, payloadBytes, recorder } from './context';
import { FakeExcelError, invalidArgument, notFound } from './errors';
import { FakeRange } from './range';
import type { ChartState, PivotState, SheetState, TableState } from './state';
import type { FakeWorksheet } from './worksheet';

const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;
const LOOKS_LIKE_CELL = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

function rangeOn(source: unknown, context: FakeRequestContext, sheet?: SheetState): { sheet: SheetState; bounds: Bounds } {
  if (source instanceof FakeRange) return { sheet: source.sheetRef(), bounds: source.bounds() };
  if (typeof source === 'string') {
    const { sheet: name, cells } = splitSheet(source);
    const s = name ? context.state.sheet(name) : sheet;
    const b = parseBounds(cells);
    if (!s || !b) throw invalidArgument(`"${source}" is not a valid range.`);
    return { sheet: s, bounds: b };
  }
  throw invalidArgument('Expected a range or an address.');
}

export class FakeTable extends FakeObject implements Pick<Excel.Table, 'name' | 'style' | 'showBandedRows' | 'showFilterButton' | 'id'> {
  constructor(
    context: FakeRequestContext,
    private readonly lookup: () => TableState | undefined,
    private readonly nullable = false,
  ) {
    super(context);
  }

  table(): TableState {
    const t = this.lookup();
    if (!t) throw notFound('table');
    return t;
  }

  protected missing(): boolean {
    return this.nullable && !this.lookup();
  }

  protected read(prop: string): unknown {
    const t = this.table();
    if (prop === 'name' || prop === 'id' || prop === 'style') return t[prop];
    if (prop in t.props) return t.props[prop];
    throw invalidArgument(`The fake cannot load Table.${prop}.`);
  }

  get id(): string {
    return this.got('id');
  }
  get name(): string {
    return this.got('name');
  }
  set name(v: string) {
    this.context.op(payloadBytes(v), () => {
      const t = this.table();
      const state = this.context.state;
      if (!TABLE_NAME.test(v) || LOOKS_LIKE_CELL.test(v) || v.length > 255) throw invalidArgument(`"${v}" is not a valid table name.`);
      const upper = v.toUpperCase();
      if (state.tables.some((x) => x !== t && x.name.toUpperCase() === upper) || state.names.some((n) => n.toUpperCase() === upper)) {
        throw invalidArgument(`A table or name called "${v}" already exists.`);
      }
      t.name = v;
    });
  }
  get style(): string {
    return this.got('style');
  }
  set style(v: string) {
    this.context.op(payloadBytes(v), () => (this.table().style = v));
  }
  get showBandedRows(): boolean {
    return this.got('showBandedRows');
  }
  set showBandedRows(v: boolean) {
    this.context.op(16, () => (this.table().props.showBandedRows = v));
  }
  get showFilterButton(): boolean {
    return this.got('showFilterButton');
  }
  set showFilterButton(v: boolean) {
    this.context.op(16, () => (this.table().props.showFilterButton = v));
  }

  getRange(): FakeRange {
    return new FakeRange(this.context, () => this.sheetOf(), () => this.table().bounds);
  }

  private sheetOf(): SheetState {
    const s = this.context.state.sheets.find((x) => x.id === this.table().sheetId);
    if (!s) throw notFound('sheet of table');
    return s;
  }

  delete(): void {
    this.context.op(16, () => {
      const t = this.table();
      this.context.state.tables = this.context.state.tables.filter((x) => x !== t);
    });
  }
}

export class FakeTableCollection extends FakeCollection<FakeTable> {
  constructor(
    context: FakeRequestContext,
    private readonly worksheet: FakeWorksheet | null,
  ) {
    super(context);
  }

  protected keys(): string[] {
    const sheet = this.worksheet?.sheet();
    return this.context.state.tables.filter((t) => !sheet || t.sheetId === sheet.id).map((t) => t.id);
  }

  protected itemFor(id: string): FakeTable {
    return new FakeTable(this.context, () => this.context.state.tables.find((t) => t.id === id));
  }

  add(...[address, hasHeaders]: Parameters<Excel.TableCollection['add']>): FakeTable {
    let made: TableState | undefined;
    this.context.op(64, () => {
      const state = this.context.state;
      const { sheet, bounds } = rangeOn(address, this.context, this.worksheet?.sheet());
      if (!hasHeaders) throw invalidArgument('The fake only makes tables whose first row is the header.');
      if (bounds.r1 <= bounds.r0) throw invalidArgument('A table needs a header row and at least one body row.');
      if (state.tables.some((t) => t.sheetId === sheet.id && overlaps(t.bounds, bounds))) throw invalidArgument('A table cannot overlap another table.');
      if (sheet.merges.some((m) => overlaps(parseBounds(m)!, bounds))) throw new FakeExcelError('MergedRangeConflict', 'A table cannot hold merged cells.');
      // Excel turns the header row into unique text.
      const seen = new Set<string>();
      for (let c = bounds.c0; c <= bounds.c1; c++) {
        const cell = sheet.cell(bounds.r0, c);
        let h = cell.value === '' ? `Column${c - bounds.c0 + 1}` : String(cell.value);
        for (let i = 2; seen.has(h.toUpperCase()); i++) h = `${String(cell.value)}${i}`;
        seen.add(h.toUpperCase());
        if (cell.value !== h || cell.formula !== undefined) sheet.put(bounds.r0, c, h);
        const row = sheet.rows[bounds.r0];
        if (row?.f) row.f[c] = undefined;
      }
      let n = state.tables.length + 1;
      while (state.tables.some((t) => t.name === `Table${n}`)) n++;
      made = { id: state.newId('T'), name: `Table${n}`, sheetId: sheet.id, bounds, style: 'TableStyleMedium2', props: {} };
      state.tables.push(made);
    });
    return new FakeTable(this.context, () => made);
  }

  getItem(...[key]: Parameters<Excel.TableCollection['getItem']>): FakeTable {
    return new FakeTable(this.context, () => this.find(key));
  }

  getItemOrNullObject(...[key]: Parameters<Excel.TableCollection['getItemOrNullObject']>): FakeTable {
    return new FakeTable(this.context, () => this.find(key), true);
  }

  private find(key: string): TableState | undefined {
    const upper = key.toUpperCase();
    return this.context.state.tables.find((t) => t.id === key || t.name.toUpperCase() === upper);
  }
}

// ---- PivotTables (ExcelApi 1.8) ----

function pivotSource(state: FakeRequestContext['state'], p: PivotState): { sheet: SheetState; bounds: Bounds } {
  if (p.sourceTable) {
    const t = state.tables.find((x) => x.name === p.sourceTable);
    const sheet = t && state.sheets.find((s) => s.id === t.sheetId);
    if (!t || !sheet) throw notFound(`source table ${p.sourceTable}`);
    return { sheet, bounds: t.bounds };
  }
  const { sheet: name, cells } = splitSheet(p.sourceAddress ?? '');
  const sheet = name ? state.sheet(name) : undefined;
  const bounds = parseBounds(cells);
  if (!sheet || !bounds) throw notFound(`source range ${p.sourceAddress}`);
  return { sheet, bounds };
}

/** The source's field names (its header row). */
export function pivotFields(state: FakeRequestContext['state'], p: PivotState): string[] {
  const { sheet, bounds } = pivotSource(state, p);
  const out: string[] = [];
  for (let c = bounds.c0; c <= bounds.c1; c++) out.push(String(sheet.cell(bounds.r0, c).value));
  return out;
}

/** The source's records, by field name. */
export function pivotRecords(state: FakeRequestContext['state'], p: PivotState): Record<string, string>[] {
  const { sheet, bounds } = pivotSource(state, p);
  const fields = pivotFields(state, p);
  const out: Record<string, string>[] = [];
  for (let r = bounds.r0 + 1; r <= bounds.r1; r++) {
    const rec: Record<string, string> = {};
    fields.forEach((f, j) => (rec[f] = String(sheet.cell(r, bounds.c0 + j).value)));
    out.push(rec);
  }
  return out;
}

export class FakePivotHierarchy {
  constructor(
    readonly pivot: FakePivotTable,
    readonly name: string,
  ) {}

  /** The hierarchy's field name, checked against the source at sync. */
  field(): string {
    const p = this.pivot.pivot();
    if (!pivotFields(this.pivot.context.state, p).includes(this.name)) throw notFound(`PivotHierarchy "${this.name}"`);
    return this.name;
  }
}

class FakeAxis {
  constructor(
    private readonly pivot: FakePivotTable,
    private readonly axis: 'rows' | 'columns',
  ) {}

  add(hierarchy: FakePivotHierarchy): Record<string, unknown> {
    this.pivot.context.op(32, () => {
      const p = this.pivot.pivot();
      const f = hierarchy.field();
      const other = this.axis === 'rows' ? p.columns : p.rows;
      if (other.includes(f)) other.splice(other.indexOf(f), 1);
      p.filters = p.filters.filter((x) => x.name !== f);
      if (!p[this.axis].includes(f)) p[this.axis].push(f);
    }, '1.8');
    return {};
  }
}

export class FakeDataPivotHierarchy implements Partial<Pick<Excel.DataPivotHierarchy, 'summarizeBy' | 'name' | 'numberFormat'>> {
  constructor(
    private readonly pivot: FakePivotTable,
    private readonly entry: () => PivotState['data'][number],
  ) {}

  private set(prop: 'summarizeBy' | 'name' | 'numberFormat', v: string): void {
    this.pivot.context.op(payloadBytes(v), () => {
      const e = this.entry();
      if (prop === 'summarizeBy') e.summarizeBy = v;
      else if (prop === 'name') e.name = v;
      else e.props[prop] = v;
    }, '1.8');
  }

  set summarizeBy(v: Excel.DataPivotHierarchy['summarizeBy']) {
    this.set('summarizeBy', v);
  }
  set name(v: string) {
    this.set('name', v);
  }
  set numberFormat(v: string) {
    this.set('numberFormat', v);
  }
}

export class FakeFilterPivotHierarchy {
  constructor(
    private readonly pivot: FakePivotTable,
    private readonly field: string,
  ) {}

  set enableMultipleFilterItems(v: boolean) {
    this.pivot.context.op(16, () => (this.pivot.pivot().props.enableMultipleFilterItems = v), '1.8');
  }

  get fields(): { getItem(name: string): { items: { getItem(name: string): { visible: boolean } } } } {
    return {
      getItem: (fieldName) => ({
        items: {
          getItem: (item) => {
            const pivot = this.pivot;
            const filterField = this.field;
            return {
              set visible(v: boolean) {
                pivot.context.op(payloadBytes(item), () => {
                  const p = pivot.pivot();
                  const f = p.filters.find((x) => x.name === filterField);
                  if (!f || fieldName !== filterField) throw notFound(`PivotField ${fieldName}`);
                  if (!pivotRecords(pivot.context.state, p).some((r) => r[filterField] === item)) throw notFound(`PivotItem ${item}`);
                  f.hiddenItems = f.hiddenItems.filter((x) => x !== item);
                  if (!v) f.hiddenItems.push(item);
                }, '1.8');
              },
              get visible(): boolean {
                throw new FakeExcelError('PropertyNotLoaded', 'PivotItem.visible is write-only in the fake.');
              },
            };
          },
        },
      }),
    };
  }
}

export class FakePivotTable extends FakeObject implements Pick<Excel.PivotTable, 'name'> {
  constructor(
    context: FakeRequestContext,
    private readonly lookup: () => PivotState | undefined,
  ) {
    super(context);
  }

  pivot(): PivotState {
    const p = this.lookup();
    if (!p) throw notFound('PivotTable');
    return p;
  }

  protected read(prop: string): unknown {
    const p = this.pivot();
    if (prop === 'name' || prop === 'id') return p[prop];
    throw invalidArgument(`The fake cannot load PivotTable.${prop}.`);
  }

  get name(): string {
    return this.got('name');
  }
  set name(v: string) {
    this.context.op(payloadBytes(v), () => (this.pivot().name = v), '1.8');
  }

  get hierarchies(): { getItem(name: string): FakePivotHierarchy } {
    return { getItem: (name) => new FakePivotHierarchy(this, name) };
  }
  get rowHierarchies(): FakeAxis {
    return new FakeAxis(this, 'rows');
  }
  get columnHierarchies(): FakeAxis {
    return new FakeAxis(this, 'columns');
  }
  get dataHierarchies(): { add(h: FakePivotHierarchy): FakeDataPivotHierarchy } {
    return {
      add: (hierarchy) => {
        let entry: PivotState['data'][number] | undefined;
        this.context.op(32, () => {
          const p = this.pivot();
          const field = hierarchy.field();
          entry = { name: `Count of ${field}`, field, props: {} };
          p.data.push(entry);
        }, '1.8');
        return new FakeDataPivotHierarchy(this, () => {
          if (!entry) throw notFound('DataPivotHierarchy');
          return entry;
        });
      },
    };
  }
  get filterHierarchies(): { add(h: FakePivotHierarchy): FakeFilterPivotHierarchy } {
    return {
      add: (hierarchy) => {
        this.context.op(32, () => {
          const p = this.pivot();
          const f = hierarchy.field();
          p.rows = p.rows.filter((x) => x !== f);
          p.columns = p.columns.filter((x) => x !== f);
          if (!p.filters.some((x) => x.name === f)) p.filters.push({ name: f, hiddenItems: [] });
        }, '1.8');
        return new FakeFilterPivotHierarchy(this, hierarchy.name);
      },
    };
  }
  get layout(): Record<string, unknown> {
    return recorder(this.context, () => ((this.pivot().props.layout ??= {}) as Record<string, unknown>), '1.8');
  }

  delete(): void {
    this.context.op(16, () => {
      const p = this.pivot();
      this.context.state.pivots = this.context.state.pivots.filter((x) => x !== p);
    }, '1.8');
  }
}

export class FakePivotTableCollection extends FakeCollection<FakePivotTable> {
  constructor(
    context: FakeRequestContext,
    private readonly worksheet: FakeWorksheet,
  ) {
    super(context);
  }

  protected keys(): string[] {
    const sheet = this.worksheet.sheet();
    return this.context.state.pivots.filter((p) => p.sheetId === sheet.id).map((p) => p.id);
  }

  protected itemFor(id: string): FakePivotTable {
    return new FakePivotTable(this.context, () => this.context.state.pivots.find((p) => p.id === id));
  }

  add(...[name, source, destination]: Parameters<Excel.PivotTableCollection['add']>): FakePivotTable {
    let made: PivotState | undefined;
    this.context.op(payloadBytes(name) + 64, () => {
      const state = this.context.state;
      const sheet = this.worksheet.sheet();
      if (state.pivots.some((p) => p.sheetId === sheet.id && p.name.toUpperCase() === name.toUpperCase())) {
        throw invalidArgument(`A PivotTable called "${name}" already exists on this sheet.`);
      }
      const dest = rangeOn(destination, this.context, sheet);
      if (dest.sheet !== sheet) throw invalidArgument('The destination must be on the sheet of the collection.');
      if (state.tables.some((t) => t.sheetId === sheet.id && overlaps(t.bounds, dest.bounds))) throw new FakeExcelError('PivotTableRangeConflict', 'A PivotTable cannot overlap a table.');
      const p: PivotState = { id: state.newId('P'), name, sheetId: sheet.id, destination: boundsAddress(dest.bounds), rows: [], columns: [], data: [], filters: [], props: {} };
      if (source instanceof FakeTable) p.sourceTable = source.table().name;
      else {
        const src = rangeOn(source, this.context, sheet);
        p.sourceAddress = `${quoteSheet(src.sheet.name)}!${boundsAddress(src.bounds)}`;
      }
      pivotFields(state, p);
      state.pivots.push(p);
      made = p;
    }, '1.8');
    return new FakePivotTable(this.context, () => made);
  }

  getItem(...[name]: Parameters<Excel.PivotTableCollection['getItem']>): FakePivotTable {
    return new FakePivotTable(this.context, () => this.context.state.pivots.find((p) => p.name === name));
  }
}

// ---- Charts ----

export class FakeChartSeries {
  constructor(
    private readonly chart: FakeChart,
    private readonly index: number,
  ) {}

  private entry(): ChartState['series'][number] {
    const s = this.chart.chart().series[this.index];
    if (!s) throw notFound(`chart series ${this.index}`);
    return s;
  }

  set name(v: string) {
    this.chart.context.op(payloadBytes(v), () => (this.entry().name = v));
  }

  setXAxisValues(...[sourceData]: Parameters<Excel.ChartSeries['setXAxisValues']>): void {
    this.chart.context.op(32, () => (this.entry().xValues = this.chart.address(sourceData)), '1.7');
  }

  setValues(...[sourceData]: Parameters<Excel.ChartSeries['setValues']>): void {
    this.chart.context.op(32, () => (this.entry().values = this.chart.address(sourceData)), '1.7');
  }
}

export class FakeChart extends FakeObject implements Pick<Excel.Chart, 'name'> {
  constructor(
    context: FakeRequestContext,
    private readonly lookup: () => ChartState | undefined,
  ) {
    super(context);
  }

  chart(): ChartState {
    const c = this.lookup();
    if (!c) throw notFound('chart');
    return c;
  }

  address(r: unknown): string {
    const { sheet, bounds } = rangeOn(r, this.context);
    return `${quoteSheet(sheet.name)}!${boundsAddress(bounds)}`;
  }

  protected read(prop: string): unknown {
    const c = this.chart();
    if (prop === 'name' || prop === 'id') return prop === 'id' ? c.id : c.props.name;
    throw invalidArgument(`The fake cannot load Chart.${prop}.`);
  }

  get name(): string {
    return this.got('name');
  }
  set name(v: string) {
    this.context.op(payloadBytes(v), () => (this.chart().props.name = v));
  }

  get title(): Record<string, unknown> {
    return recorder(this.context, () => ((this.chart().props.title ??= {}) as Record<string, unknown>));
  }
  get legend(): Record<string, unknown> {
    return recorder(this.context, () => ((this.chart().props.legend ??= {}) as Record<string, unknown>));
  }
  get axes(): Record<string, unknown> {
    return recorder(this.context, () => ((this.chart().props.axes ??= {}) as Record<string, unknown>));
  }
  get series(): { getItemAt(index: number): FakeChartSeries } {
    return { getItemAt: (index) => new FakeChartSeries(this, index) };
  }

  setPosition(...[startCell, endCell]: Parameters<Excel.Chart['setPosition']>): void {
    this.context.op(32, () => {
      const check = (x: unknown) => (x instanceof FakeRange ? boundsAddress(x.bounds()) : String(x));
      const start = check(startCell);
      if (!parseBounds(start)) throw invalidArgument(`Bad chart position ${start}`);
      this.chart().position = [start, endCell === undefined ? undefined : check(endCell)];
    });
  }

  delete(): void {
    this.context.op(16, () => {
      const c = this.chart();
      this.context.state.charts = this.context.state.charts.filter((x) => x !== c);
    });
  }
}

export class FakeChartCollection extends FakeCollection<FakeChart> {
  constructor(
    context: FakeRequestContext,
    private readonly worksheet: FakeWorksheet,
  ) {
    super(context);
  }

  protected keys(): string[] {
    const sheet = this.worksheet.sheet();
    return this.context.state.charts.filter((c) => c.sheetId === sheet.id).map((c) => c.id);
  }

  protected itemFor(id: string): FakeChart {
    return new FakeChart(this.context, () => this.context.state.charts.find((c) => c.id === id));
  }

  add(...[type, sourceData, seriesBy]: Parameters<Excel.ChartCollection['add']>): FakeChart {
    let made: ChartState | undefined;
    this.context.op(64, () => {
      const sheet = this.worksheet.sheet();
      const { sheet: src, bounds } = rangeOn(sourceData, this.context, sheet);
      const source = `${quoteSheet(src.name)}!${boundsAddress(bounds)}`;
      made = { id: this.context.state.newId('C'), sheetId: sheet.id, type: String(type), source, seriesBy: String(seriesBy ?? 'Auto'), series: [{ values: source }], props: {} };
      this.context.state.charts.push(made);
    });
    return new FakeChart(this.context, () => made);
  }
}
