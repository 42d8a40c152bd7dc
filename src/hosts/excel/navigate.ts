/** Go to a finding: its sheet activated, its cell selected and scrolled into view, in one sync. */
import { a1, parseA1 } from '../../core/grid';
import { errorCode } from './office';

export async function goTo(ctx: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  ws.activate();
  const p = cell ? parseA1(cell.split('!').pop() ?? '') : null;
  if (p) ws.getRange(a1(p.row, p.col)).select();
  try {
    await ctx.sync();
  } catch (e) {
    if (errorCode(e) === 'ItemNotFound') throw new Error(`Không tìm thấy sheet "${sheet}" / Sheet "${sheet}" not found`);
    throw new Error(`Không chọn được ô ${cell} của sheet "${sheet}" (sheet bị ẩn?) / Cannot select ${cell} on "${sheet}" (a hidden sheet?)`);
  }
}
