/** The fake behaves as Excel does where the host depends on it. */
import { createFakeExcel } from '../../fake-excel';

const codeOf = (p: Promise<unknown>) => p.then(() => 'ok', (e: { code?: string }) => e.code ?? String(e));

test('values are invisible until sync, and loaded values only after it', async () => {
  const fake = createFakeExcel();
  fake.state.addSheet('A');
  await fake.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem('A').getRange('A1:B1');
    r.values = [['x', 2]];
    expect(fake.sheet('A').cell(0, 0).value).toBe('');
    r.load('values');
    expect(() => r.values).toThrow(/not available/);
    await ctx.sync();
    expect(r.values).toEqual([['x', 2]]);
    expect(fake.sheet('A').cell(0, 1).value).toBe(2);
  });
});

test('a request or response over 5 MB is refused with Excel’s error; a null-values mode too', async () => {
  const big = Array.from({ length: 2_000 }, () => ['x'.repeat(3_000)]);
  const fake = createFakeExcel();
  fake.state.addSheet('A');
  const write = fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('A').getRange('A1:A2000').values = big;
    await ctx.sync();
  });
  expect(await codeOf(write)).toBe('RequestPayloadSizeLimitExceeded');
  expect(fake.sheet('A').cell(0, 0).value).toBe('');
  // Written in halves, it fits; reading it all back does not.
  await fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('A').getRange('A1:A1000').values = big.slice(0, 1000);
    await ctx.sync();
    ctx.workbook.worksheets.getItem('A').getRange('A1001:A2000').values = big.slice(1000);
    await ctx.sync();
  });
  const read = fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('A').getRange('A1:A2000').load('values');
    await ctx.sync();
  });
  expect(await codeOf(read)).toBe('ResponsePayloadSizeLimitExceeded');
  expect(fake.stats.rejected).toBe(2);

  const nulls = createFakeExcel({ overLimitRead: 'null', payloadLimit: 1_000 });
  nulls.state.addSheet('A').put(0, 0, 'y'.repeat(2_000));
  await nulls.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem('A').getRange('A1').load('values');
    await ctx.sync();
    expect(r.values).toBeNull();
  });
});

test('sheet names follow Excel’s rules', async () => {
  const fake = createFakeExcel();
  fake.state.addSheet('Đảng viên');
  const add = (name: string) =>
    codeOf(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.add(name);
        await ctx.sync();
      }),
    );
  expect(await add('x'.repeat(32))).toBe('InvalidArgument');
  for (const ch of ['\\', '/', '?', '*', ':', '[', ']']) expect(await add(`a${ch}b`)).toBe('InvalidArgument');
  expect(await add("'quoted'")).toBe('InvalidArgument');
  expect(await add('ĐẢNG VIÊN')).toBe('ItemAlreadyExists');
  expect(await add('x'.repeat(31))).toBe('ok');
});

test('strings starting with =, +, - become formulas unless written as text; numbers-as-text become numbers', async () => {
  const fake = createFakeExcel();
  fake.state.addSheet('A');
  await fake.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('A');
    ws.getRange('A1:F1').values = [['=HYPERLINK("x")', '+1+2', '-abc', "'=HYPERLINK(\"x\")", '0123', "'0123"]];
    ws.getRange('G1').numberFormat = [['@']];
    ws.getRange('G1').values = [['=1+1']];
    await ctx.sync();
  });
  const s = fake.sheet('A');
  expect(s.cell(0, 0).formula).toBe('=HYPERLINK("x")');
  expect(s.cell(0, 1).formula).toBe('=+1+2');
  expect(s.cell(0, 2).formula).toBe('=-abc');
  expect(s.cell(0, 3)).toMatchObject({ value: '=HYPERLINK("x")', quotePrefix: true });
  expect(s.cell(0, 3).formula).toBeUndefined();
  expect(s.cell(0, 4).value).toBe(123);
  expect(s.cell(0, 5).value).toBe('0123');
  expect(s.cell(0, 6)).toMatchObject({ value: '=1+1', numberFormat: '@' });
});

test('it counts syncs, including the one Excel.run makes for what is left queued', async () => {
  const fake = createFakeExcel();
  fake.state.addSheet('A');
  await fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('A').getRange('A1').values = [[1]];
    await ctx.sync();
    ctx.workbook.worksheets.getItem('A').getRange('A2').values = [[2]];
  });
  expect(fake.stats.syncs).toBe(2);
  expect(fake.sheet('A').cell(1, 0).value).toBe(2);
});

test('APIs above the fake’s requirement set fail as in an older Excel', async () => {
  const fake = createFakeExcel({ apiVersion: '1.7' });
  fake.state.addSheet('A');
  const pivot = fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('A').pivotTables.add('P', 'A!A1:B3', 'D1');
    await ctx.sync();
  });
  expect(await codeOf(pivot)).toBe('ApiNotFound');
  expect(fake.isSetSupported('ExcelApi', '1.7')).toBe(true);
  expect(fake.isSetSupported('ExcelApi', '1.8')).toBe(false);
});

test('PivotTable hierarchies are recorded and checked against the source', async () => {
  const fake = createFakeExcel();
  const s = fake.state.addSheet('Data');
  [['TCCS', 'Giới tính'], ['A', 'Nam'], ['B', 'Nữ']].forEach((row, r) => row.forEach((v, c) => s.put(r, c, v)));
  fake.state.addSheet('P');
  await fake.run(async (ctx) => {
    const table = ctx.workbook.worksheets.getItem('Data').tables.add('A1:B3', true);
    table.name = 'Src';
    const pt = ctx.workbook.worksheets.getItem('P').pivotTables.add('PT', table, 'A3');
    pt.rowHierarchies.add(pt.hierarchies.getItem('TCCS'));
    pt.columnHierarchies.add(pt.hierarchies.getItem('Giới tính'));
    pt.dataHierarchies.add(pt.hierarchies.getItem('TCCS')).summarizeBy = 'Count';
    await ctx.sync();
  });
  expect(fake.state.pivots[0]).toMatchObject({ sourceTable: 'Src', rows: ['TCCS'], columns: ['Giới tính'], data: [{ field: 'TCCS', summarizeBy: 'Count' }] });
  const bad = fake.run(async (ctx) => {
    const pt = ctx.workbook.worksheets.getItem('P').pivotTables.getItem('PT');
    pt.rowHierarchies.add(pt.hierarchies.getItem('Dân tộc'));
    await ctx.sync();
  });
  expect(await codeOf(bad)).toBe('ItemNotFound');
});

// Never run: the host's calls are typed against @types/office-js, so a misuse does not compile.
export async function misuse(ctx: Excel.RequestContext): Promise<void> {
  // @ts-expect-error a sheet name is a string
  ctx.workbook.worksheets.add(5);
  // @ts-expect-error values are a 2-D array
  ctx.workbook.worksheets.getItem('A').getRange('A1').values = 'x';
  // @ts-expect-error summarizeBy takes Excel's aggregation names
  ctx.workbook.worksheets.getItem('A').pivotTables.getItem('P').dataHierarchies.getItem('x').summarizeBy = 'Tally';
}
